/**
 * The course's MNIST subset: 10,000 handwritten digits (28×28, grey levels 0–255), split into a
 * fixed training set of 7,996 and a test set of 2,004 images, shipped as one gzip-compressed
 * binary asset `public/data/mnist.bin.gz` made by `scripts/prepare-data.mjs`.
 *
 *   const data = decodeMnist(gunzippedBytes);          // or: await ctx.loadMnist()
 *   const { x, y } = mnistMatrix(data.train, { start: 0, count: 1000 }, { scale: 'unit' });
 *   // x: 1000×784 Matrix with values in [0, 1], y: Int32Array of labels 0–9
 *
 * Binary layout (before gzip), all integers little-endian:
 *
 *   offset  size  field
 *   0       4     magic "MNST" (0x4d 0x4e 0x53 0x54)
 *   4       2     format version (1)
 *   6       2     header size in bytes (24)
 *   8       4     nTrain
 *   12      4     nTest
 *   16      2     image rows (28)
 *   18      2     image cols (28)
 *   20      4     source fingerprint (used by the prepare script to skip up-to-date work)
 *   24      nTrain        training labels (uint8)
 *   …       nTest         test labels (uint8)
 *   …       nTrain·784    training pixels (uint8, row-major images, one after another)
 *   …       nTest·784     test pixels
 *
 * This file has no Node or DOM imports: it runs in a page, a Worker and Node alike.
 */
import { matrix, type Matrix } from '../matrix.ts';

export const MNIST_MAGIC = 0x54534e4d; // "MNST" read as a little-endian uint32
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 24;
export const MNIST_PIXELS = 784;
export const MNIST_SIDE = 28;

export interface MnistSplit {
  /** Number of images. */
  readonly n: number;
  /** n × 784 grey levels, 0 (background) to 255 (ink); image i is pixels[784·i … 784·i + 783]. */
  readonly pixels: Uint8Array;
  /** n labels, 0–9. */
  readonly labels: Uint8Array;
  /**
   * The training set's mean image on the unit scale (784 values in [0, 1]), shared by both
   * splits so that 'centered' scaling of the test set uses training statistics only.
   */
  readonly trainMean: Float64Array;
}

export interface MnistData {
  readonly train: MnistSplit;
  readonly test: MnistSplit;
}

/** Either explicit row indices or a contiguous range of the split. */
export type MnistSelection = ArrayLike<number> | { start: number; count: number };

export interface MnistScaleOptions {
  /**
   * 'unit': x = pixel/255, in [0, 1].
   * 'centered': x = pixel/255 − (training mean image), per pixel (zero-mean inputs).
   */
  scale: 'unit' | 'centered';
}

function fail(msg: string): never {
  throw new Error(`decodeMnist: ${msg} (rebuild the asset with: node scripts/prepare-data.mjs)`);
}

/**
 * Decodes the (already un-gzipped) asset. Validates magic, version, sizes and labels, and throws
 * a clear Error if anything is off. The returned arrays are views on `bytes` (no copy).
 */
export function decodeMnist(bytes: Uint8Array): MnistData {
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    fail('the bytes are still gzip-compressed; gunzip them first');
  }
  if (bytes.length < MNIST_HEADER_BYTES)
    fail(`only ${bytes.length} bytes, shorter than the ${MNIST_HEADER_BYTES}-byte header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, true);
  if (magic !== MNIST_MAGIC) fail(`bad magic 0x${magic.toString(16)}, expected "MNST"`);
  const version = view.getUint16(4, true);
  if (version !== MNIST_VERSION) fail(`format version ${version}, this code reads version ${MNIST_VERSION}`);
  const headerBytes = view.getUint16(6, true);
  if (headerBytes < MNIST_HEADER_BYTES) fail(`header size ${headerBytes} < ${MNIST_HEADER_BYTES}`);
  const nTrain = view.getUint32(8, true);
  const nTest = view.getUint32(12, true);
  const rows = view.getUint16(16, true);
  const cols = view.getUint16(18, true);
  if (rows !== MNIST_SIDE || cols !== MNIST_SIDE) fail(`images are ${rows}×${cols}, expected 28×28`);
  const expected = headerBytes + (nTrain + nTest) * (1 + MNIST_PIXELS);
  if (bytes.length !== expected) fail(`${bytes.length} bytes, expected ${expected} for ${nTrain} + ${nTest} images`);

  let o = headerBytes;
  const trainLabels = bytes.subarray(o, (o += nTrain));
  const testLabels = bytes.subarray(o, (o += nTest));
  const trainPixels = bytes.subarray(o, (o += nTrain * MNIST_PIXELS));
  const testPixels = bytes.subarray(o, o + nTest * MNIST_PIXELS);
  for (const labels of [trainLabels, testLabels]) {
    for (let i = 0; i < labels.length; i++) if (labels[i] > 9) fail(`label ${labels[i]} at ${i} is not a digit`);
  }

  // Training mean image, on the unit scale.
  const trainMean = new Float64Array(MNIST_PIXELS);
  for (let i = 0; i < nTrain; i++) {
    const base = i * MNIST_PIXELS;
    for (let j = 0; j < MNIST_PIXELS; j++) trainMean[j] += trainPixels[base + j];
  }
  const s = nTrain > 0 ? 1 / (255 * nTrain) : 0;
  for (let j = 0; j < MNIST_PIXELS; j++) trainMean[j] *= s;

  return {
    train: { n: nTrain, pixels: trainPixels, labels: trainLabels, trainMean },
    test: { n: nTest, pixels: testPixels, labels: testLabels, trainMean },
  };
}

/**
 * Builds an input matrix (one image per row, 784 columns) and a label vector from a split.
 * `select` is a list of row indices (e.g. a shuffled batch) or a contiguous `{start, count}`.
 */
export function mnistMatrix(
  split: MnistSplit,
  select: MnistSelection,
  options: MnistScaleOptions = { scale: 'unit' },
): { x: Matrix; y: Int32Array } {
  const isRange = !('length' in select);
  const count = isRange ? (select as { count: number }).count : (select as ArrayLike<number>).length;
  const start = isRange ? (select as { start: number }).start : 0;
  if (isRange && (start < 0 || count < 0 || start + count > split.n)) {
    throw new Error(`mnistMatrix: range [${start}, ${start + count}) is outside 0..${split.n}`);
  }
  const x = matrix(count, MNIST_PIXELS);
  const y = new Int32Array(count);
  const X = x.data;
  const P = split.pixels;
  const centered = options.scale === 'centered';
  if (!centered && options.scale !== 'unit') throw new Error(`mnistMatrix: unknown scale '${String(options.scale)}'`);
  const mean = split.trainMean;
  const inv = 1 / 255;
  for (let r = 0; r < count; r++) {
    const i = isRange ? start + r : (select as ArrayLike<number>)[r];
    if (!(i >= 0 && i < split.n)) throw new Error(`mnistMatrix: index ${i} is outside 0..${split.n - 1}`);
    const src = i * MNIST_PIXELS;
    const dst = r * MNIST_PIXELS;
    if (centered) {
      for (let j = 0; j < MNIST_PIXELS; j++) X[dst + j] = P[src + j] * inv - mean[j];
    } else {
      for (let j = 0; j < MNIST_PIXELS; j++) X[dst + j] = P[src + j] * inv;
    }
    y[r] = split.labels[i];
  }
  return { x, y };
}
