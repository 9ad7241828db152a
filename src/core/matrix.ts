/**
 * Dense row-major matrices on Float64Array, and the matrix products the layers use.
 *
 *   const a = fromRows([[1, 2], [3, 4]]);
 *   const c = matmul(a, a);            // a·a
 *   const g = matmulAT(a, a);          // aᵀ·a   (dense backward: dW = xᵀ·dout)
 *   const h = matmulBT(a, a);          // a·aᵀ   (dense backward: dx = dout·Wᵀ)
 *
 * Every product takes an optional `out` to write into (no allocation in a training loop).
 */

/** A rows × cols matrix; element (i, j) is `data[i * cols + j]`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrix(rows: number, cols: number, data?: Float64Array): Matrix {
  if (data && data.length !== rows * cols) {
    throw new Error(`matrix: data has ${data.length} elements, expected ${rows}×${cols}`);
  }
  return { rows, cols, data: data ?? new Float64Array(rows * cols) };
}

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

export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

function target(rows: number, cols: number, out?: Matrix): Matrix {
  if (!out) return matrix(rows, cols);
  if (out.rows !== rows || out.cols !== cols) {
    throw new Error(`matmul: out is ${out.rows}×${out.cols}, expected ${rows}×${cols}`);
  }
  return out;
}

/** c = a·b  (a: n×k, b: k×m). */
export function matmul(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.rows) throw new Error(`matmul: ${a.rows}×${a.cols} · ${b.rows}×${b.cols}`);
  const n = a.rows, k = a.cols, m = b.cols;
  const c = target(n, m, out);
  const A = a.data, B = b.data, C = c.data;
  C.fill(0);
  for (let i = 0; i < n; i++) {
    const ci = i * m;
    for (let p = 0; p < k; p++) {
      const aip = A[i * k + p];
      if (aip === 0) continue;
      const bp = p * m;
      for (let j = 0; j < m; j++) C[ci + j] += aip * B[bp + j];
    }
  }
  return c;
}

/** c = aᵀ·b  (a: k×n, b: k×m). */
export function matmulAT(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.rows !== b.rows) throw new Error(`matmulAT: (${a.rows}×${a.cols})ᵀ · ${b.rows}×${b.cols}`);
  const k = a.rows, n = a.cols, m = b.cols;
  const c = target(n, m, out);
  const A = a.data, B = b.data, C = c.data;
  C.fill(0);
  for (let p = 0; p < k; p++) {
    const bp = p * m;
    for (let i = 0; i < n; i++) {
      const api = A[p * n + i];
      if (api === 0) continue;
      const ci = i * m;
      for (let j = 0; j < m; j++) C[ci + j] += api * B[bp + j];
    }
  }
  return c;
}

/** c = a·bᵀ  (a: n×k, b: m×k). */
export function matmulBT(a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (a.cols !== b.cols) throw new Error(`matmulBT: ${a.rows}×${a.cols} · (${b.rows}×${b.cols})ᵀ`);
  const n = a.rows, k = a.cols, m = b.rows;
  const c = target(n, m, out);
  const A = a.data, B = b.data, C = c.data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += A[i * k + p] * B[j * k + p];
      C[i * m + j] = s;
    }
  }
  return c;
}
