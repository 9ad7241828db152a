/**
 * Bayesian optimisation of an expensive function of a few numbers: a Gaussian-process (GP) model
 * of the trials so far, and the expected-improvement (EI) rule that picks the next point to try
 * (Snoek, Larochelle & Adams 2012; EI from Jones, Schonlau & Welch 1998).
 *
 *   const bo = new BayesOpt({ dims: 3, rng: root.fork('bayes') });
 *   for (let t = 0; t < 27; t++) {
 *     const u = bo.propose();            // a point of the unit cube [0, 1]³
 *     bo.observe(u, objective(u));       // lower is better; NaN marks a failed trial
 *   }
 *
 * The GP. The observations y₁…yₙ at x₁…xₙ are standardised (mean 0, variance 1) and modelled as
 * f(xᵢ) + noise, with f ~ GP(0, k), the Matérn 5/2 kernel and one length-scale ℓ_d per input:
 *   r² = Σ_d ((x_d − x'_d)/ℓ_d)²,        k(x, x') = (1 + √5·r + 5r²/3)·exp(−√5·r)
 * With K = [k(xᵢ, xⱼ)] + σₙ²·I = L·Lᵀ (Cholesky), α = K⁻¹y and k(x) = [k(x, xᵢ)]ᵢ, the posterior
 * of f at a point x is normal with
 *   mean μ(x) = k(x)ᵀα,                  variance σ²(x) = k(x, x) − ‖L⁻¹k(x)‖²
 * The length-scales are those of the grid LENGTH_SCALES that maximise the log marginal likelihood
 *   log p(y | ℓ) = −½·yᵀα − Σᵢ log Lᵢᵢ − (n/2)·log 2π
 * found one input at a time, in two sweeps.
 *
 * Expected improvement below the best observation y* (minimisation), with z = (y* − μ − ξ)/σ:
 *   EI(x) = (y* − μ − ξ)·Φ(z) + σ·φ(z),   φ(z) = exp(−z²/2)/√(2π),  Φ the normal CDF
 * is E[max(y* − ξ − f(x), 0)]: large where the mean is low (exploitation) or the uncertainty high
 * (exploration). The next point is the one of highest EI among `candidates` seeded uniform points
 * of the cube and small Gaussian steps around the three best observations.
 *
 * The first `init` points are a Latin hypercube: each input's range is cut into `init` equal
 * strata and every stratum gets exactly one point. A failed trial (NaN) counts as the worst value
 * observed so far. Every random number comes from `rng`: a seed gives the same proposals anywhere.
 */
import type { Rng } from './rng.ts';
import { exp, log, normalCdf } from './mathfn.ts';

const SQRT5 = Math.sqrt(5);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** The length-scales tried for each input (inputs live in [0, 1]). */
export const LENGTH_SCALES = [0.05, 0.1, 0.2, 0.35, 0.6, 1, 2] as const;

/** The Matérn 5/2 kernel k(a, b) with length-scales ℓ (its value at r = 0 is 1). */
export function matern52(a: ArrayLike<number>, b: ArrayLike<number>, ell: ArrayLike<number>): number {
  let r2 = 0;
  for (let d = 0; d < a.length; d++) {
    const t = (a[d] - b[d]) / ell[d];
    r2 += t * t;
  }
  const r = Math.sqrt(r2);
  return (1 + SQRT5 * r + (5 * r2) / 3) * exp(-SQRT5 * r);
}

/** A GP conditioned on observations: what `predict` needs. */
export interface Gp {
  X: number[][];
  /** The (already standardised) observations it was fitted to. */
  y: number[];
  ell: number[];
  /** σₙ², added to the diagonal of K. */
  noise: number;
  /** The Cholesky factor of K, row-major n × n (lower triangle). */
  L: Float64Array;
  /** α = K⁻¹y. */
  alpha: Float64Array;
  /** log p(y | ℓ). */
  logLik: number;
}

/** K = L·Lᵀ for a symmetric positive-definite n × n matrix; null if K is not (numerically) so. */
function cholesky(K: Float64Array, n: number): Float64Array | null {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = K[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      if (i === j) {
        if (!(s > 0)) return null;
        L[i * n + i] = Math.sqrt(s);
      } else L[i * n + j] = s / L[j * n + j];
    }
  }
  return L;
}

/** Solves L·z = b (forward substitution). */
function forward(L: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * z[k];
    z[i] = s / L[i * n + i];
  }
  return z;
}

/** Solves Lᵀ·z = b (back substitution). */
function backward(L: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  const z = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * z[k];
    z[i] = s / L[i * n + i];
  }
  return z;
}

/** Conditions a GP with length-scales `ell` and noise σₙ² on (X, y); null if K is not positive definite. */
export function fitGp(X: number[][], y: number[], ell: number[], noise: number): Gp | null {
  const n = X.length;
  const K = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) K[i * n + j] = K[j * n + i] = matern52(X[i], X[j], ell) + (i === j ? noise : 0);
  const L = cholesky(K, n);
  if (!L) return null;
  const alpha = backward(L, n, forward(L, n, y)); // α = L⁻ᵀ L⁻¹ y = K⁻¹ y
  let logLik = -0.5 * n * log(2 * Math.PI);
  for (let i = 0; i < n; i++) logLik += -0.5 * y[i] * alpha[i] - log(L[i * n + i]);
  return { X, y, ell, noise, L, alpha, logLik };
}

