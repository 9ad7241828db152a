/**
 * The float32 products and tanh: the TypeScript and WebAssembly kernels bit-identical to each
 * other and to the textbook float32 loop on odd shapes, for all three products and with `out`
 * buffers; within float32 rounding of the float64 kernel; tanh32 within 2 ulp; the float32
 * fingerprint that the component tests recompute in Chromium; float32 products of float64
 * matrices (what a Dense layer with precision 'float32' computes) the same bits as rounding the
 * operands first; argument checks, fallback, and the embedded .wasm being up to date.
 *
 *   npx vitest run --project unit tests/core/matrix32.test.ts
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { matrix, matmul, setMatmulKernel, type Matrix } from '../../src/core/matrix.ts';
import {
  fromRows32,
  matmul32,
  matmulAT32,
  matmulBT32,
  matmulF32,
  matmulATF32,
  matmulBTF32,
  matmulKernel32,
  matrix32,
  tanh32,
  tanhForward32,
  toMatrix32,
  toMatrix64,
  toRows32,
  type Matrix32,
} from '../../src/core/matrix32.ts';
import { tanh } from '../../src/core/mathfn.ts';
import { Rng } from '../../src/core/rng.ts';
import { Dense } from '../../src/core/layers/dense.ts';
import { MODULES, generated, source } from '../../scripts/build-wasm.mjs';
import { FLOAT32_FINGERPRINT, fingerprint32 } from '../shared/fingerprint32.ts';

type Variant = 'matmul32' | 'matmulAT32' | 'matmulBT32';
const VARIANTS: Variant[] = ['matmul32', 'matmulAT32', 'matmulBT32'];
const KERNELS = ['ts', 'wasm'] as const;
const rng = new Rng(32);

function random(rows: number, cols: number): Matrix32 {
  return matrix32(rows, cols, Float32Array.from(rng.fillNormal(new Float64Array(rows * cols))));
}

/** Operands shaped for `variant` so that the product is n×m with depth k. */
function operands(variant: Variant, n: number, k: number, m: number): [Matrix32, Matrix32] {
  return [
    variant === 'matmulAT32' ? random(k, n) : random(n, k),
    variant === 'matmulBT32' ? random(m, k) : random(k, m),
  ];
}

function product(variant: Variant, a: Matrix32, b: Matrix32, out?: Matrix32): Matrix32 {
  if (variant === 'matmul32') return matmul32(a, b, out);
  if (variant === 'matmulAT32') return matmulAT32(a, b, out);
  return matmulBT32(a, b, out);
}

/** Element (i, p) of op(a) and (p, j) of op(b) for `variant`, as float64 matrices n×k and k×m. */
function views(variant: Variant, a: Matrix32, b: Matrix32): [Matrix, Matrix] {
  const t = (x: Matrix32): Matrix => {
    const y = matrix(x.cols, x.rows);
    for (let i = 0; i < x.rows; i++) for (let j = 0; j < x.cols; j++) y.data[j * x.rows + i] = x.data[i * x.cols + j];
    return y;
  };
  return [variant === 'matmulAT32' ? t(a) : toMatrix64(a), variant === 'matmulBT32' ? t(b) : toMatrix64(b)];
}

/** The definition: each entry summed from p = 0 upward, every product and sum rounded to float32. */
function textbook(a: Matrix, b: Matrix): Float32Array {
  const [n, k, m] = [a.rows, a.cols, b.cols];
  const c = new Float32Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s = Math.fround(s + Math.fround(a.data[i * k + p] * b.data[p * m + j]));
      c[i * m + j] = s;
    }
  }
  return c;
}

/** Bit patterns, so that −0 ≠ +0 and two NaNs compare by payload. */
const bits = (x: Float32Array) => Array.from(new Uint32Array(x.buffer, x.byteOffset, x.length));

// [n, k, m]: 1×1, 1×n, n×1, sizes around the 4×8 tile, the 4-wide lanes, the 128-row block and
// the 512-deep slice (the last three go past it), and zero sizes.
const SHAPES: [number, number, number][] = [
  [1, 1, 1],
  [1, 1, 9],
  [1, 7, 1],
  [9, 1, 1],
  [1, 13, 30],
  [30, 13, 1],
  [2, 3, 5],
  [3, 5, 7],
  [4, 4, 8],
  [5, 6, 9],
  [7, 3, 15],
  [8, 8, 8],
  [13, 17, 11],
  [17, 33, 19],
  [31, 1, 29],
  [64, 64, 64],
  [65, 67, 66],
  [133, 70, 27],
  [9, 513, 10],
  [6, 1030, 13],
  [70, 1100, 41],
  [0, 3, 4],
  [3, 0, 4],
  [3, 4, 0],
];

