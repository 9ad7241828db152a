/**
 * The Gaussian process and expected improvement of src/core/bayesopt.ts, checked against hand
 * computation, against the closed form by numerical integration, and by what it is for: finding
 * the minimum of a known function in fewer trials than random search.
 */
import { describe, expect, test } from 'vitest';
import { BayesOpt, expectedImprovement, fitBestGp, fitGp, matern52, predict } from '../../src/core/bayesopt.ts';
import { Rng } from '../../src/core/rng.ts';

/** Matérn 5/2 at distance r (length-scale 1), written out again here. */
const k52 = (r: number) => (1 + Math.sqrt(5) * r + (5 * r * r) / 3) * Math.exp(-Math.sqrt(5) * r);

describe('the kernel', () => {
  test('Matérn 5/2: 1 at distance 0, the formula elsewhere, per-input length-scales', () => {
    expect(matern52([0.3, 0.7], [0.3, 0.7], [0.2, 0.5])).toBe(1);
    expect(matern52([0], [0.5], [0.25])).toBeCloseTo(k52(2), 14);
    // r² = (0.1/0.2)² + (0.3/0.5)² = 0.25 + 0.36
    expect(matern52([0.1, 0.3], [0.2, 0], [0.2, 0.5])).toBeCloseTo(k52(Math.sqrt(0.61)), 14);
  });
});

describe('the GP posterior on two points, by hand', () => {
  // x₁ = 0, x₂ = 1, y = (1, −1), ℓ = 1, σₙ² = 0.01. With a = k(0, 1) and K = [[1 + σₙ², a], [a, 1 + σₙ²]],
  // K⁻¹ = [[d, −a], [−a, d]] / (d² − a²), d = 1 + σₙ².
  const a = k52(1);
  const d = 1.01;
  const det = d * d - a * a;
  const Kinv = [
    [d / det, -a / det],
    [-a / det, d / det],
  ];
  const y = [1, -1];
  const gp = fitGp([[0], [1]], y, [1], 0.01)!;

  test('mean k*ᵀK⁻¹y and variance 1 − k*ᵀK⁻¹k* at x = 0.25', () => {
    const ks = [k52(0.25), k52(0.75)];
    const alpha = [Kinv[0][0] * y[0] + Kinv[0][1] * y[1], Kinv[1][0] * y[0] + Kinv[1][1] * y[1]];
    const mean = ks[0] * alpha[0] + ks[1] * alpha[1];
    const quad = ks[0] * (Kinv[0][0] * ks[0] + Kinv[0][1] * ks[1]) + ks[1] * (Kinv[1][0] * ks[0] + Kinv[1][1] * ks[1]);
    const p = predict(gp, [0.25]);
    expect(p.mean).toBeCloseTo(mean, 12);
    expect(p.variance).toBeCloseTo(1 - quad, 12);
  });

  test('at an observed point the mean is nearly the observation and the variance nearly σₙ²', () => {
    const p = predict(gp, [0]);
    expect(p.mean).toBeCloseTo(y[0], 1);
    expect(p.variance).toBeLessThan(0.011);
    // Far from the data the GP returns to its prior: mean 0, variance 1.
    const far = predict(gp, [40]);
    expect(Math.abs(far.mean)).toBeLessThan(1e-12);
    expect(far.variance).toBeCloseTo(1, 12);
  });

  test('log marginal likelihood −½yᵀK⁻¹y − ½log det K − log 2π', () => {
    const quad = y[0] * (Kinv[0][0] * y[0] + Kinv[0][1] * y[1]) + y[1] * (Kinv[1][0] * y[0] + Kinv[1][1] * y[1]);
    expect(gp.logLik).toBeCloseTo(-0.5 * quad - 0.5 * Math.log(det) - Math.log(2 * Math.PI), 12);
  });

  test('fitBestGp picks the length-scale of largest likelihood', () => {
    const X = [[0], [0.2], [0.4], [0.6], [0.8], [1]];
    const ys = X.map(([x]) => Math.sin(6 * x));
    const best = fitBestGp(X, ys, 1e-6);
    for (const l of [0.05, 0.1, 0.2, 0.35, 0.6, 1, 2]) {
      expect(best.logLik).toBeGreaterThanOrEqual(fitGp(X, ys, [l], 1e-6)!.logLik);
    }
  });
});

