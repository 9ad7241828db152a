/**
 * The WebAssembly SIMD float32 kernels behind src/core/matrix32.ts: the matrix product and tanh.
 *
 *   if (loadWasm32()) wasmGemm32(n, m, k, a, k, 1, b, m, 1, c);   // c = a·b, row-major
 *   if (loadWasm32()) wasmTanh32(x, y);                           // y = tanh(x)
 *
 * The module (matmul32.wat with its parts, embedded by matmul32-wasm.ts) is compiled
 * synchronously the first time it is asked for, so it works the same in Node, a Web Worker and
 * a page. If compiling, instantiating or the self-test fails (an engine without SIMD, say), the
 * loader reports failure once and for all and the callers keep to their TypeScript code, which
 * gives the same bits.
 *
 * Each call copies its operands into the module's linear memory and the result out: a product
 * packs A and B there and multiplies into C (O(nk + km + nm) copying against O(nmk) work).
 * The memory grows (by at least half again) when a call needs more and is kept for reuse.
 */
import { matmul32WasmBytes } from './matmul32-wasm.ts';

interface Kernel32Exports {
  readonly memory: WebAssembly.Memory;
  pack4(src: number, rowStride: number, depthStride: number, rows: number, depth: number, dst: number): void;
  pack8(src: number, rowStride: number, depthStride: number, rows: number, depth: number, dst: number): void;
  gemm(n4: number, m: number, k: number, pa: number, pb: number, c: number): void;
  tanh(src: number, dst: number, count: number): void;
  demote(src: number, dst: number, count: number): void;
}

const PAGE_BYTES = 65536;
/** Largest memory the kernels address (their address arithmetic is signed 32-bit). */
const MAX_BYTES = 2 ** 31 - PAGE_BYTES;
/** Where operands start, in f32 elements: the first 128 bytes are the kernel's scratch tile. */
const BASE = 32;

let status: 'unloaded' | 'ready' | 'failed' = 'unloaded';
let kernel: Kernel32Exports | null = null;
let heap = new Float32Array(0);
/** The same memory as float64s: where float64 operands are put before they are rounded. */
let heap64 = new Float64Array(0);

/** Loads the module on first call and says whether it is usable. */
export function loadWasm32(): boolean {
  if (status === 'unloaded') {
    try {
      const module = new WebAssembly.Module(matmul32WasmBytes());
      kernel = new WebAssembly.Instance(module, {}).exports as unknown as Kernel32Exports;
      heap = new Float32Array(kernel.memory.buffer);
      heap64 = new Float64Array(kernel.memory.buffer);
      if (!selfTest()) throw new Error('self-test failed');
      status = 'ready';
    } catch {
      kernel = null;
      status = 'failed';
    }
  }
  return status === 'ready';
}

/** 2×3 · 3×2 and three values of tanh through the whole pipeline, against known answers. */
function selfTest(): boolean {
  const a = Float32Array.of(1, 2, 3, 4, 5, 6);
  const b = Float32Array.of(7, 8, 9, 10, 11, 12);
  const c = new Float32Array(4);
  const t = Float32Array.of(0, -20, 0.5);
  return (
    wasmGemm32(2, 2, 3, a, 3, 1, b, 2, 1, c) &&
    c.join() === '58,64,139,154' &&
    wasmTanh32(t, t) &&
    t[0] === 0 &&
    t[1] === -1 &&
    Math.abs(t[2] - 0.46211716) < 1e-7
  );
}

/** Rounds an element count up to a whole 64-byte cache line. */
function line(elements: number): number {
  return Math.ceil(elements / 16) * 16;
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
  if (heap.buffer !== memory.buffer) {
    heap = new Float32Array(memory.buffer);
    heap64 = new Float64Array(memory.buffer);
  }
  return true;
}

/**
 * C = A·B in float32 for the strided views A (n×k, element (i,p) at a[i*aRow + p*aCol]) and
 * B (k×m, element (p,j) at b[p*bRow + j*bCol]); C is n×m row-major and is overwritten. Needs
 * n, m, k ≥ 1 and a successful loadWasm32(). Returns false, leaving C untouched, if the
 * module's memory cannot hold the product. Float64Array operands are rounded to float32 as they
 * are copied in (round to nearest, ties to even: what Math.fround does), and a Float64Array C
 * receives the float32 results exactly.
 */
export function wasmGemm32(
  n: number,
  m: number,
  k: number,
  a: Float32Array | Float64Array,
  aRow: number,
  aCol: number,
  b: Float32Array | Float64Array,
  bRow: number,
  bCol: number,
  c: Float32Array | Float64Array,
): boolean {
  const n4 = Math.ceil(n / 4),
    m8 = Math.ceil(m / 8);
  // Layout, in f32 elements: scratch | A | B | packed A | packed B | C (4·n4 rows of m) | staging
  // (for a float64 operand: twice its length).
  const offA = BASE;
  const offB = offA + line(a.length);
  const offPA = offB + line(b.length);
  const offPB = offPA + line(4 * n4 * k);
  const offC = offPB + line(8 * m8 * k);
  const end = offC + 4 * n4 * m;

  // A float64 operand goes in as it is (a plain copy) to a staging area after C, from which the
  // module rounds it to float32 into its place: together a third of the time Float32Array.set
  // takes to convert it (the same bits).
  const offS = line(end);
  const staged = Math.max(a instanceof Float64Array ? a.length : 0, b instanceof Float64Array ? b.length : 0);
  if (!reserve((offS + 2 * staged) * 4)) return false;

  const wasm = kernel!;
  copyIn(a, offA, offS);
  copyIn(b, offB, offS);
  wasm.pack4(offA * 4, aRow, aCol, n, k, offPA * 4);
  wasm.pack8(offB * 4, bCol, bRow, m, k, offPB * 4); // B's columns are the "rows" of its panels
  wasm.gemm(n4, m, k, offPA * 4, offPB * 4, offC * 4);
  c.set(heap.subarray(offC, offC + n * m));
  return true;
}

/** Puts x into the memory at `off` (f32 elements) as float32; a Float64Array through `stage`. */
function copyIn(x: Float32Array | Float64Array, off: number, stage: number): void {
  if (x instanceof Float32Array) heap.set(x, off);
  else {
    heap64.set(x, stage / 2);
    kernel!.demote(stage * 4, off * 4, x.length);
  }
}

/**
 * y = tanh(x) element by element (x and y the same length; they may be the same array), with
 * the kernel. Needs a successful loadWasm32(). Returns false, leaving y untouched, if the
 * module's memory cannot hold x.
 */
export function wasmTanh32(x: Float32Array, y: Float32Array): boolean {
  const count = x.length;
  if (!reserve((BASE + line(count)) * 4)) return false;
  heap.set(x, BASE);
  kernel!.tanh(BASE * 4, BASE * 4, count);
  y.set(heap.subarray(BASE, BASE + count));
  return true;
}
