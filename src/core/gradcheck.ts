/**
 * Gradient checking: compare a backward pass against centred finite differences.
 *
 *   const layer = new Dense(4, 3, { init: { kind: 'he', dist: 'normal' }, rng });
 *   const r = checkLayerGradients(layer, x, { training: true });
 *   r.maxRelError        // ~1e-10 when backward is right; ~1 when it is wrong
 *   r.perParam           // { dx: …, W: …, b: … }
 *
 *   checkLossGradient((s) => { const o = softmaxCrossEntropy(s, y); return { loss: o.loss, grad: o.dscores }; }, scores);
 *
 * The centred difference  (L(θ + h) − L(θ − h)) / 2h  has error O(h²) from truncation plus
 * about ε·|L|/h from rounding (ε ≈ 1.1e−16 in float64); h = 1e−5 balances the two, so a correct
 * gradient typically agrees to a relative error of 1e−8 or better. Near a kink (ReLU at 0, a
 * maxout tie) the difference straddles the kink and the comparison is meaningless: keep inputs
 * further than h from kinks.
 *
 * A layer has a matrix output, so the check builds a scalar from it: L = Σ out ⊙ R with R a
 * fixed random matrix. Then ∂L/∂out = R, and backward(R) must give ∂L/∂x and every ∂L/∂θ.
 * A random R (not all ones) makes mistakes unlikely to cancel.
 */
import { matrix, type Matrix } from './matrix.ts';
import { Rng } from './rng.ts';
import type { Layer } from './layers/layer.ts';

/** What a gradient check needs: a layer, or several chained as one (a whole network). */
export type Differentiable = Pick<Layer, 'forward' | 'backward' | 'params'> & { readonly kind: string };

