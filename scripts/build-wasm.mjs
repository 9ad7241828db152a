#!/usr/bin/env node
/**
 * Assembles the hand-written WebAssembly kernel src/core/kernels/matmul.wat and embeds the
 * bytes, base64-encoded, in src/core/kernels/matmul-wasm.ts, so the kernel loads synchronously
 * from a plain import in Node, a Web Worker or a page, with no fetch.
 *
 *   node scripts/build-wasm.mjs           # rewrite matmul-wasm.ts
 *   node scripts/build-wasm.mjs --check   # exit 1 if matmul-wasm.ts is out of date
 *
 * Uses the `wabt` devDependency (WABT's wat2wasm compiled to WebAssembly).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const root = fileURLToPath(new URL('..', import.meta.url));
const watPath = `${root}src/core/kernels/matmul.wat`;
const outPath = `${root}src/core/kernels/matmul-wasm.ts`;

/** The .wasm bytes for the WAT source text. */
export async function assemble(watText) {
  const wabt = await wabtInit();
  const mod = wabt.parseWat('matmul.wat', watText, { simd: true });
  try {
    mod.resolveNames();
    mod.validate();
    return Uint8Array.from(mod.toBinary({ log: false, write_debug_names: false }).buffer);
  } finally {
    mod.destroy();
  }
}

/** The TypeScript module that embeds `bytes`. */
export function embed(bytes) {
  const base64 = Buffer.from(bytes).toString('base64');
  const lines = base64.match(/.{1,96}/g) ?? [''];
  return `/**
 * The WebAssembly SIMD matrix-product kernel (${bytes.length} bytes), assembled from matmul.wat by
 * scripts/build-wasm.mjs. Generated file: edit matmul.wat and re-run the script.
 *
 *   const module = new WebAssembly.Module(matmulWasmBytes());   // synchronous, no fetch
 */

const BASE64 =
${lines.map((l) => `  '${l}'`).join(' +\n')};

/** The kernel's .wasm bytes, decoded from the embedded base64. */
export function matmulWasmBytes(): Uint8Array<ArrayBuffer> {
  const text = atob(BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = embed(await assemble(readFileSync(watPath, 'utf8')));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== source) {
      console.error('src/core/kernels/matmul-wasm.ts is out of date: run node scripts/build-wasm.mjs');
      process.exit(1);
    }
    console.log('matmul-wasm.ts is up to date');
  } else {
    writeFileSync(outPath, source);
    console.log(`wrote ${outPath.slice(root.length)}`);
  }
}
