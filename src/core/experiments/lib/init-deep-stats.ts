/**
 * The statistics helpers of the deep-stack instrument (init-deep.ts): moments, the shared
 * histogram range and counts, and the sampled spread of a weight gradient.
 */
import type { Matrix } from '../../matrix.ts';
import type { Rng } from '../../rng.ts';
import { moments } from '../../probes.ts';
import type { DeepAct } from './init-deep.ts';

/** Number of random entries of ∂L/∂W_l used to estimate its standard deviation. */
export const W_SAMPLES = 2048;

/** Mean, variance, second moment E[x²], and whether all three are finite. */
export function momentsOf(a: Float64Array) {
  const { mean, variance } = moments(a);
  return {
    mean,
    varc: variance,
    m2: variance + mean * mean,
    finite: Number.isFinite(mean) && Number.isFinite(variance),
  };
}

/** The histogram range shared by every layer: the activation's range where it is bounded, else from layer 1. */
export function histRange(act: DeepAct, alpha: number, first: ReturnType<typeof momentsOf>): [number, number] {
  if (act === 'tanh') return [-1, 1];
  if (act === 'sigmoid') return [0, 1];
  const s = Math.sqrt(first.varc);
  const hi = first.mean + 4 * s;
  let lo = first.mean - 4 * s;
  if (act === 'relu') lo = 0;
  if (act === 'elu') lo = Math.max(-alpha, lo);
  if (!(hi > lo) || !Number.isFinite(hi) || !Number.isFinite(lo)) return [-1, 1];
  return [lo, hi];
}

/** Counts of `values` in `bins` equal bins over `range`; values outside go to the end bins, NaNs nowhere. */
export function histogramOf(values: Float64Array, bins: number, range: [number, number], skipZeros = false): number[] {
  const [lo, hi] = range;
  const scale = bins / (hi - lo);
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v || (skipZeros && v === 0)) continue;
    let b = Math.floor((v - lo) * scale);
    if (b < 0) b = 0;
    else if (b >= bins) b = bins - 1;
    counts[b]++;
  }
  return counts;
}

/**
 * The fraction of `h` in the flat part of the activation (sigmoid below 0.01 or above 0.99, tanh
 * beyond ±0.99; 0 for the others) and the fraction exactly 0, in one pass.
 */
export function activityOf(h: Float64Array, act: DeepAct): { saturated: number; zero: number } {
  let sat = 0,
    zero = 0;
  const n = h.length;
  if (act === 'sigmoid')
    for (let i = 0; i < n; i++) {
      const v = h[i];
      if (v < 0.01 || v > 0.99) sat++;
      if (v === 0) zero++;
    }
  else if (act === 'tanh')
    for (let i = 0; i < n; i++) {
      const v = h[i];
      if (Math.abs(v) > 0.99) sat++;
      if (v === 0) zero++;
    }
  else for (let i = 0; i < n; i++) if (h[i] === 0) zero++;
  return { saturated: sat / n, zero: zero / n };
}

/**
 * [first row, row count] of the blocks a product of `rows` rows is cut into, each about `work`
 * multiply-adds (at least one row) when a row costs `perRow`.
 */
export function* rowBlocks(rows: number, perRow: number, work: number): Generator<[number, number]> {
  const block = Math.max(1, Math.floor(work / perRow));
  for (let r0 = 0; r0 < rows; r0 += block) yield [r0, Math.min(block, rows - r0)];
}

/**
 * The standard deviation of ∂L/∂W = h_inᵀ·dz over W_SAMPLES random entries (i, j):
 * Σ_n h_in[n, i]·dz[n, j], every sum taken over n in order, all of them in one pass over the
 * rows (each row of h_in and dz is read once, while it is in the cache).
 */
export function weightGradStd(hIn: Matrix, dz: Matrix, rng: Rng): number {
  const samples = dz.rows,
    nOut = dz.cols,
    nIn = hIn.cols;
  const K = Math.min(W_SAMPLES, nIn * nOut);
  const pi = new Int32Array(K);
  const pj = new Int32Array(K);
  for (let k = 0; k < K; k++) {
    pi[k] = rng.int(nIn);
    pj[k] = rng.int(nOut);
  }
  const sums = new Float64Array(K);
  const h = hIn.data,
    d = dz.data;
  for (let r = 0; r < samples; r++) {
    const hr = r * nIn,
      dr = r * nOut;
    for (let k = 0; k < K; k++) sums[k] += h[hr + pi[k]] * d[dr + pj[k]];
  }
  let ws = 0,
    ws2 = 0;
  for (let k = 0; k < K; k++) {
    ws += sums[k];
    ws2 += sums[k] * sums[k];
  }
  const wm = ws / K;
  return Math.sqrt(Math.max(0, ws2 / K - wm * wm));
}
