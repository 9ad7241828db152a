/**
 * Dense row-major matrices on Float64Array, and the matrix products the layers use.
 *
 *   const a = fromRows([[1, 2], [3, 4]]);
 *   const c = matmul(a, a);            // a·a
 *   const g = matmulAT(a, a);          // aᵀ·a   (dense backward: dW = xᵀ·dout)
 *   const h = matmulBT(a, a);          // a·aᵀ   (dense backward: dx = dout·Wᵀ)
 *
 * Every product takes an optional `out` to write into (no allocation in a training loop).
 *
 * How the products are computed: kernels/gemm64.ts (TypeScript: packing, cache blocking, a 4×4
 * register tile) and kernels/wasm-gemm.ts + matmul.wat (the same algorithm in WebAssembly SIMD,
 * f64x2). Both sum every entry of C in the same order, so they give bit-identical results.
 * `setMatmulKernel('ts' | 'wasm' | 'auto')` chooses (kernels/choice.ts):
 *   'ts'    the TypeScript kernel for every product;
 *   'wasm'  the WebAssembly kernel for every product (tests, benchmarks);
 *   'auto'  (default) WebAssembly for products of at least WASM_MIN_PRODUCT multiply-adds,
 *           TypeScript below that, where the cost of copying operands in dominates.
 * If WebAssembly (or its SIMD) is unavailable, everything silently runs in TypeScript, and
 * `matmulKernel()` reports which kernel large products actually use.
 *
 * The float32 counterparts (Matrix32, matmul32, …) are in matrix32.ts.
 */
import { loadWasmGemm, wasmGemm } from './kernels/wasm-gemm.ts';
import { gemm64, KC } from './kernels/gemm64.ts';
import { requestedKernel, useWasm } from './kernels/choice.ts';

export { setMatmulKernel, type MatmulKernelChoice } from './kernels/choice.ts';

/** A rows × cols matrix; element (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** A rows × cols matrix over `data` (not copied), or over fresh zeros when `data` is omitted. */
export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (data && data.length !== rows * cols) {
    throw new Error(`matrix: data has ${data.length} elements, expected ${rows}×${cols}`);
  }
  return { rows, cols, data: data ?? new Float64Array(rows * cols) };
}

/** A matrix copied from an array of equal-length rows. */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const r = rows.length;
  const c = r ? rows[0].length : 0;
  const m = matrix(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c) throw new Error('fromRows: ragged rows');
    m.data.set(rows[i], i * c);
  }
  return m;
}

/** The matrix as an array of rows of plain numbers (for tests and display). */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

function target(rows: number, cols: number, a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (!out) return matrix(rows, cols);
  if (out.rows !== rows || out.cols !== cols) {
    throw new Error(`matmul: out is ${out.rows}×${out.cols}, expected ${rows}×${cols}`);
  }
  if (out.data.buffer === a.data.buffer || out.data.buffer === b.data.buffer) {
    if (overlaps(out.data, a.data) || overlaps(out.data, b.data)) {
      throw new Error('matmul: out must not share memory with an operand');
    }
  }
  return out;
}

function overlaps(x: Float64Array, y: Float64Array): boolean {
  return x.byteOffset < y.byteOffset + y.byteLength && y.byteOffset < x.byteOffset + x.byteLength;
}

/** c = a·b  (a: n×k, b: k×m). */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matmul: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const n = a.rows,
    k = a.cols,
    m = b.cols;
  const c = target(n, m, a, b, out);
  gemm(n, m, k, a.data, k, 1, b.data, m, 1, c.data);
  return c;
}

/** c = aᵀ·b  (a: k×n, b: k×m). */
export function matmulAT(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.rows !== b.rows) throw new Error(`matmulAT: (${a.rows}×${a.cols})ᵀ · ${b.rows}×${b.cols}`);
  const k = a.rows,
    n = a.cols,
    m = b.cols;
  const c = target(n, m, a, b, out);
  gemm(n, m, k, a.data, 1, n, b.data, m, 1, c.data);
  return c;
}

/** c = a·bᵀ  (a: n×k, b: m×k). */
export function matmulBT(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.cols) throw new Error(`matmulBT: ${a.rows}×${a.cols} · (${b.rows}×${b.cols})ᵀ`);
  const n = a.rows,
    k = a.cols,
    m = b.rows;
  const c = target(n, m, a, b, out);
  gemm(n, m, k, a.data, k, 1, b.data, 1, k, c.data);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Choosing a kernel
// ---------------------------------------------------------------------------------------------

/**
 * In 'auto' mode, products with at least this many multiply-adds (n·m·k), and an output of at
 * least 16 entries, go to WebAssembly. Measured crossover (BENCHMARKS.md): below it the fixed
 * cost of calling in and copying operands outweighs the faster arithmetic; with a tiny output
 * (a dot product, say) each copied operand is used too few times to repay its copy.
 */
export const WASM_MIN_PRODUCT = 512;

/**
 * The kernel that large products actually run on: 'wasm' if WebAssembly was asked for
 * ('wasm' or 'auto') and loads, otherwise 'ts'. In 'auto' mode small products use 'ts' anyway.
 */
export function matmulKernel(): 'ts' | 'wasm' {
  return requestedKernel() !== 'ts' && loadWasmGemm(KC) ? 'wasm' : 'ts';
}

/**
 * C = A·B for the strided views A (n×k, element (i,p) at a[i*aRow + p*aCol]) and
 * B (k×m, element (p,j) at b[p*bRow + j*bCol]); C is n×m row-major and is overwritten.
 */
function gemm(
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
): void {
  if (n === 0 || m === 0 || k === 0) {
    c.fill(0);
    return;
  }
  const large = n * m * k >= WASM_MIN_PRODUCT && n * m >= 16;
  if (useWasm(large) && loadWasmGemm(KC) && wasmGemm(n, m, k, a, aRow, aCol, b, bRow, bCol, c)) return;
  gemm64(n, m, k, a, aRow, aCol, b, bRow, bCol, c);
}
