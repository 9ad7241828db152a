import { describe, expect, test } from 'vitest';
import { gain, initStd, initWeights, type InitSpec } from '../../src/core/init.ts';
import { Rng } from '../../src/core/rng.ts';

/** Sample mean, variance and kurtosis (fourth moment / variance², 3 for a normal, 1.8 for a uniform). */
function moments(a: Float64Array) {
  let m = 0;
  for (const v of a) m += v;
  m /= a.length;
  let m2 = 0,
    m4 = 0;
  for (const v of a) {
    const c = (v - m) * (v - m);
    m2 += c;
    m4 += c * c;
  }
  m2 /= a.length;
  m4 /= a.length;
  return { mean: m, variance: m2, kurtosis: m4 / (m2 * m2) };
}

const SAMPLES = 200_000;
const PAIRS: [number, number][] = [
  [100, 50],
  [784, 100],
  [20, 300],
  [3, 3],
];

/** The variance each formula prescribes, written out independently of init.ts. */
function expectedVariance(spec: InitSpec, nIn: number, nOut: number): number {
  if (spec.kind !== 'lecun' && spec.kind !== 'xavier' && spec.kind !== 'glorot' && spec.kind !== 'he')
    throw new Error();
  const g = spec.gain ?? 1;
  if (spec.kind === 'lecun' || spec.kind === 'xavier') return (g * g) / nIn;
  if (spec.kind === 'glorot') return (g * g * 2) / (nIn + nOut);
  const s = spec.slope ?? 0;
  return (g * g * 2) / ((1 + s * s) * nIn);
}

const SCHEMES: InitSpec[] = [];
for (const dist of ['normal', 'uniform'] as const) {
  SCHEMES.push({ kind: 'lecun', dist }, { kind: 'xavier', dist }, { kind: 'glorot', dist }, { kind: 'he', dist });
  SCHEMES.push(
    { kind: 'lecun', dist, gain: 5 / 3 },
    { kind: 'glorot', dist, gain: Math.SQRT2 },
    { kind: 'he', dist, slope: 0.2 },
  );
}

describe('initWeights: sample variance matches the formula', () => {
  for (const spec of SCHEMES) {
    for (const [nIn, nOut] of PAIRS) {
      test(`${JSON.stringify(spec)} n_in=${nIn} n_out=${nOut}`, () => {
        const w = initWeights(spec, nIn, nOut, new Rng(`${spec.kind}${nIn}`), new Float64Array(SAMPLES));
        const v = expectedVariance(spec, nIn, nOut);
        const { mean, variance, kurtosis } = moments(w);
        // The sample variance has relative standard deviation √((κ − 1)/n): 0.32% (normal), 0.2% (uniform).
        const kappa = spec.kind !== 'zeros' && 'dist' in spec && spec.dist === 'uniform' ? 1.8 : 3;
        const relSd = Math.sqrt((kappa - 1) / SAMPLES);
        expect(Math.abs(variance / v - 1)).toBeLessThan(5 * relSd);
        expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(v / SAMPLES));
        expect(initStd(spec, nIn, nOut) ** 2).toBeCloseTo(v, 14);
        // The shape of the distribution, not just its variance.
        expect(Math.abs(kurtosis - kappa)).toBeLessThan(0.1);
        if (kappa === 1.8) {
          const a = Math.sqrt(3 * v);
          let max = 0;
          for (const x of w) max = Math.max(max, Math.abs(x));
          expect(max).toBeLessThanOrEqual(a);
          expect(max).toBeGreaterThan(0.999 * a);
        }
      });
    }
  }
});