function norm2(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

/**
 * Relative error between an analytic and a numerical gradient.
 * Numbers: |a − b| / max(|a|, |b|, floor). Arrays: ‖a − b‖₂ / max(‖a‖₂, ‖b‖₂, floor), a
 * norm-wise measure (elementwise ratios blow up on entries whose true value is 0 and whose
 * estimates are rounding noise). 0 when the denominator is 0. `floor` (default 0) makes
 * gradients that are both tiny compare absolutely: a gradient that is truly zero (a bias just
 * before a BatchNorm) has an analytic value ~1e−17 and a numerical one ~1e−11, whose ratio
 * means nothing.
 */
export function relativeError(a: number | ArrayLike<number>, b: number | ArrayLike<number>, floor = 0): number {
  if (typeof a === 'number' || typeof b === 'number') {
    if (typeof a !== 'number' || typeof b !== 'number') throw new Error('relativeError: mixed number and array');
    const d = Math.max(Math.abs(a), Math.abs(b), floor);
    return d === 0 ? 0 : Math.abs(a - b) / d;
  }
  if (a.length !== b.length) throw new Error(`relativeError: lengths ${a.length} and ${b.length}`);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff += (a[i] - b[i]) * (a[i] - b[i]);
  const d = Math.max(norm2(a), norm2(b), floor);
  return d === 0 ? 0 : Math.sqrt(diff) / d;
}

/**
 * The numerical gradient of `loss()` with respect to the entries of `values` (which `loss`
 * reads), by centred differences: gᵢ = (L(vᵢ + h) − L(vᵢ − h)) / 2h. Each entry is restored
 * exactly afterwards. `indices` limits the work to some entries (the others are left 0).
 */
export function numericalGradient(
  loss: () => number,
  values: Float64Array,
  h = 1e-5,
  indices?: ArrayLike<number>,
): Float64Array {
  const g = new Float64Array(values.length);
  const n = indices ? indices.length : values.length;
  for (let t = 0; t < n; t++) {
    const i = indices ? indices[t] : t;
    const v = values[i];
    values[i] = v + h;
    const plus = loss();
    values[i] = v - h;
    const minus = loss();
    values[i] = v;
    g[i] = (plus - minus) / (2 * h);
  }
  return g;
}

/** Up to `max` distinct indices in [0, n), in increasing order (all of them if n ≤ max). */
function sampleIndices(n: number, max: number | undefined, rng: Rng): Int32Array {
  if (max === undefined || n <= max) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  return rng.permutation(n).subarray(0, max).sort();
}

function pick(a: Float64Array, idx: Int32Array): Float64Array {
  const out = new Float64Array(idx.length);
  for (let t = 0; t < idx.length; t++) out[t] = a[idx[t]];
  return out;
}

export interface LayerCheckOptions {
  /** Which mode to check (BatchNorm and Dropout differ between them). */
  training: boolean;
  /** Finite-difference step (default 1e-5). */
  h?: number;
  /** Seed of the random projection R (default 1). */
  seed?: number;
  /** Check at most this many entries of x and of each parameter, chosen at random (default all). */
  maxPerTensor?: number;
  /** Passed to relativeError: gradient norms below it are compared absolutely (default 0). */
  floor?: number;
}

export interface LayerCheckResult {
  /** The largest relative error over dx and all parameters. */
  maxRelError: number;
  /** Relative error of each checked gradient: 'dx' and each parameter by name ('name#k' for a repeat). */
  perParam: Record<string, number>;
  /** For each entry of perParam: the norms of both gradients and their largest entrywise gap. */
  details: Record<string, GradientComparison>;
}

/** How one analytic gradient compares with its numerical estimate (over the checked entries). */
export interface GradientComparison {
  relError: number;
  maxAbsError: number;
  analyticNorm: number;
  numericalNorm: number;
}

function compare(analytic: Float64Array, numerical: Float64Array, floor: number): GradientComparison {
  let maxAbsError = 0;
  for (let i = 0; i < analytic.length; i++) maxAbsError = Math.max(maxAbsError, Math.abs(analytic[i] - numerical[i]));
  return {
    relError: relativeError(analytic, numerical, floor),
    maxAbsError,
    analyticNorm: norm2(analytic),
    numericalNorm: norm2(numerical),
  };
}

/**
 * Checks `layer.backward` against finite differences of L = Σ layer.forward(x) ⊙ R, for the
 * input x and every parameter. `x` and the parameters are perturbed in place and restored;
 * afterwards the parameters' `grad` hold the analytic gradients of L.
 *
 * A gradient that is truly zero (e.g. the bias of a layer feeding a BatchNorm, which the
 * normalisation subtracts right out) has a meaningless relative error near 1: its analytic value
 * is rounding noise ~1e−17 and its numerical one ~1e−11. Read its `details` (both norms tiny)
 * or pass a `floor`.
 *
 * The layer must be deterministic (fix a Dropout's mask with `setFixedMask` first; this throws
 * otherwise). A BatchNorm checked in training mode updates its running statistics on each of
 * the many forward calls.
 */
export function checkLayerGradients(layer: Differentiable, x: Matrix, opts: LayerCheckOptions): LayerCheckResult {
  const training = opts.training;
  const h = opts.h ?? 1e-5;
  const floor = opts.floor ?? 0;
  const rng = new Rng(opts.seed ?? 1);

  const first = layer.forward(x, training);
  const R = matrix(first.rows, first.cols);
  rng.fillNormal(R.data);
  const loss = (): number => {
    const out = layer.forward(x, training).data,
      r = R.data;
    let s = 0;
    for (let i = 0; i < out.length; i++) s += out[i] * r[i];
    return s;
  };

  const l1 = loss(),
    l2 = loss();
  if (l1 !== l2) throw new Error(`checkLayerGradients: ${layer.kind} is not deterministic (fix its randomness first)`);

  // Analytic: one forward, then backward(R), since ∂L/∂out = R.
  layer.forward(x, training);
  const dx = Float64Array.from(layer.backward(R).data);
  const params = layer.params();
  const grads = params.map((p) => Float64Array.from(p.grad));

  const details: Record<string, GradientComparison> = {};
  const xi = sampleIndices(x.data.length, opts.maxPerTensor, rng);
  details.dx = compare(pick(dx, xi), pick(numericalGradient(loss, x.data, h, xi), xi), floor);
  params.forEach((p, k) => {
    const pi = sampleIndices(p.value.length, opts.maxPerTensor, rng);
    const num = numericalGradient(loss, p.value, h, pi);
    const key = p.name in details ? `${p.name}#${k}` : p.name;
    details[key] = compare(pick(grads[k], pi), pick(num, pi), floor);
    p.grad.set(grads[k]);
  });

  const perParam: Record<string, number> = {};
  let maxRelError = 0;
  for (const key in details) {
    perParam[key] = details[key].relError;
    maxRelError = Math.max(maxRelError, perParam[key]);
  }
  return { maxRelError, perParam, details };
}

/**
 * Checks a loss's gradient: `f(input)` returns the loss and its analytic gradient with respect
 * to `input`; the numerical gradient perturbs `input` in place (restored afterwards).
 */
export function checkLossGradient(
  f: (input: Matrix) => { loss: number; grad: Matrix },
  input: Matrix,
  opts: { h?: number } = {},
): { relError: number; analytic: Float64Array; numerical: Float64Array } {
  const analytic = Float64Array.from(f(input).grad.data);
  const numerical = numericalGradient(() => f(input).loss, input.data, opts.h ?? 1e-5);
  return { relError: relativeError(analytic, numerical), analytic, numerical };
}