afterEach(() => setMatmulKernel('auto'));

describe('the two float32 kernels', () => {
  test.each(KERNELS)('the %s kernel reports itself as active', (kernel) => {
    setMatmulKernel(kernel);
    expect(matmulKernel32()).toBe(kernel);
  });

  test.each(VARIANTS)('%s: ts and wasm equal the textbook float32 loop, bit for bit, on every shape', (variant) => {
    for (const [n, k, m] of SHAPES) {
      const [a, b] = operands(variant, n, k, m);
      const want = bits(textbook(...views(variant, a, b)));
      for (const kernel of KERNELS) {
        setMatmulKernel(kernel);
        const c = product(variant, a, b);
        expect([c.rows, c.cols]).toEqual([n, m]);
        expect(bits(c.data), `${kernel} ${variant} ${n}×${k}×${m}`).toEqual(want);
      }
    }
  });

  test.each(VARIANTS)('%s overwrites a reused out in both kernels, with the same bits', (variant) => {
    for (const [n, k, m] of [
      [37, 41, 43],
      [4, 600, 9],
      [1, 5, 3],
      [2, 2, 2],
      [5, 0, 3],
    ] as const) {
      const [a, b] = operands(variant, n, k, m);
      const want = bits(textbook(...views(variant, a, b)));
      for (const kernel of KERNELS) {
        setMatmulKernel(kernel);
        const out = matrix32(n, m);
        out.data.fill(Number.NaN);
        for (let round = 0; round < 2; round++) {
          expect(product(variant, a, b, out)).toBe(out);
          expect(bits(out.data), `${kernel} ${variant} ${n}×${k}×${m}`).toEqual(want);
        }
      }
    }
  });

  test("'auto' agrees with both, below and above the crossover", () => {
    for (const [n, k, m] of [
      [2, 3, 2],
      [100, 200, 150],
    ] as const) {
      const [a, b] = operands('matmul32', n, k, m);
      setMatmulKernel('ts');
      const ts = matmul32(a, b);
      setMatmulKernel('auto');
      expect(bits(matmul32(a, b).data)).toEqual(bits(ts.data));
    }
  });

  test('non-finite values propagate as in plain arithmetic, and −0 sums stay as in the loop', () => {
    for (const kernel of KERNELS) {
      setMatmulKernel(kernel);
      const a = fromRows32([
        [Infinity, 1],
        [Number.NaN, 0],
        [1, 2],
        [-0, -0],
      ]);
      const b = fromRows32([
        [1, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 1, 0, 0, 0, 0, 0, 0, 0],
      ]);
      const c = toRows32(matmul32(a, b));
      expect(c[0].slice(0, 2)).toEqual([Infinity, Number.NaN]);
      expect(c[1].slice(0, 2)).toEqual([Number.NaN, Number.NaN]);
      expect(c[2].slice(0, 3)).toEqual([1, 2, 0]);
      expect(Object.is(c[3][0], 0)).toBe(true); // +0 + (−0·1) = +0, as in the loop
    }
  });

  test('small known products, exactly', () => {
    for (const kernel of KERNELS) {
      setMatmulKernel(kernel);
      const a = fromRows32([
        [1, 2],
        [3, 4],
      ]);
      const b = fromRows32([
        [5, 6, 7],
        [8, 9, 10],
      ]);
      expect(toRows32(matmul32(a, b))).toEqual([
        [21, 24, 27],
        [47, 54, 61],
      ]);
      expect(toRows32(matmulAT32(a, a))).toEqual([
        [10, 14],
        [14, 20],
      ]);
      expect(toRows32(matmulBT32(a, a))).toEqual([
        [5, 11],
        [11, 25],
      ]);
    }
  });
});