describe('initStd: the formulas by name', () => {
  test('He normal for ReLU, 784 inputs: √(2/784)', () => {
    expect(initStd({ kind: 'he', dist: 'normal' }, 784, 100)).toBeCloseTo(0.050507627227610534, 15);
  });
  test('Glorot uniform bound is √(6/(n_in+n_out)), i.e. √3·std', () => {
    const std = initStd({ kind: 'glorot', dist: 'uniform' }, 784, 100);
    expect(Math.sqrt(3) * std).toBeCloseTo(Math.sqrt(6 / 884), 15);
  });
  test("cs231n 'xavier' is LeCun normal: same std, same draws", () => {
    expect(initStd({ kind: 'xavier', dist: 'normal' }, 500, 10)).toBe(
      initStd({ kind: 'lecun', dist: 'normal' }, 500, 10),
    );
    expect(initStd({ kind: 'xavier', dist: 'normal' }, 500, 10)).toBe(1 / Math.sqrt(500));
    const a = initWeights({ kind: 'xavier', dist: 'normal' }, 500, 10, new Rng(3), new Float64Array(100));
    const b = initWeights({ kind: 'lecun', dist: 'normal' }, 500, 10, new Rng(3), new Float64Array(100));
    expect(a).toEqual(b);
    // …and differs from Glorot's formula whenever n_out ≠ n_in.
    expect(initStd({ kind: 'glorot', dist: 'normal' }, 500, 10)).not.toBeCloseTo(1 / Math.sqrt(500), 3);
  });
  test('He with gain 1 equals LeCun with the ReLU gain √2', () => {
    expect(initStd({ kind: 'he', dist: 'normal' }, 256, 64)).toBeCloseTo(
      initStd({ kind: 'lecun', dist: 'normal', gain: gain('relu') }, 256, 64),
      15,
    );
  });
  test('He with a leaky slope a: Var = 2/((1+a²)n_in), and equals LeCun with gain(leaky_relu, a)', () => {
    const a = 0.2;
    expect(initStd({ kind: 'he', dist: 'normal', slope: a }, 100, 1) ** 2).toBeCloseTo(2 / (1.04 * 100), 15);
    expect(initStd({ kind: 'he', dist: 'normal', slope: a }, 100, 1)).toBeCloseTo(
      initStd({ kind: 'lecun', dist: 'normal', gain: gain('leaky_relu', a) }, 100, 1),
      15,
    );
  });
  test('fixed initialisers', () => {
    const rng = new Rng(1);
    expect(initWeights({ kind: 'zeros' }, 3, 3, rng, new Float64Array(4).fill(7))).toEqual(new Float64Array(4));
    expect(initWeights({ kind: 'constant', value: 0.5 }, 3, 3, rng, new Float64Array(2))).toEqual(
      Float64Array.of(0.5, 0.5),
    );
    expect(initStd({ kind: 'uniform', limit: 0.3 }, 9, 9)).toBeCloseTo(0.3 / Math.sqrt(3), 15);
    const w = initWeights({ kind: 'normal', std: 0.01 }, 3, 3, rng, new Float64Array(SAMPLES));
    expect(Math.abs(moments(w).variance / 1e-4 - 1)).toBeLessThan(0.02);
    const u = initWeights({ kind: 'uniform', limit: 0.3 }, 3, 3, rng, new Float64Array(SAMPLES));
    expect(u.reduce((m, v) => Math.max(m, Math.abs(v)), 0)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(moments(u).variance / 0.03 - 1)).toBeLessThan(0.02);
  });
  test('bad fan-in throws', () => {
    expect(() => initStd({ kind: 'he', dist: 'normal' }, 0, 3)).toThrow();
  });
});

describe('gain', () => {
  test('conventional values', () => {
    expect(gain('linear')).toBe(1);
    expect(gain('identity')).toBe(1);
    expect(gain('sigmoid')).toBe(1);
    expect(gain('tanh')).toBeCloseTo(5 / 3, 15);
    expect(gain('relu')).toBeCloseTo(Math.SQRT2, 15);
    expect(gain('leaky_relu', 0.2)).toBeCloseTo(Math.sqrt(2 / 1.04), 15);
    expect(gain('leaky_relu')).toBeCloseTo(Math.sqrt(2 / (1 + 1e-4)), 15);
    expect(() => gain('gelu')).toThrow();
  });
});
