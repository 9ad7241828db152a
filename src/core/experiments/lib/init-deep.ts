/**
 * A deep stack of fully connected layers without biases, fed with unit Gaussian inputs: the
 * instrument behind the weight-initialisation chapters (experiments init-stats and
 * deriv-variance). It measures, layer by layer, what the activations and the back-propagated
 * gradients look like right after initialisation — from the real matrix products, not from a
 * formula.
 *
 *   const run = deepStack({ widths: [500, 500, 500], act: 'tanh', weight: (l, nIn, nOut) => ({ kind: 'xavier', dist: 'normal' }),
 *                           samples: 1000, seed: 1 });
 *   for await (const p of run) { if (p.stats) show(p.stats); }   // each layer as soon as it is measured
 *   // the generator's return value: one LayerStats per layer
 *
 * Forward, for l = 1 … L (h₀ = X, rows ~ N(0, I)):
 *   z_l = h_{l−1} W_l           W_l: n_{l−1} × n_l, drawn by `weight(l, n_{l−1}, n_l)`
 *   h_l = f(z_l)
 * Backward, from an upstream gradient G ~ N(0, 1) on h_L (as if the loss were Σ G ⊙ h_L):
 *   ∂L/∂z_l     = ∂L/∂h_l ⊙ f'(z_l)
 *   ∂L/∂W_l     = h_{l−1}ᵀ · ∂L/∂z_l          (estimated on a random sample of entries)
 *   ∂L/∂h_{l−1} = ∂L/∂z_l · W_lᵀ
 *
 * Streaming. Each layer's weights are drawn just before its product (in layer order from the
 * same stream, so the numbers are those of drawing them all first), and a frame carries each
 * layer's statistics as soon as they are measured: the activations on the way forward (the
 * gradient fields NaN), everything on the way back. A demo shows the first layer after one
 * product, not after the whole stack.
 *
 * The products are cut into blocks of rows so that the generator yields every ~60 M
 * multiply-adds (a few milliseconds): the page stays live and a stale run can be cancelled.
 * Only the pre-activations z_l are stored, plus two buffers of activations (h_l = f(z_l) is
 * recomputed once per layer on the way back, and serves both f'(z_l) and the weight gradient of
 * the layer above), so the memory is one float64 per sample and unit per layer, checked against
 * LIMITS first.
 *
 * Why this instrument does not run the network layers (layers/dense.ts, layers/activation.ts),
 * which compute the same products:
 * - Memory. A Dense + Activation pair keeps its output, the activation's output, and in backward
 *   ∂L/∂z, ∂L/∂x and the full ∂L/∂W: for 10 layers of 500 units on 1,000 samples that is about
 *   22.5 M float64 (180 MB) against 7 M (56 MB) here. Through the layers, that configuration is
 *   refused by LIMITS.maxTotalActivationElements (measured: 1,000 × 10,000 > 8,388,608, since each
 *   pair counts twice), while the chapters' explorer reaches 20 × 1,000 units.
 * - Responsiveness. A layer's forward is one product; at 2,000 samples × 1,000 × 1,000 that is
 *   2 G multiply-adds (about half a second here) during which a worker cannot pause or cancel.
 *   Here a yield comes every 60 M.
 * - Work. The weight gradient's spread is estimated on W_SAMPLES entries, not by the full
 *   product xᵀ·∂L/∂z (as much work again as the forward pass).
 * Its statistics use probes.ts's moments, like every other measurement.
 */
import { matmul, matmulBT, matrix, type Matrix } from '../../matrix.ts';
import { Rng } from '../../rng.ts';
import { initWeights, type InitSpec } from '../../init.ts';
import { activation, activationBackward, activationForward, type ActivationFn } from '../../activations.ts';
import { checkBatchLimits, checkLimit } from '../../limits.ts';
import {
  activityOf,
  histRange,
  histogramOf,
  momentsOf,
  rowBlocks,
  weightGradStd,
  W_SAMPLES,
} from './init-deep-stats.ts';

export { W_SAMPLES };