/** The posterior mean μ(x) and variance σ²(x) of f at x. */
export function predict(gp: Gp, x: ArrayLike<number>): { mean: number; variance: number } {
  const n = gp.X.length;
  const k = gp.X.map((xi) => matern52(x, xi, gp.ell));
  let mean = 0;
  for (let i = 0; i < n; i++) mean += k[i] * gp.alpha[i];
  const v = forward(gp.L, n, k);
  let vv = 0;
  for (let i = 0; i < n; i++) vv += v[i] * v[i];
  return { mean, variance: Math.max(1 - vv, 0) }; // k(x, x) = 1
}

/** EI(x) for a posterior N(mean, sd²), below the best value `best`, with margin ξ = xi. */
export function expectedImprovement(mean: number, sd: number, best: number, xi = 0): number {
  const d = best - mean - xi;
  if (!(sd > 0)) return Math.max(d, 0);
  const z = d / sd;
  return d * normalCdf(z) + sd * INV_SQRT_2PI * exp(-0.5 * z * z);
}

/** The GP of largest marginal likelihood over LENGTH_SCALES, one input at a time, two sweeps. */
export function fitBestGp(X: number[][], y: number[], noise: number): Gp {
  const dims = X[0].length;
  const ell = new Array<number>(dims).fill(0.35);
  let best: Gp | null = null;
  for (let sweep = 0; sweep < 2; sweep++) {
    for (let d = 0; d < dims; d++) {
      for (const c of LENGTH_SCALES) {
        const trial = ell.slice();
        trial[d] = c;
        const gp = fitGp(X, y, trial, noise);
        if (gp && (!best || gp.logLik > best.logLik)) best = gp;
      }
      if (best) ell[d] = best.ell[d];
    }
  }
  if (best) return best;
  // Every fit failed: a larger noise makes K better conditioned.
  if (noise > 1) throw new Error('fitBestGp: no length-scale gives a positive-definite K');
  return fitBestGp(X, y, noise * 100);
}

export interface BayesOptOptions {
  /** Number of inputs: proposals are points of [0, 1]^dims. */
  dims: number;
  rng: Rng;
  /** Latin-hypercube points before the GP takes over (default 5). */
  init?: number;
  /** Uniform candidates scored by EI per proposal (default 1000). */
  candidates?: number;
  /** EI's margin ξ, in standardised units (default 0.01). */
  xi?: number;
  /** σₙ², in standardised units (default 1e-6: the objective is deterministic). */
  noise?: number;
}

export class BayesOpt {
  readonly dims: number;
  /** Every point observed, in order, and its value (NaN: failed). */
  readonly X: number[][] = [];
  readonly y: number[] = [];
  private readonly rng: Rng;
  private readonly init: number[][];
  private readonly candidates: number;
  private readonly xi: number;
  private readonly noise: number;

  constructor(o: BayesOptOptions) {
    this.dims = o.dims;
    this.rng = o.rng;
    this.candidates = o.candidates ?? 1000;
    this.xi = o.xi ?? 0.01;
    this.noise = o.noise ?? 1e-6;
    const n = o.init ?? 5;
    // Latin hypercube: point i takes stratum perm_d[i] of input d, at a uniform place inside it.
    const perms = Array.from({ length: this.dims }, () => this.rng.permutation(n));
    this.init = Array.from({ length: n }, (_, i) => perms.map((p) => (p[i] + this.rng.uniform()) / n));
  }

  /** Records the value of the objective at u (NaN for a failed trial). */
  observe(u: readonly number[], value: number): void {
    this.X.push(u.slice());
    this.y.push(value);
  }

  /** The GP fitted to the observations so far, with the standardisation it used (null before any). */
  model(): { gp: Gp; mean: number; std: number; best: number } | null {
    const finite = this.y.filter((v) => Number.isFinite(v));
    if (this.X.length === 0) return null;
    const worst = finite.length ? Math.max(...finite) : 0;
    const ys = this.y.map((v) => (Number.isFinite(v) ? v : worst));
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    const sd = Math.sqrt(ys.reduce((a, b) => a + (b - mean) * (b - mean), 0) / ys.length);
    const std = sd > 0 ? sd : 1;
    const z = ys.map((v) => (v - mean) / std);
    return { gp: fitBestGp(this.X, z, this.noise), mean, std, best: Math.min(...z) };
  }

  /** The next point to evaluate. */
  propose(): number[] {
    if (this.X.length < this.init.length) return this.init[this.X.length].slice();
    const { gp, best } = this.model()!;
    const cands: number[][] = [];
    for (let c = 0; c < this.candidates; c++) cands.push(Array.from({ length: this.dims }, () => this.rng.uniform()));
    // Small steps (σ = 0.05 per input) around the three best observations refine a good region.
    const order = gp.y.map((v, i) => [v, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, i] of order.slice(0, 3))
      for (let c = 0; c < 50; c++)
        cands.push(this.X[i].map((x) => Math.min(1, Math.max(0, x + 0.05 * this.rng.normal()))));
    let arg = cands[0];
    let top = -Infinity;
    for (const u of cands) {
      const { mean, variance } = predict(gp, u);
      const ei = expectedImprovement(mean, Math.sqrt(variance), best, this.xi);
      if (ei > top) {
        top = ei;
        arg = u;
      }
    }
    return arg;
  }
}
