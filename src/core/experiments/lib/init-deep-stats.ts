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

/** Rows per block for elementwise passes (bounded scratch memory). */
export function rowsBlock(samples: number, width: number): number {
  return Math.max(1, Math.min(samples, Math.floor(262144 / width)));
}

/**
 * The standard deviation of ∂L/∂W = h_inᵀ·dz over W_SAMPLES random entries (i, j):
 * Σ_n h_in[n, i]·dz[n, j], with h_in read through `input(i, n)`, each input column computed once.
 */
export function weightGradStd(input: (i: number, n: number) => number, dz: Matrix, nIn: number, rng: Rng): number {
  const samples = dz.rows,
    nOut = dz.cols;
  let ws = 0,
    ws2 = 0;
  const K = Math.min(W_SAMPLES, nIn * nOut);
  const picks = new Int32Array(2 * K);
  for (let k = 0; k < K; k++) {
    picks[2 * k] = rng.int(nIn);
    picks[2 * k + 1] = rng.int(nOut);
  }
  const columns = new Map<number, Float64Array>();
  const column = (i: number): Float64Array => {
    let c = columns.get(i);
    if (!c) {
      c = new Float64Array(samples);
      for (let r = 0; r < samples; r++) c[r] = input(i, r);
      columns.set(i, c);
    }
    return c;
  };
  for (let k = 0; k < K; k++) {
    const h = column(picks[2 * k]),
      j = picks[2 * k + 1];
    let s = 0;
    for (let r = 0; r < samples; r++) s += h[r] * dz.data[r * nOut + j];
    ws += s;
    ws2 += s * s;
  }
  const wm = ws / K;
  return Math.sqrt(Math.max(0, ws2 / K - wm * wm));
}