describe('float32 products of float64 matrices (matmulF32, matmulATF32, matmulBTF32)', () => {
  const F32 = { matmul32: matmulF32, matmulAT32: matmulATF32, matmulBT32: matmulBTF32 } as const;

  test.each(VARIANTS)(
    '%s: the bits of rounding the operands and multiplying in float32, in both kernels',
    (variant) => {
      for (const [n, k, m] of SHAPES) {
        // float64 operands with bits below float32's precision, so that the rounding matters
        const [a32, b32] = operands(variant, n, k, m);
        const widen = (x: Matrix32) =>
          matrix(
            x.rows,
            x.cols,
            Float64Array.from(x.data, (v) => v * (1 + 2 ** -30)),
          );
        const a = widen(a32),
          b = widen(b32);
        const want = bits(product(variant, toMatrix32(a), toMatrix32(b)).data);
        for (const kernel of KERNELS) {
          setMatmulKernel(kernel);
          const c = F32[variant](a, b);
          expect(c.data).toBeInstanceOf(Float64Array);
          expect(bits(Float32Array.from(c.data)), `${kernel} ${n}×${k}×${m}`).toEqual(want);
          // every entry is a float32 value, stored exactly
          for (const v of c.data) expect(Math.fround(v)).toBe(v);
        }
      }
    },
  );

  test('float64 operands are rounded as Math.fround rounds them (ties to even, overflow, subnormals, ±0, NaN, ±∞), at every length', () => {
    // Each operand times a 1 (a one-term sum from +0: the rounded operand itself, −0 becoming +0),
    // at lengths 1 to 11 so that the kernel's groups of four and its last one to three are both met.
    const specials = [
      0.1,
      -0.1,
      1 + 2 ** -24,
      1 + 3 * 2 ** -24,
      -(1 + 2 ** -24),
      3.4028235677973366e38,
      3.4028234663852886e38 * (1 + 2 ** -25),
      1e39,
      -1e39,
      2 ** -149,
      1.5 * 2 ** -149,
      2 ** -150,
      2 ** -151,
      -0,
      0,
      NaN,
      Infinity,
      -Infinity,
      1 / 3,
      123456.789,
    ];
    const one = matrix(1, 1, Float64Array.of(1));
    for (let len = 1; len <= 11; len++)
      for (let start = 0; start < specials.length; start += 3) {
        const values = Float64Array.from({ length: len }, (_, i) => specials[(start + i) % specials.length]);
        const want = Array.from(values, (v) => Math.fround(v) + 0);
        for (const kernel of KERNELS) {
          setMatmulKernel(kernel);
          const column = matmulF32(matrix(len, 1, values), one); // A is the float64 operand
          const row = matmulF32(one, matrix(1, len, values)); // B is
          for (const c of [column, row])
            expect(Array.from(c.data, (v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v))).toEqual(
              want.map((v) => (Number.isNaN(v) ? 'NaN' : Object.is(v, -0) ? '-0' : v)),
            );
        }
      }
  });

  test('shape checks, and an out that shares memory with an operand, throw', () => {
    const a = matrix(3, 4),
      b = matrix(4, 5);
    expect(() => matmulF32(a, matrix(3, 5))).toThrow(/3×4 · 3×5/);
    expect(() => matmulF32(a, b, matrix(3, 4))).toThrow(/out is 3×4, expected 3×5/);
    const sq = matrix(4, 4);
    expect(() => matmulF32(sq, sq, sq)).toThrow(/share memory/);
  });

  test("a Dense layer with precision 'float32' computes its forward and backward products that way", () => {
    const r = new Rng(5);
    const make = (precision: 'float32' | 'float64') =>
      new Dense(37, 19, { init: { kind: 'he', dist: 'normal' }, rng: new Rng(9), precision });
    const f32 = make('float32'),
      f64 = make('float64');
    const x = matrix(11, 37, r.fillNormal(new Float64Array(11 * 37)));
    const dy = matrix(11, 19, r.fillNormal(new Float64Array(11 * 19)));
    const y = f32.forward(x, true);
    const want = matmulF32(x, matrix(37, 19, f32.W.value));
    for (let i = 0; i < 11; i++)
      for (let j = 0; j < 19; j++) expect(y.data[i * 19 + j]).toBe(want.data[i * 19 + j] + f32.b.value[j]);
    const dx = f32.backward(dy);
    expect(Array.from(dx.data)).toEqual(Array.from(matmulBTF32(dy, matrix(37, 19, f32.W.value)).data));
    expect(Array.from(f32.W.grad)).toEqual(Array.from(matmulATF32(x, dy).data));
    // … and differs from the float64 layer only by float32 rounding.
    const y64 = f64.forward(x, true);
    let worst = 0;
    for (let i = 0; i < y.data.length; i++) worst = Math.max(worst, Math.abs(y.data[i] - y64.data[i]));
    expect(worst).toBeGreaterThan(0);
    expect(worst).toBeLessThan(1e-4);
  });
});

