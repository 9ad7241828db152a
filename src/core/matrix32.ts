/**
 * Dense row-major matrices on Float32Array, and their products in float32 arithmetic.
 *
 *   const a = toMatrix32(m);            // a Matrix (float64) rounded to float32
 *   const c = matmul32(a, a);           // a·a
 *   const g = matmulAT32(a, a);         // aᵀ·a
 *   const h = matmulBT32(a, a, out);    // a·aᵀ, into a preallocated out
 *   tanhForward32(c.data, c.data);      // tanh in place (kernels/tanh32.ts)
 *
 * The float32 twin of matrix.ts: same shapes, same argument checks, same optional `out`.
 * Every entry of a product is one float32 sum from p = 0 upward, each product and each partial
 * sum rounded to float32 (no fused multiply-add), so the result is fully determined by the
 * operands: the WebAssembly SIMD kernel (kernels/wasm-gemm32.ts + matmul32.wat, f32x4) and the
 * TypeScript kernel (kernels/gemm32.ts, Math.fround) give the same bits in every engine.
 *
 * How far from the exact product? The usual bound for a sum of k rounded products
 * (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., §3.1, eq. 3.5) gives
 *   |c_ij − Σ_p a_ip b_pj| ≤ γ_k · Σ_p |a_ip| |b_pj|,  γ_k = k·u / (1 − k·u),  u = 2⁻²⁴,
 * tested in tests/core/matrix32.test.ts against the float64 kernel.
 *
 * Kernel choice: setMatmulKernel (matrix.ts) applies here too. In 'auto' mode products with at
 * least WASM32_MIN_PRODUCT multiply-adds and 16 outputs go to WebAssembly; `matmulKernel32()`
 * says which kernel large products actually use.
 */
import { matrix, type Matrix } from './matrix.ts';
import { gemm32 } from './kernels/gemm32.ts';
import { loadWasm32, wasmGemm32 } from './kernels/wasm-gemm32.ts';
import { requestedKernel, useWasm } from './kernels/choice.ts';

export { tanh32, tanhForward32 } from './kernels/tanh32.ts';

/** A rows × cols float32 matrix; element (i, j) is `data[i * cols + j]`. */
export interface Matrix32 {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float32Array;
}

/** A rows × cols matrix over `data` (not copied), or over fresh zeros when `data` is omitted. */
export function matrix32(rows: number, cols: number, data?: Float32Array): Matrix32 {
  if (data && data.length !== rows * cols) {
    throw new Error(`matrix32: data has ${data.length} elements, expected ${rows}×${cols}`);
  }
  return { rows, cols, data: data ?? new Float32Array(rows * cols) };
}

/** A matrix copied from an array of equal-length rows, each value rounded to float32. */
export function fromRows32(rows: readonly (readonly number[])[]): Matrix32 {
  const r = rows.length;
  const c = r ? rows[0].length : 0;
  const m = matrix32(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c) throw new Error('fromRows32: ragged rows');
    m.data.set(rows[i], i * c);
  }
  return m;
}

/** The matrix as an array of rows of plain numbers (for tests and display). */
export function toRows32(m: Matrix32): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

/** `m` with every entry rounded to the nearest float32, into `out` if given. */
export function toMatrix32(m: Matrix, out: Matrix32 = matrix32(m.rows, m.cols)): Matrix32 {
  if (out.rows !== m.rows || out.cols !== m.cols) {
    throw new Error(`toMatrix32: out is ${out.rows}×${out.cols}, expected ${m.rows}×${m.cols}`);
  }
  out.data.set(m.data);
  return out;
}

/** `m` as a float64 Matrix (exact), into `out` if given. */
export function toMatrix64(m: Matrix32, out?: Matrix): Matrix {
  if (out && (out.rows !== m.rows || out.cols !== m.cols)) {
    throw new Error(`toMatrix64: out is ${out.rows}×${out.cols}, expected ${m.rows}×${m.cols}`);
  }
  const data = out?.data ?? new Float64Array(m.rows * m.cols);
  data.set(m.data);
  return out ?? { rows: m.rows, cols: m.cols, data };
}

/**
 * The product's output: `out`, checked (its shape, and no memory shared with an operand), or a
 * new matrix from `make`. `name` starts the error messages.
 */
function target<M extends Matrix | Matrix32>(
  name: string,
  rows: number,
  cols: number,
  a: Matrix | Matrix32,
  b: Matrix | Matrix32,
  out: M | undefined,
  make: (rows: number, cols: number) => M,
): M {
  if (!out) return make(rows, cols);
  if (out.rows !== rows || out.cols !== cols) {
    throw new Error(`${name}: out is ${out.rows}×${out.cols}, expected ${rows}×${cols}`);
  }
  if (overlaps(out.data, a.data) || overlaps(out.data, b.data)) {
    throw new Error(`${name}: out must not share memory with an operand`);
  }
  return out;
}

function overlaps(x: Float32Array | Float64Array, y: Float32Array | Float64Array): boolean {
  return (
    x.buffer === y.buffer && x.byteOffset < y.byteOffset + y.byteLength && y.byteOffset < x.byteOffset + x.byteLength
  );
}

