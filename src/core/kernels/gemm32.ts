/**
 * The float32 matrix product in TypeScript, behind src/core/matrix32.ts, rounding exactly like
 * the WebAssembly f32x4 kernel (matmul32.wat) so that the two give bit-identical results.
 *
 * Every entry of C is one sum, accumulated from p = 0 upward:
 *   s ← fround(s + fround(a_ip · b_pj)),  s starting at +0.
 * The product of two float32 values is exact in float64 (24 + 24 bits < 53), so fround(a·b) is
 * the correctly rounded float32 product; the float64 sum of two float32 values, rounded by
 * fround, is the correctly rounded float32 sum (double rounding through a format with at least
 * 2·24 + 2 bits is innocuous for + − × ÷ √: Figueroa, "When is double rounding innocuous?",
 * SIGNUM Newsletter 30(3), 1995). So each step is the float32 multiply and add that the
 * WebAssembly kernel performs lane by lane, and the order of the steps is the same.
 *
 * The loops are arranged for speed as in the float64 kernel (gemm64.ts): both operands packed
 * into panels of 4 (in Float64Arrays, which V8 reads faster here than Float32Arrays), the depth
 * cut into slices of KC, A's rows into blocks of MC, and a 4×4 register tile of running sums.
 * A tile's sums are stored into C at the end of a slice and loaded back at the start of the next,
 * so the blocking never changes the order of a sum. Products too small to repay packing, and
 * those with a single row or column of output, use plain loops (the same sums again).
 *
 * Module state: the packing buffers `packedA`, `packedB` (grow-only) and the 4×4 `edgeTile`;
 * their contents mean nothing between calls.
 */

const fr = Math.fround;

/** Rows of A per packed panel and columns of B per packed panel (the register tile is 4×4). */
const MR = 4;
const NR = 4;
/** Depth of one slice of the k dimension (for the cache only: results do not depend on it). */
const KC = 512;
/** Rows of A per cache block. */
const MC = 64;
/** Below this many multiply-adds (n·m·k) the plain loops beat packing. */
const SMALL_PRODUCT = 512;

let packedA: Float64Array = new Float64Array(0);
let packedB: Float64Array = new Float64Array(0);
/** Where edge tiles (fewer than 4 valid rows or columns) are computed before being copied. */
const edgeTile = new Float32Array(MR * NR);

/** A scratch buffer at least `size` long: `buf` itself, or a larger replacement. */
function grown(buf: Float64Array, size: number): Float64Array {
  return buf.length >= size ? buf : new Float64Array(Math.max(size, Math.ceil(buf.length * 1.5)));
}

/**
 * C = A·B in float32 for the strided views A (n×k, element (i,p) at a[i*aRow + p*aCol]) and
 * B (k×m, element (p,j) at b[p*bRow + j*bCol]); C is n×m row-major and is overwritten.
 * Needs n, m, k ≥ 1.
 */
export function gemm32(
  n: number,
  m: number,
  k: number,
  a: Float32Array,
  aRow: number,
  aCol: number,
  b: Float32Array,
  bRow: number,
  bCol: number,
  c: Float32Array,
): void {
  if (n * m * k < SMALL_PRODUCT || n === 1 || m === 1) {
    gemmSmall32(n, m, k, a, aRow, aCol, b, bRow, bCol, c);
    return;
  }
  packedA = grown(packedA, Math.ceil(n / MR) * MR * k);
  packedB = grown(packedB, Math.ceil(m / NR) * NR * k);
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
  src: Float32Array,
  rowStride: number,
  depthStride: number,
  rows: number,
  depth: number,
  dst: Float64Array,
): void {
  let d = 0;
  for (let r0 = 0; r0 < rows; r0 += 4) {
    const valid = Math.min(4, rows - r0);
    let s = r0 * rowStride;
    for (let p = 0; p < depth; p++) {
      for (let r = 0; r < 4; r++) dst[d + r] = r < valid ? src[s + r * rowStride] : 0;
      d += 4;
      s += depthStride;
    }
  }
}

/** C = (packed A)·(packed B), walking KC slices, MC blocks and 4×4 tiles. */
function gemmPacked(n: number, m: number, k: number, pa: Float64Array, pb: Float64Array, c: Float32Array): void {
  for (let pc = 0; pc < k; pc += KC) {
    const kc = Math.min(KC, k - pc);
    const carry = pc > 0; // later slices continue the sums stored in C
    for (let ic = 0; ic < n; ic += MC) {
      const icEnd = Math.min(ic + MC, n);
      for (let j0 = 0; j0 < m; j0 += NR) {
        const bOff = j0 * k + pc * NR; // panel j0/NR starts at (j0/NR)·NR·k
        const cols = Math.min(NR, m - j0);
        for (let i0 = ic; i0 < icEnd; i0 += MR) {
          const aOff = i0 * k + pc * MR;
          const rows = Math.min(MR, n - i0);
          if (rows === MR && cols === NR) {
            kernel4x4(kc, pa, aOff, pb, bOff, c, i0 * m + j0, m, carry);
          } else {
            if (carry) copyTile(c, i0 * m + j0, m, edgeTile, 0, NR, rows, cols);
            kernel4x4(kc, pa, aOff, pb, bOff, edgeTile, 0, NR, carry);
            copyTile(edgeTile, 0, NR, c, i0 * m + j0, m, rows, cols);
          }
        }
      }
    }
  }
}

