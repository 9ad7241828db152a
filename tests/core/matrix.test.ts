/**
 * The matrix products: both kernels (TypeScript and WebAssembly SIMD) against a naive
 * reference on many shapes, all three variants, `out` reuse, the kernels against each other,
 * kernel selection and its silent fallback, and the embedded .wasm being up to date.
 *
 *   npx vitest run --project unit tests/core/matrix.test.ts
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  fromRows,
  matmul,
  matmulAT,
  matmulBT,
  matmulKernel,
  matrix,
  setMatmulKernel,
  toRows,
  type Matrix,
} from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';
import { assemble, embed } from '../../scripts/build-wasm.mjs';

type Variant = 'matmul' | 'matmulAT' | 'matmulBT';
const KERNELS = ['ts', 'wasm'] as const;
const VARIANTS: Variant[] = ['matmul', 'matmulAT', 'matmulBT'];

const rng = new Rng(7);

function random(rows: number, cols: number): Matrix {
  const m = matrix(rows, cols);
  for (let i = 0; i < m.data.length; i++) m.data[i] = rng.normal();
  return m;
}

/** Textbook triple loop for c = op(a)·op(b), with op(x) = xᵀ where asked. */
function reference(a: Matrix, b: Matrix, transA: boolean, transB: boolean): Matrix {
  const n = transA ? a.cols : a.rows,
    k = transA ? a.rows : a.cols;
  const m = transB ? b.rows : b.cols;
  const at = (i: number, p: number) => (transA ? a.data[p * a.cols + i] : a.data[i * a.cols + p]);
  const bt = (p: number, j: number) => (transB ? b.data[j * b.cols + p] : b.data[p * b.cols + j]);
  const c = matrix(n, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += at(i, p) * bt(p, j);
      c.data[i * m + j] = s;
    }
  }
  return c;
}

/** Operands shaped for `variant` so that the product is n×m with depth k. */
function operands(variant: Variant, n: number, k: number, m: number): [Matrix, Matrix] {
  const a = variant === 'matmulAT' ? random(k, n) : random(n, k);
  const b = variant === 'matmulBT' ? random(m, k) : random(k, m);
  return [a, b];
}

function product(variant: Variant, a: Matrix, b: Matrix, out?: Matrix): Matrix {
  if (variant === 'matmul') return matmul(a, b, out);
  if (variant === 'matmulAT') return matmulAT(a, b, out);
  return matmulBT(a, b, out);
}

/** max |c − ref| / (k·max|a|·max|b|): rounding error relative to the size of the terms. */
function relativeError(c: Matrix, ref: Matrix, a: Matrix, b: Matrix, k: number): number {
  let err = 0;
  for (let i = 0; i < c.data.length; i++) err = Math.max(err, Math.abs(c.data[i] - ref.data[i]));
  const amax = a.data.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
  const bmax = b.data.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
  const scale = k * amax * bmax;
  return scale === 0 ? err : err / scale;
}

// [n, k, m]: c is n×m, depth k. Sizes straddle the 4×4 tile, the 64-row block, the 512-deep
// slice and the small-product cut-off; zero sizes check the edge cases.
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 1, 7],
  [2, 3, 5],
  [3, 3, 3],
  [4, 4, 4],
  [5, 7, 3],
  [7, 5, 9],
  [8, 8, 8],
  [13, 17, 11],
  [16, 16, 16],
  [17, 33, 19],
  [31, 1, 29],
  [64, 64, 64],
  [65, 67, 66],
  [70, 300, 13],
  [130, 257, 6],
  [9, 513, 10],
  [3, 600, 2],
  [1, 784, 100],
  [128, 100, 10],
  [200, 2, 3],
  [2, 3, 200],
  [1, 200, 1],
  [250, 1, 1],
  [1, 1, 250],
  [97, 129, 101],
  [5, 1030, 6],
  [66, 1025, 9],
  [1, 1100, 1],
  [0, 3, 4],
  [3, 0, 4],
  [3, 4, 0],
  [0, 0, 0],
  [0, 5, 0],
];

afterEach(() => setMatmulKernel('auto'));