/** c = a·b  (a: n×k, b: k×m). */
export function matmul32(a: Matrix32, b: Matrix32, out?: Matrix32): Matrix32 {
  if (a.cols !== b.rows) throw new Error(`matmul32: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const n = a.rows,
    k = a.cols,
    m = b.cols;
  const c = target('matmul32', n, m, a, b, out, matrix32);
  gemm(n, m, k, a.data, k, 1, b.data, m, 1, c.data);
  return c;
}

/** c = aᵀ·b  (a: k×n, b: k×m). */
export function matmulAT32(a: Matrix32, b: Matrix32, out?: Matrix32): Matrix32 {
  if (a.rows !== b.rows) throw new Error(`matmulAT32: (${a.rows}×${a.cols})ᵀ · ${b.rows}×${b.cols}`);
  const k = a.rows,
    n = a.cols,
    m = b.cols;
  const c = target('matmulAT32', n, m, a, b, out, matrix32);
  gemm(n, m, k, a.data, 1, n, b.data, m, 1, c.data);
  return c;
}

/** c = a·bᵀ  (a: n×k, b: m×k). */
export function matmulBT32(a: Matrix32, b: Matrix32, out?: Matrix32): Matrix32 {
  if (a.cols !== b.cols) throw new Error(`matmulBT32: ${a.rows}×${a.cols} · (${b.rows}×${b.cols})ᵀ`);
  const n = a.rows,
    k = a.cols,
    m = b.rows;
  const c = target('matmulBT32', n, m, a, b, out, matrix32);
  gemm(n, m, k, a.data, k, 1, b.data, 1, k, c.data);
  return c;
}

/**
 * In 'auto' mode, products with at least this many multiply-adds (n·m·k), and an output of at
 * least 16 entries, go to WebAssembly. Measured crossover (BENCHMARKS.md): the float32 TypeScript
 * kernel, which rounds every operation through Math.fround, loses from a few hundred
 * multiply-adds on; with a tiny output (a dot product, say) copying the operands in costs more.
 */
export const WASM32_MIN_PRODUCT = 128;

/**
 * The kernel that large float32 products actually run on: 'wasm' if WebAssembly was asked for
 * ('wasm' or 'auto') and loads, otherwise 'ts'.
 */
export function matmulKernel32(): 'ts' | 'wasm' {
  return requestedKernel() !== 'ts' && loadWasm32() ? 'wasm' : 'ts';
}

/** Float32 copies of float64 operands and result, for the TypeScript kernel (grow-only scratch). */
let scratchA = new Float32Array(0);
let scratchB = new Float32Array(0);
let scratchC = new Float32Array(0);

/**
 * The float32 product behind every function here. Float64Array operands are rounded to float32
 * first (the WebAssembly kernel does it as it copies them in; for the TypeScript kernel they go
 * through float32 scratch), and a Float64Array C receives the float32 result exactly.
 */
function gemm(
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
): void {
  if (n === 0 || m === 0 || k === 0) {
    c.fill(0);
    return;
  }
  const large = n * m * k >= WASM32_MIN_PRODUCT && n * m >= 16;
  if (useWasm(large) && loadWasm32() && wasmGemm32(n, m, k, a, aRow, aCol, b, bRow, bCol, c)) return;
  if (a instanceof Float32Array && b instanceof Float32Array && c instanceof Float32Array) {
    gemm32(n, m, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  if (scratchA.length < a.length) scratchA = new Float32Array(a.length);
  if (scratchB.length < b.length) scratchB = new Float32Array(b.length);
  if (scratchC.length < n * m) scratchC = new Float32Array(n * m);
  scratchA.set(a);
  scratchB.set(b);
  const c32 = scratchC.subarray(0, n * m);
  gemm32(n, m, k, scratchA.subarray(0, a.length), aRow, aCol, scratchB.subarray(0, b.length), bRow, bCol, c32);
  c.set(c32);
}

// ---------------------------------------------------------------------------------------------
// Float32 products of float64 matrices
// ---------------------------------------------------------------------------------------------

/**
 * c = a·b in float32 for float64 matrices: the operands are rounded to float32, multiplied as by
 * matmul32, and the float32 result is stored in the float64 `out` (exactly). The same bits as
 * `toMatrix64(matmul32(toMatrix32(a), toMatrix32(b)))`, without keeping float32 copies: the
 * WebAssembly kernel rounds the operands as it copies them in. A network whose layers are told
 * `precision: 'float32'` computes its products this way (model.ts) and everything else in float64.
 */
export function matmulF32(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matmulF32: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const c = target('matmulF32', a.rows, b.cols, a, b, out, matrix);
  gemm(a.rows, b.cols, a.cols, a.data, a.cols, 1, b.data, b.cols, 1, c.data);
  return c;
}

/** c = aᵀ·b in float32 for float64 matrices (a: k×n, b: k×m); see matmulF32. */
export function matmulATF32(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.rows !== b.rows) throw new Error(`matmulATF32: (${a.rows}×${a.cols})ᵀ · ${b.rows}×${b.cols}`);
  const c = target('matmulATF32', a.cols, b.cols, a, b, out, matrix);
  gemm(a.cols, b.cols, a.rows, a.data, 1, a.cols, b.data, b.cols, 1, c.data);
  return c;
}

/** c = a·bᵀ in float32 for float64 matrices (a: n×k, b: m×k); see matmulF32. */
export function matmulBTF32(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.cols) throw new Error(`matmulBTF32: ${a.rows}×${a.cols} · (${b.rows}×${b.cols})ᵀ`);
  const c = target('matmulBTF32', a.rows, b.rows, a, b, out, matrix);
  gemm(a.rows, b.rows, a.cols, a.data, a.cols, 1, b.data, 1, b.cols, c.data);
  return c;
}
