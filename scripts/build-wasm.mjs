#!/usr/bin/env node
/**
 * Assembles the hand-written WebAssembly kernels in src/core/kernels/*.wat and embeds each
 * module's bytes, base64-encoded, in a TypeScript module beside it, so the kernels load
 * synchronously from a plain import in Node, a Web Worker or a page, with no fetch:
 *
 *   matmul.wat                                       → matmul-wasm.ts    the float64 product (f64x2)
 *   matmul32.wat + matmul32-pack.wat + matmul32-tanh.wat + matmul32-demote.wat
 *                                                    → matmul32-wasm.ts  the float32 product and tanh (f32x4)
 *
 * A module in several files: each file holds module fields only, and they are put together, in
 * order, inside one (module …).
 *
 *   node scripts/build-wasm.mjs           # rewrite the generated modules
 *   node scripts/build-wasm.mjs --check   # exit 1 if one is out of date
 *
 * Uses the `wabt` devDependency (WABT's wat2wasm compiled to WebAssembly).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = 'src/core/kernels/';

/**
 * Each kernel: its source (`wat`, or `parts` put together inside one module), the generated
 * module, the function that returns the bytes, what it is.
 */
export const MODULES = [
  {
    wat: 'matmul.wat',
    ts: 'matmul-wasm.ts',
    fn: 'matmulWasmBytes',
    what: 'The WebAssembly SIMD matrix-product kernel',
  },
  {
    wat: 'matmul32.wat',
    parts: ['matmul32.wat', 'matmul32-pack.wat', 'matmul32-tanh.wat', 'matmul32-demote.wat'],
    ts: 'matmul32-wasm.ts',
    fn: 'matmul32WasmBytes',
    what: 'The WebAssembly SIMD float32 kernels: matrix product, tanh and float64 → float32 copy',
  },
];

/** The .wasm bytes for the WAT source text. */
export async function assemble(watText, name = 'matmul.wat') {
  const wabt = await wabtInit();
  // As UTF-8 bytes: given a string, wabt keeps only the low byte of each character, which can
  // turn a character in a comment into a line break. (wabt reads the view's whole ArrayBuffer,
  // so the bytes get a buffer of their own, not a slice of Node's shared pool.)
  const mod = wabt.parseWat(name, new Uint8Array(new TextEncoder().encode(watText)), { simd: true });
  try {
    mod.resolveNames();
    mod.validate();
    return Uint8Array.from(mod.toBinary({ log: false, write_debug_names: false }).buffer);
  } finally {
    mod.destroy();
  }
}

/** Its source files, as a phrase: "a.wat", or "a.wat, b.wat and c.wat". */
const sourceNames = (module) => (module.parts ?? [module.wat]).join(', ').replace(/, ([^,]*)$/, ' and $1');

/** The TypeScript module that embeds `bytes`, for the kernel `module` (one of MODULES). */
export function embed(bytes, module = MODULES[0]) {
  const base64 = Buffer.from(bytes).toString('base64');
  const lines = base64.match(/.{1,96}/g) ?? [''];
  const from = sourceNames(module);
  const origin = module.parts
    ? `assembled by\n * scripts/build-wasm.mjs from ${from}.\n * Generated file: edit those and re-run the script.`
    : `assembled from ${from} by\n * scripts/build-wasm.mjs. Generated file: edit ${from} and re-run the script.`;
  return `/**
 * ${module.what} (${bytes.length} bytes), ${origin}
 *
 *   const module = new WebAssembly.Module(${module.fn}());   // synchronous, no fetch
 */

const BASE64 =
${lines.map((l) => `  '${l}'`).join(' +\n')};

/** The kernel's .wasm bytes, decoded from the embedded base64. */
export function ${module.fn}(): Uint8Array<ArrayBuffer> {
  const text = atob(BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
`;
}

/** The WAT text of `module`: its file, or its parts inside one (module …). */
export function source(module) {
  const read = (name) => readFileSync(`${root}${dir}${name}`, 'utf8');
  return module.parts ? `(module\n${module.parts.map(read).join('\n')})\n` : read(module.wat);
}

/** The generated module's text for `module`, from its current .wat source. */
export async function generated(module) {
  return embed(await assemble(source(module), module.wat), module);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const module of MODULES) {
    const source = await generated(module);
    const outPath = `${root}${dir}${module.ts}`;
    if (check) {
      let current = '';
      try {
        current = readFileSync(outPath, 'utf8');
      } catch {
        // missing counts as out of date
      }
      if (current !== source) {
        console.error(`${dir}${module.ts} is out of date: run node scripts/build-wasm.mjs`);
        stale++;
      } else console.log(`${module.ts} is up to date`);
    } else {
      writeFileSync(outPath, source);
      console.log(`wrote ${dir}${module.ts}`);
    }
  }
  if (stale) process.exit(1);
}
