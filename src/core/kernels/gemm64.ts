/**
 * The float64 matrix product in TypeScript, behind src/core/matrix.ts (which also holds the
 * WebAssembly path, kernels/wasm-gemm.ts, and the choice between them).
 *
 * All three products are this one routine, `gemm64`, computing C = A·B where A and B are
 * *views*: element (i, p) of A is `a[i*aRow + p*aCol]`, so a transposed operand is the same
 * array read with its two strides swapped. Nothing is ever transposed in memory.
 *
 * 1. Packing. Once per product, A is copied into horizontal panels of MR = 4 rows, stored
 *    depth-first (for each p: the 4 values A[i0..i0+3][p]), and B into vertical panels of
 *    NR = 4 columns (for each p: B[p][j0..j0+3]); the last panel is padded with zeros. After
 *    packing, the inner loop reads both operands with unit stride whatever the original layout
 *    was, which is why matmulAT and matmulBT cost the same as matmul. Packing moves O(nk + km)
 *    numbers against O(nmk) multiply-adds.
 * 2. Blocking. The depth k is cut into slices of KC = 512 and the rows of A into blocks of
 *    MC = 64, so that one block of packed A (64 × 512 doubles = 256 KiB) stays in the L2 cache
 *    while every column panel of B streams past it, and one 512 × 4 panel of B (16 KiB) stays
 *    in L1 while it meets each 4-row panel of the A block.
 * 3. Register tiling. The micro-kernel computes a 4 × 4 tile of C as 16 scalar accumulators
 *    held in local variables: per step p it loads 4 values of A and 4 of B and does 16
 *    multiply-adds, then adds the tile into C once at the end of the slice.
 *
 * Every entry of C is therefore summed in the same order by every code path (each KC slice
 * from p = 0 upward into a fresh accumulator, then added into C), and the WebAssembly kernel
 * (matmul.wat) follows the same order, so switching kernels never changes a single bit.
 *
 * Module state: the packing buffers `packedA` and `packedB` only grow, so a training loop that
 * reuses `out` allocates nothing; `edgeTile` is a 4×4 scratch tile. Their contents mean nothing
 * between calls. Products too small to repay packing, and those with a single row or column
 * of output, use plain loops.
 */

/** Rows of A per packed panel (and rows of the register tile). */
const MR = 4;
/** Columns of B per packed panel (and columns of the register tile). */
const NR = 4;
/** Depth of one slice of the k dimension. Shared with the WebAssembly kernel (same sums). */
export const KC = 512;
/** Rows of A per cache block. */
const MC = 64;
/**
 * Below this many multiply-adds (n·m·k) the plain loops beat packing (measured); so do they
 * for a single row or column of output, where 4-wide panels would be three-quarters padding.
 */
const SMALL_PRODUCT = 512;

let packedA: Float64Array = new Float64Array(0);
let packedB: Float64Array = new Float64Array(0);
/** Where edge tiles (fewer than 4 valid rows or columns) are computed before being copied. */
const edgeTile = new Float64Array(MR * NR);

/** A scratch buffer at least `size` long: `buf` itself, or a larger replacement. */
function grown(buf: Float64Array, size: number): Float64Array {
  return buf.length >= size ? buf : new Float64Array(Math.max(size, Math.ceil(buf.length * 1.5)));
}

/**
 * C = A·B for the strided views A (n×k, element (i,p) at a[i*aRow + p*aCol]) and
 * B (k×m, element (p,j) at b[p*bRow + j*bCol]); C is n×m row-major and is overwritten.
 * Needs n, m, k ≥ 1.
 */