/**
 * The register-tiled micro-kernel: the 4×4 tile of C at ci (row stride ldc) accumulates kc
 * steps of a_p b_pᵀ, a_p being 4 values of a packed A panel and b_p 4 values of a packed B
 * panel, each product and each sum rounded to float32. The sums start at +0, or from C when
 * `carry`, and are stored back into C.
 */
function kernel4x4(
  kc: number,
  a: Float64Array,
  ai: number,
  b: Float64Array,
  bi: number,
  c: Float32Array,
  ci: number,
  ldc: number,
  carry: boolean,
): void {
  const c1 = ci + ldc,
    c2 = c1 + ldc,
    c3 = c2 + ldc;
  let c00 = 0,
    c01 = 0,
    c02 = 0,
    c03 = 0,
    c10 = 0,
    c11 = 0,
    c12 = 0,
    c13 = 0,
    c20 = 0,
    c21 = 0,
    c22 = 0,
    c23 = 0,
    c30 = 0,
    c31 = 0,
    c32 = 0,
    c33 = 0;
  if (carry) {
    c00 = c[ci];
    c01 = c[ci + 1];
    c02 = c[ci + 2];
    c03 = c[ci + 3];
    c10 = c[c1];
    c11 = c[c1 + 1];
    c12 = c[c1 + 2];
    c13 = c[c1 + 3];
    c20 = c[c2];
    c21 = c[c2 + 1];
    c22 = c[c2 + 2];
    c23 = c[c2 + 3];
    c30 = c[c3];
    c31 = c[c3 + 1];
    c32 = c[c3 + 2];
    c33 = c[c3 + 3];
  }
  for (let p = 0; p < kc; p++) {
    const a0 = a[ai],
      a1 = a[ai + 1],
      a2 = a[ai + 2],
      a3 = a[ai + 3];
    const b0 = b[bi],
      b1 = b[bi + 1],
      b2 = b[bi + 2],
      b3 = b[bi + 3];
    c00 = fr(c00 + fr(a0 * b0));
    c01 = fr(c01 + fr(a0 * b1));
    c02 = fr(c02 + fr(a0 * b2));
    c03 = fr(c03 + fr(a0 * b3));
    c10 = fr(c10 + fr(a1 * b0));
    c11 = fr(c11 + fr(a1 * b1));
    c12 = fr(c12 + fr(a1 * b2));
    c13 = fr(c13 + fr(a1 * b3));
    c20 = fr(c20 + fr(a2 * b0));
    c21 = fr(c21 + fr(a2 * b1));
    c22 = fr(c22 + fr(a2 * b2));
    c23 = fr(c23 + fr(a2 * b3));
    c30 = fr(c30 + fr(a3 * b0));
    c31 = fr(c31 + fr(a3 * b1));
    c32 = fr(c32 + fr(a3 * b2));
    c33 = fr(c33 + fr(a3 * b3));
    ai += 4;
    bi += 4;
  }
  c[ci] = c00;
  c[ci + 1] = c01;
  c[ci + 2] = c02;
  c[ci + 3] = c03;
  c[c1] = c10;
  c[c1 + 1] = c11;
  c[c1 + 2] = c12;
  c[c1 + 3] = c13;
  c[c2] = c20;
  c[c2 + 1] = c21;
  c[c2 + 2] = c22;
  c[c2 + 3] = c23;
  c[c3] = c30;
  c[c3 + 1] = c31;
  c[c3 + 2] = c32;
  c[c3 + 3] = c33;
}

/** Copies the top-left rows × cols corner of the tile at src[si] (row stride ls) to dst[di] (stride ld). */
function copyTile(
  src: Float32Array,
  si: number,
  ls: number,
  dst: Float32Array,
  di: number,
  ld: number,
  rows: number,
  cols: number,
): void {
  for (let r = 0; r < rows; r++) for (let j = 0; j < cols; j++) dst[di + r * ld + j] = src[si + r * ls + j];
}

/** Plain loops for tiny products: the same sums, in the same order. */
function gemmSmall32(
  n: number,
  m: number,
  k: number,
  a: Float32Array,
  aRow: number,
  aCol: number,
  b: Float32Array,
  bRow: number,
  bCol: number,
  c: Float32Array,
): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = fr(s + fr(a[i * aRow + p * aCol] * b[p * bRow + j * bCol]));
      c[i * m + j] = s;
    }
  }
}
