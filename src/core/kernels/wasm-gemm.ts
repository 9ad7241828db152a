/**
 * The WebAssembly SIMD matrix-product kernel behind src/core/matrix.ts.
 *
 *   if (loadWasmGemm(512)) wasmGemm(n, m, k, a, k, 1, b, m, 1, c);   // c = a·b, row-major
 *
 * The module (matmul.wat, embedded by matmul-wasm.ts) is compiled synchronously the first time
 * it is asked for, so it works the same in Node, a Web Worker and a page. If compiling,
 * instantiating or a one-line self-test fails (for example an engine without SIMD), the loader
 * reports failure once and for all and matrix.ts keeps using its TypeScript kernel.
 *
 * Each product copies A and B into the module's linear memory, packs them there, multiplies
 * into a zeroed, padded C, and copies C back: O(nk + km + nm) copying against O(nmk) work.
 * The memory grows (by at least half again) when a product needs more and is kept for reuse.
 */
import { matmulWasmBytes } from './matmul-wasm.ts';

interface KernelExports {
  readonly memory: WebAssembly.Memory;
  readonly KC: WebAssembly.Global;
  pack(src: number, rowStride: number, depthStride: number, rows: number, depth: number, dst: number): void;
  gemm(n4: number, m4: number, k: number, pa: number, pb: number, c: number, ldc: number): void;
  compact(c: number, n: number, m: number, ldc: number): void;
}

const PAGE_BYTES = 65536;
/** Largest memory the kernel addresses (its address arithmetic is signed 32-bit). */
const MAX_BYTES = 2 ** 31 - PAGE_BYTES;

let status: 'unloaded' | 'ready' | 'failed' = 'unloaded';
let kernel: KernelExports | null = null;
let heap = new Float64Array(0);

/**
 * Loads the kernel on first call and says whether it is usable. `kc` is the caller's depth
 * slice; the kernel must use the same one (so both kernels sum in the same order).
 */
export function loadWasmGemm(kc: number): boolean {
  if (status === 'unloaded') {
    try {
      const module = new WebAssembly.Module(matmulWasmBytes());
      const exports = new WebAssembly.Instance(module, {}).exports as unknown as KernelExports;
      if (exports.KC.value !== kc) throw new Error('KC mismatch');
      kernel = exports;
      heap = new Float64Array(exports.memory.buffer);
      if (!selfTest()) throw new Error('self-test failed');
      status = 'ready';
    } catch {
      kernel = null;
      status = 'failed';
    }
  }
  return status === 'ready';
}

/** 2×3 · 3×2 through the whole pipeline, against the known answer. */
function selfTest(): boolean {
  const a = Float64Array.of(1, 2, 3, 4, 5, 6);
  const b = Float64Array.of(7, 8, 9, 10, 11, 12);
  const c = new Float64Array(4);
  return wasmGemm(2, 2, 3, a, 3, 1, b, 2, 1, c) && c.join() === '58,64,139,154';
}

/** Rounds an element count up to a whole 64-byte cache line. */
function line(elements: number): number {
  return Math.ceil(elements / 8) * 8;
}

/** Makes the memory at least `bytes` long; false if it cannot grow that far. */
function reserve(bytes: number): boolean {
  const memory = kernel!.memory;
  const have = memory.buffer.byteLength;
  if (have < bytes) {
    if (bytes > MAX_BYTES) return false;
    const want = Math.min(MAX_BYTES, Math.max(bytes, Math.ceil(have * 1.5)));
    try {
      memory.grow(Math.ceil((want - have) / PAGE_BYTES));
    } catch {
      return false;
    }
  }
  if (heap.buffer !== memory.buffer) heap = new Float64Array(memory.buffer);
  return true;
}

/**
 * C = A·B with the kernel, for the strided views A (n×k, element (i,p) at a[i*aRow + p*aCol])
 * and B (k×m, element (p,j) at b[p*bRow + j*bCol]); C is n×m row-major and is overwritten.
 * Needs n, m, k ≥ 1 and a successful loadWasmGemm(). Returns false, leaving C untouched,
 * if the module's memory cannot hold the product.
 */
export function wasmGemm(
  n: number,
  m: number,
  k: number,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  bCol: number,
  c: Float64Array,
): boolean {
  const n4 = Math.ceil(n / 4),
    m4 = Math.ceil(m / 4),
    ldc = 4 * m4;
  // Layout, in f64 elements: A | B | packed A | packed B | padded C.
  const offA = 0;
  const offB = offA + line(a.length);
  const offPA = offB + line(b.length);
  const offPB = offPA + 4 * n4 * k;
  const offC = offPB + 4 * m4 * k;
  const end = offC + 4 * n4 * ldc;
  if (!reserve(end * 8)) return false;

  const wasm = kernel!;
  heap.set(a, offA);
  heap.set(b, offB);
  heap.fill(0, offC, end);
  wasm.pack(offA * 8, aRow, aCol, n, k, offPA * 8);
  wasm.pack(offB * 8, bCol, bRow, m, k, offPB * 8); // B's columns are the "rows" of its panels
  wasm.gemm(n4, m4, k, offPA * 8, offPB * 8, offC * 8, ldc);

  if (ldc !== m) wasm.compact(offC * 8, n, m, ldc);
  c.set(heap.subarray(offC, offC + n * m));
  return true;
}