export function gemm64(
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
  c.fill(0);
  if (n * m * k < SMALL_PRODUCT || n === 1 || m === 1) {
    gemmSmall(n, m, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  const panelsA = Math.ceil(n / MR),
    panelsB = Math.ceil(m / NR);
  packedA = grown(packedA, panelsA * MR * k);
  packedB = grown(packedB, panelsB * NR * k);
  packPanels(a, aRow, aCol, n, k, packedA);
  packPanels(b, bCol, bRow, m, k, packedB); // B's columns are the "rows" of its panels
  gemmPacked(n, m, k, packedA, packedB, c);
}

/**
 * Copies the view `src` (element (r, p) at src[r*rowStride + p*depthStride], r < rows,
 * p < depth) into panels of 4 rows: panel q holds, for each p in turn, rows 4q..4q+3 at p.
 * Panel q starts at dst[4*q*depth]; rows past the end are zeros.
 */
function packPanels(
  src: Float64Array,
  rowStride: number,
  depthStride: number,
  rows: number,
  depth: number,
  dst: Float64Array,
): void {
  let d = 0;
  for (let r0 = 0; r0 < rows; r0 += 4) {
    const valid = Math.min(4, rows - r0);
    let s0 = r0 * rowStride;
    if (valid === 4) {
      let s1 = s0 + rowStride,
        s2 = s1 + rowStride,
        s3 = s2 + rowStride;
      for (let p = 0; p < depth; p++) {
        dst[d] = src[s0];
        dst[d + 1] = src[s1];
        dst[d + 2] = src[s2];
        dst[d + 3] = src[s3];
        d += 4;
        s0 += depthStride;
        s1 += depthStride;
        s2 += depthStride;
        s3 += depthStride;
      }
    } else {
      for (let p = 0; p < depth; p++) {
        for (let r = 0; r < 4; r++) dst[d + r] = r < valid ? src[s0 + r * rowStride] : 0;
        d += 4;
        s0 += depthStride;
      }
    }
  }
}

/** C += (packed A)·(packed B), walking KC slices, MC blocks and 4×4 tiles. */
function gemmPacked(n: number, m: number, k: number, pa: Float64Array, pb: Float64Array, c: Float64Array): void {
  for (let pc = 0; pc < k; pc += KC) {
    const kc = Math.min(KC, k - pc);
    for (let ic = 0; ic < n; ic += MC) {
      const icEnd = Math.min(ic + MC, n);
      for (let j0 = 0; j0 < m; j0 += NR) {
        const bOff = j0 * k + pc * NR; // panel j0/NR starts at (j0/NR)·NR·k
        const cols = Math.min(NR, m - j0);
        for (let i0 = ic; i0 < icEnd; i0 += MR) {
          const aOff = i0 * k + pc * MR;
          const rows = Math.min(MR, n - i0);
          if (rows === MR && cols === NR) {
            kernel4x4(kc, pa, aOff, pb, bOff, c, i0 * m + j0, m);
          } else {
            edgeTile.fill(0);
            kernel4x4(kc, pa, aOff, pb, bOff, edgeTile, 0, NR);
            addTile(edgeTile, rows, cols, c, i0 * m + j0, m);
          }
        }
      }
    }
  }
}

/**
 * The register-tiled micro-kernel: C[ci..][..] += Σ_p a_p b_pᵀ over kc steps, where a_p is
 * 4 values of a packed A panel and b_p 4 values of a packed B panel. The 16 sums are locals,
 * so the loop body touches memory only for the 8 operand loads.
 */
function kernel4x4(
  kc: number,
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
  c: Float64Array,
  ci: number,
  ldc: number,
): void {
  let c00 = 0,
    c01 = 0,
    c02 = 0,
    c03 = 0;
  let c10 = 0,
    c11 = 0,
    c12 = 0,
    c13 = 0;
  let c20 = 0,
    c21 = 0,
    c22 = 0,
    c23 = 0;
  let c30 = 0,
    c31 = 0,
    c32 = 0,
    c33 = 0;
  for (let p = 0; p < kc; p++) {
    const a0 = a[ai],
      a1 = a[ai + 1],
      a2 = a[ai + 2],
      a3 = a[ai + 3];
    const b0 = b[bi],
      b1 = b[bi + 1],
      b2 = b[bi + 2],
      b3 = b[bi + 3];
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
    ai += 4;
    bi += 4;
  }
  c[ci] += c00;
  c[ci + 1] += c01;
  c[ci + 2] += c02;
  c[ci + 3] += c03;
  ci += ldc;
  c[ci] += c10;
  c[ci + 1] += c11;
  c[ci + 2] += c12;
  c[ci + 3] += c13;
  ci += ldc;
  c[ci] += c20;
  c[ci + 1] += c21;
  c[ci + 2] += c22;
  c[ci + 3] += c23;
  ci += ldc;
  c[ci] += c30;
  c[ci + 1] += c31;
  c[ci + 2] += c32;
  c[ci + 3] += c33;
}

/** Adds the top-left rows × cols corner of a 4×4 tile into C at ci (row stride ldc). */
function addTile(tile: Float64Array, rows: number, cols: number, c: Float64Array, ci: number, ldc: number): void {
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) c[ci + r * ldc + j] += tile[r * NR + j];
  }
}

/**
 * Plain loops for tiny products, summing in the same order as the packed path: each KC slice
 * of the depth into a fresh accumulator, then into C.
 */
function gemmSmall(
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
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      for (let pc = 0; pc < k; pc += KC) {
        const pEnd = Math.min(pc + KC, k);
        let s = 0;
        for (let p = pc; p < pEnd; p++) s += a[i * aRow + p * aCol] * b[p * bRow + j * bCol];
        c[i * m + j] += s;
      }
    }
  }
}