describe('accuracy against the float64 kernel', () => {
  // Both kernels compute a sum of k products, each product and each partial sum rounded once.
  // The standard bound for such a sum (Higham, Accuracy and Stability of Numerical Algorithms,
  // 2nd ed., §3.1, eq. 3.5) is |ĉ − c| ≤ γ_k · Σ_p |a_p||b_p| with γ_k = k·u/(1 − k·u): u = 2⁻²⁴
  // for float32 and 2⁻⁵³ for float64. The operands are float32 values, which the float64 kernel
  // reads exactly, so |c32 − c64| ≤ (γ_k(2⁻²⁴) + γ_k(2⁻⁵³)) · Σ|a||b| ≤ 1.01 · k · 2⁻²⁴ · Σ|a||b|
  // while k·2⁻²⁴ ≤ 0.009 (k ≤ 150,000). The test checks every entry against that bound, and that
  // the float32 result is not secretly the float64 one (some entries must differ).
  test.each(VARIANTS)('%s: |c32 − c64| ≤ 1.01·k·2⁻²⁴·Σ|a||b| entry by entry, in both kernels', (variant) => {
    for (const [n, k, m] of [
      [1, 1, 1],
      [7, 3, 15],
      [33, 600, 10],
      [64, 1030, 48],
      [120, 2000, 9],
    ] as const) {
      const [a, b] = operands(variant, n, k, m);
      const [a64, b64] = views(variant, a, b);
      setMatmulKernel('wasm');
      const c64 = matmul(a64, b64).data;
      const abs = (x: Matrix) => matrix(x.rows, x.cols, x.data.map(Math.abs));
      const scale = matmul(abs(a64), abs(b64)).data;
      for (const kernel of KERNELS) {
        setMatmulKernel(kernel);
        const c32 = product(variant, a, b).data;
        let worst = 0,
          differ = 0;
        for (let i = 0; i < c32.length; i++) {
          const d = Math.abs(c32[i] - c64[i]);
          if (d > 0) differ++;
          worst = Math.max(worst, d / (k * 2 ** -24 * scale[i]));
        }
        expect(worst, `${kernel} ${variant} ${n}×${k}×${m}`).toBeLessThanOrEqual(1.01);
        if (k > 1) expect(differ).toBeGreaterThan(0);
      }
    }
  });
});

