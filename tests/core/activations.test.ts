import { describe, expect, test } from 'vitest';
import {
  ACTIVATIONS,
  activation,
  activationBackward,
  activationForward,
  erf,
  erfc,
  sigmoid,
  type ActivationFn,
  type ActivationName,
} from '../../src/core/activations.ts';

/** |a − b| ≤ tol·|b| */
function expectRel(a: number, b: number, tol: number) {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(tol * Math.abs(b));
}

describe('values at known points (references from 30-digit arithmetic)', () => {
  test('sigmoid, tanh, softplus, SiLU, ELU, leaky ReLU', () => {
    expect(activation('sigmoid').f(0)).toBe(0.5);
    expectRel(activation('tanh').f(1), 0.76159415595576488812, 1e-15);
    expectRel(activation('softplus').f(0), Math.LN2, 1e-15);
    expectRel(activation('softplus').f(2), 2.1269280110429724964, 1e-15);
    expectRel(activation('softplus').f(-30), 9.3576229688397367741e-14, 1e-14);
    expectRel(activation('silu').f(1), 0.73105857863000487925, 1e-15);
    expectRel(activation('silu').f(-5), -0.033464254621424277797, 1e-14);
    expectRel(activation('elu').f(-1), -0.6321205588285576784, 1e-15);
    expect(activation({ name: 'elu', alpha: 2 }).f(-1)).toBeCloseTo(2 * (Math.exp(-1) - 1), 15);
    expect(activation('leaky_relu').f(-2)).toBeCloseTo(-0.02, 15);
    expect(activation({ name: 'leaky_relu', alpha: 0.2 }).f(-2)).toBeCloseTo(-0.4, 15);
    expect(activation('relu').f(-3)).toBe(0);
    expect(activation('relu').f(3)).toBe(3);
    expect(activation('identity').f(-3.5)).toBe(-3.5);
  });

  test('GELU is the exact x·Φ(x)', () => {
    const gelu = activation('gelu');
    const ref: [number, number][] = [
      [-10, -7.619853024160526066e-23],
      [-3, -0.00404969409489028358],
      [-1, -0.15865525393145705141],
      [0.5, 0.34573123063700655182],
      [1, 0.84134474606854294859],
      [2, 1.9544997361036415856],
    ];
    for (const [x, y] of ref) expectRel(gelu.f(x), y, 1e-13);
    expect(gelu.f(0)).toBe(0);
    // The tanh approximation is off by ~1e-4 somewhere in [-3, 3]; the exact form is not.
    const approx = (x: number) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
    expect(Math.abs(gelu.f(-1) - approx(-1))).toBeGreaterThan(1e-5);
  });

  test('erf and erfc', () => {
    const ref: [number, number, number][] = [
      [0.1, 0.1124629160182848984, 0.8875370839817151016],
      [0.5, 0.52049987781304653768, 0.47950012218695346232],
      [1, 0.84270079294971486934, 0.15729920705028513066],
      [1.5, 0.96610514647531072707, 0.033894853524689272933],
      [2, 0.99532226501895273416, 0.0046777349810472658379],
      [3, 0.99997790950300141456, 0.000022090496998585441373],
      [4, 0.99999998458274209972, 1.5417257900280018852e-8],
      [5, 0.99999999999846254021, 1.5374597944280348502e-12],
      [6, 0.99999999999999997848, 2.1519736712498913117e-17],
      [10, 1, 2.088487583762544757e-45],
      [26, 1, 5.6631924088561428465e-296],
    ];
    for (const [x, e, c] of ref) {
      expect(Math.abs(erf(x) - e)).toBeLessThan(1e-15);
      expect(Math.abs(erf(-x) + e)).toBeLessThan(1e-15);
      expectRel(erfc(x), c, 1e-13);
      expect(Math.abs(erfc(-x) - (1 + e))).toBeLessThan(1e-15);
    }
    expect(erf(0)).toBe(0);
    expect(erfc(0)).toBe(1);
    expect(erf(Infinity)).toBe(1);
    expect(erfc(-Infinity)).toBe(2);
  });

  test("σ'(±10) ≈ 4.54e-5, and stays accurate in the tails", () => {
    const s = activation('sigmoid');
    expectRel(s.df(10, s.f(10)), 0.000045395807735951671032, 1e-13);
    expectRel(s.df(-10, s.f(-10)), 0.000045395807735951671032, 1e-13);
    expect(s.df(10, s.f(10))).toBeCloseTo(4.54e-5, 7);
    expectRel(s.df(40, s.f(40)), 4.2483542552915611195e-18, 1e-13);
    expectRel(s.df(-40, s.f(-40)), 4.2483542552915611195e-18, 1e-13);
    expect(s.df(0, 0.5)).toBe(0.25);
    const t = activation('tanh');
    expectRel(t.df(20, t.f(20)), 1.6993417021166441765e-17, 1e-13);
    expect(t.df(0, 0)).toBe(1);
  });

  test("ReLU'(0) = 0, leaky ReLU'(0) = α, ELU'(0) = α", () => {
    expect(activation('relu').df(0, 0)).toBe(0);
    expect(activation('relu').df(1e-300, 1e-300)).toBe(1);
    expect(activation('relu').df(-1e-300, 0)).toBe(0);
    expect(activation('leaky_relu').df(0, 0)).toBe(0.01);
    expect(activation({ name: 'elu', alpha: 0.5 }).df(0, 0)).toBe(0.5);
  });
});