describe.each(KERNELS)('the %s kernel', (kernel) => {
  test('reports itself as active', () => {
    setMatmulKernel(kernel);
    expect(matmulKernel()).toBe(kernel);
  });

  test.each(VARIANTS)('%s matches the naive reference on every shape', (variant) => {
    setMatmulKernel(kernel);
    for (const [n, k, m] of SHAPES) {
      const [a, b] = operands(variant, n, k, m);
      const c = product(variant, a, b);
      expect([c.rows, c.cols]).toEqual([n, m]);
      const ref = reference(a, b, variant === 'matmulAT', variant === 'matmulBT');
      expect(relativeError(c, ref, a, b, k), `${variant} ${n}×${k}×${m}`).toBeLessThanOrEqual(1e-14);
    }
  });

  test.each(VARIANTS)('%s overwrites a reused out (no accumulation, no allocation)', (variant) => {
    setMatmulKernel(kernel);
    for (const [n, k, m] of [
      [37, 41, 43],
      [4, 600, 8],
      [2, 2, 2],
      [5, 0, 3],
    ] as const) {
      const [a, b] = operands(variant, n, k, m);
      const out = matrix(n, m);
      out.data.fill(Number.NaN);
      const ref = reference(a, b, variant === 'matmulAT', variant === 'matmulBT');
      for (let round = 0; round < 2; round++) {
        const c = product(variant, a, b, out);
        expect(c).toBe(out);
        expect(relativeError(c, ref, a, b, k)).toBeLessThanOrEqual(1e-14);
      }
    }
  });

  test('small known products, exactly', () => {
    setMatmulKernel(kernel);
    const a = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const b = fromRows([
      [5, 6, 7],
      [8, 9, 10],
    ]);
    expect(toRows(matmul(a, b))).toEqual([
      [21, 24, 27],
      [47, 54, 61],
    ]);
    expect(toRows(matmulAT(a, a))).toEqual([
      [10, 14],
      [14, 20],
    ]);
    expect(toRows(matmulBT(a, a))).toEqual([
      [5, 11],
      [11, 25],
    ]);
    expect(toRows(matmul(fromRows([[3]]), fromRows([[-2]])))).toEqual([[-6]]);
  });
});

describe('the two kernels against each other', () => {
  test.each(VARIANTS)('%s gives bit-identical results in ts and wasm', (variant) => {
    for (const [n, k, m] of [...SHAPES, [300, 700, 90], [512, 256, 40], [40, 1100, 30]] as [number, number, number][]) {
      const [a, b] = operands(variant, n, k, m);
      setMatmulKernel('ts');
      const ts = product(variant, a, b);
      setMatmulKernel('wasm');
      const wasm = product(variant, a, b);
      expect(wasm.data, `${variant} ${n}×${k}×${m}`).toEqual(ts.data);
    }
  });

  test("'auto' agrees with both on small and large products", () => {
    for (const [n, k, m] of [
      [3, 4, 5],
      [100, 200, 150],
    ] as const) {
      const [a, b] = operands('matmul', n, k, m);
      setMatmulKernel('ts');
      const ts = matmul(a, b);
      setMatmulKernel('auto');
      expect(matmul(a, b).data).toEqual(ts.data);
    }
  });

  test('non-finite values propagate as in plain arithmetic', () => {
    for (const kernel of KERNELS) {
      setMatmulKernel(kernel);
      const a = fromRows([
        [Infinity, 1],
        [Number.NaN, 0],
        [1, 2],
      ]);
      const b = fromRows([
        [1, 0],
        [0, 1],
      ]);
      const c = toRows(matmul(a, b));
      expect(c[0]).toEqual([Infinity, Number.NaN]);
      expect(c[1]).toEqual([Number.NaN, Number.NaN]);
      expect(c[2]).toEqual([1, 2]);
    }
  });
});

describe('argument checks', () => {
  test('mismatched shapes throw', () => {
    const a = matrix(2, 3),
      b = matrix(4, 5);
    expect(() => matmul(a, b)).toThrow(/matmul/);
    expect(() => matmulAT(a, b)).toThrow(/matmulAT/);
    expect(() => matmulBT(a, b)).toThrow(/matmulBT/);
  });

  test('an out of the wrong shape throws', () => {
    expect(() => matmul(matrix(2, 3), matrix(3, 4), matrix(4, 2))).toThrow(/out is 4×2/);
  });

  test('an out sharing memory with an operand throws', () => {
    const a = matrix(3, 3);
    expect(() => matmul(a, matrix(3, 3), a)).toThrow(/share memory/);
    const buffer = new Float64Array(18);
    const x = matrix(3, 3, buffer.subarray(0, 9));
    const y = matrix(3, 3, buffer.subarray(9));
    expect(() => matmul(x, x, y)).not.toThrow();
  });

  test('an unknown kernel name throws', () => {
    // @ts-expect-error: deliberately invalid
    expect(() => setMatmulKernel('gpu')).toThrow(/unknown kernel/);
  });
});

describe('WebAssembly loading', () => {
  test('a module that fails to compile falls back to TypeScript silently', async () => {
    vi.resetModules();
    vi.doMock('../../src/core/kernels/matmul-wasm.ts', () => ({
      // a valid header followed by garbage: WebAssembly.Module throws a CompileError
      matmulWasmBytes: () => Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0xff, 0xff),
    }));
    try {
      const fresh = await import('../../src/core/matrix.ts');
      fresh.setMatmulKernel('wasm');
      expect(fresh.matmulKernel()).toBe('ts');
      const a = random(20, 30),
        b = random(30, 10);
      expect(fresh.matmul(a, b).data).toEqual(matmul(a, b).data);
    } finally {
      vi.doUnmock('../../src/core/kernels/matmul-wasm.ts');
      vi.resetModules();
    }
  });

  test('the embedded bytes are up to date with matmul.wat', async () => {
    const wat = readFileSync(new URL('../../src/core/kernels/matmul.wat', import.meta.url), 'utf8');
    const embedded = readFileSync(new URL('../../src/core/kernels/matmul-wasm.ts', import.meta.url), 'utf8');
    expect(embedded).toBe(embed(await assemble(wat)));
  });
});