describe('tanh in float32', () => {
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  const fromBits = (b: number) => ((u32[0] = b), f32[0]);
  const toBits = (x: number) => ((f32[0] = x), u32[0]);

  test('tanh32 is within 2 ulp of tanh rounded to float32, on a sweep of float32 values', () => {
    let worst = 0;
    for (let b = toBits(2 ** -20); b <= toBits(12); b += 997) {
      const x = fromBits(b);
      for (const s of [x, -x]) {
        const want = toBits(Math.fround(tanh(s)));
        worst = Math.max(worst, Math.abs(toBits(tanh32(s)) - want));
      }
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  test('edge cases: ±0, tiny and subnormal values, the clamp, ±∞ and NaN', () => {
    expect(Object.is(tanh32(-0), -0)).toBe(true);
    expect(Object.is(tanh32(0), 0)).toBe(true);
    for (const x of [1e-45, -3e-40, 2 ** -13, -(2 ** -12.5)]) expect(tanh32(x)).toBe(x);
    expect(tanh32(9.2)).toBe(1);
    expect(tanh32(-1e30)).toBe(-1);
    expect(tanh32(Infinity)).toBe(1);
    expect(tanh32(-Infinity)).toBe(-1);
    expect(tanh32(Number.NaN)).toBeNaN();
  });

  test('tanhForward32 gives the same bits in ts and wasm, in place or not, at every length', () => {
    const x = new Float32Array(50_003);
    for (let i = 0; i < x.length; i++) x[i] = fromBits((rng.nextUint32() & 0x7fffffff) % toBits(24)) * (i % 2 ? -1 : 1);
    x.set([0, -0, 1e-45, 2 ** -12, 9.1, -9.1, Infinity, -Infinity]);
    setMatmulKernel('ts');
    const want = bits(tanhForward32(x));
    expect(want).toEqual(bits(Float32Array.from(x, tanh32)));
    setMatmulKernel('wasm');
    for (const len of [0, 1, 3, 4, 5, 17, x.length]) {
      expect(bits(tanhForward32(x.subarray(0, len)))).toEqual(want.slice(0, len));
    }
    const copy = x.slice();
    expect(tanhForward32(copy, copy)).toBe(copy);
    expect(bits(copy)).toEqual(want);
    expect(Number.isNaN(tanhForward32(Float32Array.of(Number.NaN))[0])).toBe(true);
  });
});

describe('determinism', () => {
  test.each(KERNELS)(
    `the float32 fingerprint with the %s kernel is ${FLOAT32_FINGERPRINT} (the component tests check it in Chromium)`,
    (kernel) => {
      setMatmulKernel(kernel);
      expect(fingerprint32()).toBe(FLOAT32_FINGERPRINT);
    },
  );
});

describe('conversions and argument checks', () => {
  test('toMatrix32 rounds to nearest, toMatrix64 is exact', () => {
    const m = matrix(1, 3, Float64Array.of(0.1, 1 + 2 ** -30, -3));
    const m32 = toMatrix32(m);
    expect(Array.from(m32.data)).toEqual([Math.fround(0.1), 1, -3]);
    expect(Array.from(toMatrix64(m32).data)).toEqual([Math.fround(0.1), 1, -3]);
    expect(() => toMatrix32(m, matrix32(3, 1))).toThrow(/out is 3×1/);
  });

  test('mismatched shapes, a wrong out, and an out sharing memory throw', () => {
    const a = matrix32(2, 3),
      b = matrix32(4, 5);
    expect(() => matmul32(a, b)).toThrow(/matmul32/);
    expect(() => matmulAT32(a, b)).toThrow(/matmulAT32/);
    expect(() => matmulBT32(a, b)).toThrow(/matmulBT32/);
    expect(() => matmul32(matrix32(2, 3), matrix32(3, 4), matrix32(4, 2))).toThrow(/out is 4×2/);
    const s = matrix32(3, 3);
    expect(() => matmul32(s, matrix32(3, 3), s)).toThrow(/share memory/);
    expect(() => tanhForward32(new Float32Array(3), new Float32Array(2))).toThrow(/tanhForward32/);
  });
});

describe('WebAssembly loading', () => {
  test('a module that fails to compile falls back to TypeScript silently, with the same bits', async () => {
    vi.resetModules();
    vi.doMock('../../src/core/kernels/matmul32-wasm.ts', () => ({
      matmul32WasmBytes: () => Uint8Array.of(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0xff, 0xff),
    }));
    try {
      const fresh = await import('../../src/core/matrix32.ts');
      const choice = await import('../../src/core/kernels/choice.ts');
      choice.setMatmulKernel('wasm');
      expect(fresh.matmulKernel32()).toBe('ts');
      const a = random(20, 30),
        b = random(30, 10);
      setMatmulKernel('wasm');
      expect(bits(fresh.matmul32(a, b).data)).toEqual(bits(matmul32(a, b).data));
      const x = Float32Array.from({ length: 100 }, (_, i) => i / 10 - 5);
      expect(bits(fresh.tanhForward32(x))).toEqual(bits(tanhForward32(x)));
    } finally {
      vi.doUnmock('../../src/core/kernels/matmul32-wasm.ts');
      vi.resetModules();
    }
  });

  test('the embedded bytes are up to date with matmul32.wat and its parts', async () => {
    const module = MODULES.find((m) => m.wat === 'matmul32.wat')!;
    const embedded = readFileSync(new URL(`../../src/core/kernels/${module.ts}`, import.meta.url), 'utf8');
    expect(embedded).toBe(await generated(module));
  });

  test('the float32 module uses no relaxed SIMD and no fused multiply-add', () => {
    const code = source(MODULES.find((m) => m.wat === 'matmul32.wat')!).replace(/;;.*$/gm, '');
    expect(code).not.toMatch(/relaxed|madd|nmadd|fma/);
  });
});