describe('stability', () => {
  test('finite values and derivatives at ±1000 and ±1e300 for every activation', () => {
    for (const name of ACTIVATIONS) {
      const a = activation(name);
      for (const x of [-1e300, -1000, -800, -30, 0, 30, 800, 1000, 1e300]) {
        const y = a.f(x);
        const d = a.df(x, y);
        expect(Number.isNaN(y), `${name}(${x})`).toBe(false);
        expect(Number.isNaN(d), `${name}'(${x})`).toBe(false);
        if (Math.abs(x) <= 1000) {
          expect(Number.isFinite(y), `${name}(${x}) = ${y}`).toBe(true);
          expect(Number.isFinite(d), `${name}'(${x}) = ${d}`).toBe(true);
        }
      }
    }
  });
  test('saturating values are exact', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-800)).toBe(0);
    expect(sigmoid(-700)).toBeGreaterThan(0); // e^-700 ≈ 9.9e-305, still representable
    expect(activation('softplus').f(1000)).toBe(1000);
    expect(activation('softplus').f(-1000)).toBe(0);
    expect(activation('tanh').f(-1000)).toBe(-1);
    expect(activation('silu').f(1000)).toBe(1000);
    expect(activation('gelu').f(1000)).toBe(1000);
    expect(activation('gelu').f(-1000)).toBe(-0);
    expect(activation('elu').f(-1000)).toBe(-1);
  });
});

describe('derivatives against centred differences (away from kinks)', () => {
  const specs: (ActivationName | { name: ActivationName; alpha: number })[] = [
    ...ACTIVATIONS,
    { name: 'leaky_relu', alpha: 0.2 },
    { name: 'elu', alpha: 0.5 },
  ];
  const h = 1e-5;
  for (const spec of specs) {
    const a = activation(spec);
    test(`${JSON.stringify(spec)}`, () => {
      let worst = 0;
      for (let x = -8; x <= 8; x += 0.0625) {
        const xx = x + 0.01; // off the grid so no point sits on the kink at 0
        const numerical = (a.f(xx + h) - a.f(xx - h)) / (2 * h);
        const analytic = a.df(xx, a.f(xx));
        worst = Math.max(worst, Math.abs(numerical - analytic) / Math.max(1e-3, Math.abs(analytic)));
      }
      expect(worst).toBeLessThan(1e-7);
    });
  }
  test('a wrong derivative is caught by the same check', () => {
    const a = activation('gelu');
    const wrong = (x: number) => a.f(x) / (x || 1); // Φ(x): forgets the x·φ(x) term
    const numerical = (a.f(1 + h) - a.f(1 - h)) / (2 * h);
    expect(Math.abs(numerical - wrong(1)) / Math.abs(numerical)).toBeGreaterThan(1e-2);
  });
});

test('ACTIVATIONS lists every name once and activation() rejects unknown names', () => {
  expect(new Set(ACTIVATIONS).size).toBe(9);
  for (const name of ACTIVATIONS) expect(activation(name).name).toBe(name);
  expect(() => activation('swish' as ActivationName)).toThrow();
  expect(activation('leaky_relu').alpha).toBe(0.01);
  expect(activation('elu').alpha).toBe(1);
});

describe('activationForward / activationBackward (the array loops the layer uses)', () => {
  // With −0, ±∞ and NaN among the inputs and the upstream gradients too (negative ones among
  // them), so that a loop written differently from f and f' (ReLU's, without a branch) must
  // still give the same bits: relu(−0) = +0, relu(−∞) = relu(NaN) = 0, da·0 = −0 for da < 0.
  const z = Float64Array.from([
    -1e300,
    -1000,
    -40,
    -10,
    -3,
    -1,
    -0.5,
    -1e-9,
    0,
    1e-9,
    0.3,
    0.55,
    1,
    2.5,
    10,
    40,
    1000,
    1e300,
    -0,
    -Infinity,
    Infinity,
    NaN,
    -0,
    -2,
    3,
    NaN,
    -Infinity,
    Infinity,
  ]);
  const da = z.map((_, i) => [1 + 0.1 * i, -(1 + 0.1 * i), -0, NaN, Infinity, -Infinity, 0][i % 7]);
  const specs: (ActivationName | { name: ActivationName; alpha: number })[] = [
    ...ACTIVATIONS,
    { name: 'leaky_relu', alpha: 0.3 },
    { name: 'elu', alpha: 2 },
  ];
  for (const spec of specs) {
    test(`equal f and da·f' exactly: ${JSON.stringify(spec)}`, () => {
      const fn = activation(spec);
      const a = new Float64Array(z.length),
        dz = new Float64Array(z.length);
      activationForward(fn, z, a);
      activationBackward(fn, z, a, da, dz);
      for (let i = 0; i < z.length; i++) {
        expect(Object.is(a[i], fn.f(z[i])), `f(${z[i]})`).toBe(true);
        expect(Object.is(dz[i], da[i] * fn.df(z[i], a[i])), `f'(${z[i]})`).toBe(true);
      }
    });
  }
  test('an ActivationFn not made by activation() uses its own f and df', () => {
    const square: ActivationFn = { name: 'identity', alpha: 0, f: (x) => x * x, df: (x) => 2 * x };
    const a = new Float64Array(3),
      dz = new Float64Array(3);
    activationForward(square, Float64Array.of(1, 2, 3), a);
    activationBackward(square, Float64Array.of(1, 2, 3), a, Float64Array.of(1, 1, 1), dz);
    expect(Array.from(a)).toEqual([1, 4, 9]);
    expect(Array.from(dz)).toEqual([2, 4, 6]);
    expect(Object.isFrozen(activation('relu'))).toBe(true);
  });
});