describe('expected improvement', () => {
  /** E[max(best − ξ − f, 0)] for f ~ N(mean, sd²), by the trapezoid rule over ±12 sd. */
  function byIntegration(mean: number, sd: number, best: number, xi: number): number {
    const n = 200_000;
    const lo = mean - 12 * sd;
    const h = (24 * sd) / n;
    let s = 0;
    for (let i = 0; i <= n; i++) {
      const f = lo + i * h;
      const w = i === 0 || i === n ? 0.5 : 1;
      const pdf = Math.exp(-0.5 * ((f - mean) / sd) ** 2) / (sd * Math.sqrt(2 * Math.PI));
      s += w * Math.max(best - xi - f, 0) * pdf;
    }
    return s * h;
  }

  test.each([
    [0, 1, 0, 0],
    [0.5, 0.3, 0, 0.01],
    [-1, 2, 0.2, 0],
    [2, 0.5, 0, 0],
  ])('EI(mean %d, sd %d, best %d, ξ %d) equals the integral', (mean, sd, best, xi) => {
    expect(expectedImprovement(mean, sd, best, xi)).toBeCloseTo(byIntegration(mean, sd, best, xi), 8);
  });

  test('without uncertainty EI is the plain improvement; it grows with the uncertainty', () => {
    expect(expectedImprovement(-0.3, 0, 0)).toBe(0.3);
    expect(expectedImprovement(0.3, 0, 0)).toBe(0);
    expect(expectedImprovement(0.3, 1, 0)).toBeGreaterThan(expectedImprovement(0.3, 0.5, 0));
    // At mean = best, EI = σ·φ(0) = σ/√(2π).
    expect(expectedImprovement(0, 2, 0)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI), 14);
  });
});

describe('Bayesian optimisation', () => {
  /** Branin, rescaled to the unit square; its minimum 0.397887 is reached at three points. */
  const branin = ([u, v]: number[]) => {
    const x = -5 + 15 * u;
    const y = 15 * v;
    const b = 5.1 / (4 * Math.PI ** 2);
    return (y - b * x * x + (5 / Math.PI) * x - 6) ** 2 + 10 * (1 - 1 / (8 * Math.PI)) * Math.cos(x) + 10;
  };
  const BRANIN_MIN = 0.397887;

  test('the first points are a Latin hypercube: one per stratum of each input', () => {
    const bo = new BayesOpt({ dims: 3, rng: new Rng(4), init: 6 });
    const first = Array.from({ length: 6 }, () => {
      const u = bo.propose();
      bo.observe(u, 0);
      return u;
    });
    for (let d = 0; d < 3; d++) {
      expect(first.map((u) => Math.floor(u[d] * 6)).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  test('a seed gives the same proposals', () => {
    const runOnce = () => {
      const bo = new BayesOpt({ dims: 2, rng: new Rng(9) });
      for (let t = 0; t < 8; t++) {
        const u = bo.propose();
        bo.observe(u, branin(u));
      }
      return bo.X;
    };
    expect(runOnce()).toEqual(runOnce());
  });

  test('on Branin it gets closer to the minimum than random search in 20 trials, over 8 seeds', () => {
    const gaps = { bo: [] as number[], random: [] as number[] };
    for (let seed = 1; seed <= 8; seed++) {
      const bo = new BayesOpt({ dims: 2, rng: new Rng(seed).fork('bo') });
      const r = new Rng(seed).fork('random');
      let bestBo = Infinity;
      let bestRandom = Infinity;
      for (let t = 0; t < 20; t++) {
        const u = bo.propose();
        const y = branin(u);
        bo.observe(u, y);
        bestBo = Math.min(bestBo, y);
        bestRandom = Math.min(bestRandom, branin([r.uniform(), r.uniform()]));
      }
      gaps.bo.push(bestBo - BRANIN_MIN);
      gaps.random.push(bestRandom - BRANIN_MIN);
    }
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(mean(gaps.bo)).toBeLessThan(0.25 * mean(gaps.random));
    expect(gaps.bo.filter((g, i) => g < gaps.random[i]).length).toBeGreaterThanOrEqual(7);
  });

  test('a failed trial (NaN) counts as the worst value, and the search goes on', () => {
    const bo = new BayesOpt({ dims: 1, rng: new Rng(2), init: 3 });
    for (const [u, y] of [
      [[0.1], 1],
      [[0.5], NaN],
      [[0.9], 2],
    ] as const)
      bo.observe(u, y);
    const m = bo.model()!;
    expect(m.gp.y[1]).toBeCloseTo(m.gp.y[2], 12);
    const next = bo.propose();
    expect(next[0]).toBeGreaterThanOrEqual(0);
    expect(next[0]).toBeLessThanOrEqual(1);
  });
});