/** The activations the chapters compare ('linear' is the identity). */
export type DeepAct = 'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu';
export const DEEP_ACTS: readonly DeepAct[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu'];

export interface DeepStackSpec {
  /** [input width, n_1, …, n_L]. */
  widths: number[];
  act: DeepAct;
  /** Negative slope of leaky_relu (default 0.01) or ELU's α (default 1). */
  alpha?: number;
  /** The initialiser of layer l (1-based) with fan-in nIn and fan-out nOut. */
  weight: (l: number, nIn: number, nOut: number) => InitSpec;
  samples: number;
  seed: number;
  /** Histogram bins (default 40). */
  bins?: number;
}

export interface LayerStats {
  /** 1-based layer number. */
  layer: number;
  nIn: number;
  nOut: number;
  /** Mean and (population) standard deviation of the activations h_l. */
  mean: number;
  std: number;
  /** Fraction of h_l in the flat part of sigmoid (< 0.01 or > 0.99) or tanh (|h| > 0.99); 0 otherwise. */
  saturated: number;
  /** Fraction of h_l exactly 0 (ReLU units that are off). */
  zero: number;
  /** Standard deviation of ∂L/∂h_l, the gradient with respect to the activations. */
  grad_std: number;
  /** Standard deviation of ∂L/∂z_l, the gradient with respect to the pre-activations. */
  dz_std: number;
  /** Mean of the local gradient f'(z_l). */
  local_grad: number;
  /** Standard deviation of ∂L/∂W_l (estimated from `W_SAMPLES` random entries). */
  wgrad_std: number;
  /** Variance of the pre-activations z_l. */
  z_var: number;
  /** Second moment E[h_{l−1}²] of the layer's input (E[x²] for layer 1). */
  in_m2: number;
  /** Variance of the layer's input h_{l−1} (of x for layer 1). */
  in_var: number;
  /** E[f(z)²] / Var(z) measured on this layer: the fraction of the variance the nonlinearity keeps. */
  kappa: number;
  /** E[f'(z)²]: the backward counterpart of kappa. */
  kappa_back: number;
  /** Variance of ∂L/∂h_{l−1} divided by the variance of ∂L/∂h_l (the backward ratio across W_l and f). */
  back_ratio: number;
  /** Sample variance of the drawn weights W_l. */
  w_var: number;
  /** Histogram counts of h_l over `range` (for ReLU, of the non-zero values: the zeros are `zero`). */
  hist: number[];
}

export interface DeepStackResult {
  layers: LayerStats[];
  /** Histogram range shared by every layer. */
  range: [number, number];
  /** True if a value became NaN or infinite. */
  diverged: boolean;
}

export interface DeepProgress {
  phase: 'forward' | 'backward';
  layer: number;
  /** Fraction of the whole computation done, 0–1. */
  done: number;
  /**
   * Once per layer and direction, the layer's statistics as measured so far: after its forward
   * pass the activations (gradient fields NaN), after its backward pass all of them.
   */
  stats?: LayerStats;
  /** The histogram range every layer shares (with each `stats`). */
  range?: [number, number];
}

/** Multiply-adds between two yields (fewer, larger blocks repack each W less often). */
const WORK_PER_YIELD = 60e6;

function coreName(act: DeepAct): 'identity' | Exclude<DeepAct, 'linear'> {
  return act === 'linear' ? 'identity' : act;
}

export async function* deepStack(spec: DeepStackSpec): AsyncGenerator<DeepProgress, DeepStackResult, void> {
  const { widths, samples, act } = spec;
  const L = widths.length - 1;
  if (L < 1) throw new Error('deepStack: need at least one layer');
  checkLimit('maxDepth', L, 'number of layers');
  for (let i = 0; i < widths.length; i++) checkLimit('maxWidth', widths[i], `layer width (${i})`);
  const widest = Math.max(...widths);
  checkBatchLimits(
    samples,
    widest,
    widths.reduce((a, b) => a + b, 0),
  );
  const alpha = spec.alpha ?? (act === 'elu' ? 1 : 0.01);
  const fn: ActivationFn = activation(act === 'leaky_relu' || act === 'elu' ? { name: act, alpha } : coreName(act));
  const bins = spec.bins ?? 40;
  const root = new Rng(spec.seed);
  const initRng = root.fork('init');
  const dataRng = root.fork('data');
  const gradRng = root.fork('grad');
  const pickRng = root.fork('pick');

  // Total multiply-adds, for the progress fraction: forward and backward products.
  let totalWork = 0;
  for (let l = 1; l <= L; l++) totalWork += 2 * samples * widths[l - 1] * widths[l];
  let work = 0;

  const X = matrix(samples, widths[0]);
  dataRng.fillNormal(X.data);
  const W: Matrix[] = [];

  // ----- forward -----
  const Z: Matrix[] = [];
  let hPrev = X;
  let inMoments = momentsOf(X.data);
  const hBufs = [new Float64Array(samples * widest), new Float64Array(samples * widest)];
  const stats: LayerStats[] = [];
  let range: [number, number] = [-1, 1];
  let diverged = !inMoments.finite;
  for (let l = 1; l <= L; l++) {
    const nIn = widths[l - 1],
      nOut = widths[l];
    // Drawn now rather than all before the first layer: the same draws in the same order.
    const w = matrix(nIn, nOut);
    initWeights(spec.weight(l, nIn, nOut), nIn, nOut, initRng, w.data);
    W.push(w);
    const z = matrix(samples, nOut);
    for (const [r0, rows] of rowBlocks(samples, nIn * nOut, WORK_PER_YIELD)) {
      const a = matrix(rows, nIn, hPrev.data.subarray(r0 * nIn, (r0 + rows) * nIn));
      const o = matrix(rows, nOut, z.data.subarray(r0 * nOut, (r0 + rows) * nOut));
      matmul(a, w, o);
      work += rows * nIn * nOut;
      yield { phase: 'forward', layer: l, done: work / totalWork };
    }
    Z.push(z);
    const h = matrix(samples, nOut, hBufs[l % 2].subarray(0, samples * nOut));
    activationForward(fn, z.data, h.data);
    const zm = momentsOf(z.data);
    const hm = momentsOf(h.data);
    if (!zm.finite || !hm.finite) diverged = true;
    if (l === 1) range = histRange(act, alpha, hm);
    const st: LayerStats = {
      layer: l,
      nIn,
      nOut,
      mean: hm.mean,
      std: Math.sqrt(hm.varc),
      ...activityOf(h.data, act),
      grad_std: NaN,
      dz_std: NaN,
      local_grad: NaN,
      wgrad_std: NaN,
      z_var: zm.varc,
      in_m2: inMoments.m2,
      in_var: inMoments.varc,
      kappa: zm.varc > 0 ? hm.m2 / zm.varc : NaN,
      kappa_back: NaN,
      back_ratio: NaN,
      w_var: momentsOf(w.data).m2,
      hist: histogramOf(h.data, bins, range, act === 'relu'),
    };
    stats.push(st);
    yield { phase: 'forward', layer: l, done: work / totalWork, stats: { ...st }, range };
    hPrev = h;
    inMoments = hm;
  }

  // ----- backward -----
  // h_L from the forward pass; on the way down h_{l−1} is recomputed once, for ∂L/∂W_l and f'(z_{l−1}).
  let hCur = hPrev;
  let dh = matrix(samples, widths[L]);
  gradRng.fillNormal(dh.data);
  let dhm = momentsOf(dh.data);
  const dz = new Float64Array(samples * widest);
  const dBuf = new Float64Array(samples * widest); // f'(z_l)
  const ones = new Float64Array(samples * widest).fill(1);
  const dhBufs = [new Float64Array(samples * widest), new Float64Array(samples * widest)];
  for (let l = L; l >= 1; l--) {
    const nIn = widths[l - 1],
      nOut = widths[l];
    const n = samples * nOut;
    const z = Z[l - 1];
    const dzl = matrix(samples, nOut, dz.subarray(0, n));
    // f'(z) once (as dz of an upstream gradient of ones: exactly f'), then dz = dh ⊙ f'(z).
    const d = dBuf.subarray(0, n);
    activationBackward(fn, z.data, hCur.data, ones.subarray(0, n), d);
    let sumF = 0;
    let m2f = 0;
    const g = dh.data;
    for (let i = 0; i < n; i++) {
      const di = d[i];
      dzl.data[i] = g[i] * di;
      sumF += di;
      m2f += di * di;
    }
    const dzm = momentsOf(dzl.data);
    const st = stats[l - 1];
    st.grad_std = Math.sqrt(dhm.varc);
    st.dz_std = Math.sqrt(dzm.varc);
    st.local_grad = sumF / n;
    st.kappa_back = m2f / n;
    if (!dhm.finite || !dzm.finite) diverged = true;

    // h_{l−1}: the input of layer l (X for layer 1).
    let hIn = X;
    if (l > 1) {
      hIn = matrix(samples, nIn, hBufs[(l - 1) % 2].subarray(0, samples * nIn));
      activationForward(fn, Z[l - 2].data, hIn.data);
    }
    // ∂L/∂W_l on a random sample of entries: Σ_n h_{l−1}[n, i] · dz[n, j].
    st.wgrad_std = weightGradStd(hIn, dzl, pickRng);
    yield { phase: 'backward', layer: l, done: work / totalWork };

    // ∂L/∂h_{l−1} = dz · W_lᵀ, in blocks of rows.
    const next = matrix(samples, nIn, dhBufs[l % 2].subarray(0, samples * nIn));
    for (const [r0, rows] of rowBlocks(samples, nIn * nOut, WORK_PER_YIELD)) {
      const a = matrix(rows, nOut, dzl.data.subarray(r0 * nOut, (r0 + rows) * nOut));
      const o = matrix(rows, nIn, next.data.subarray(r0 * nIn, (r0 + rows) * nIn));
      matmulBT(a, W[l - 1], o);
      work += rows * nIn * nOut;
      yield { phase: 'backward', layer: l, done: work / totalWork };
    }
    const nm = momentsOf(next.data);
    st.back_ratio = dhm.varc > 0 ? nm.varc / dhm.varc : NaN;
    yield { phase: 'backward', layer: l, done: work / totalWork, stats: { ...st }, range };
    dh = next;
    dhm = nm;
    hCur = hIn;
  }
  return { layers: stats, range, diverged };
}
