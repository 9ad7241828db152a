/**
 * B4: what the statistics average over. A small N×C×H×W tensor (a batch of N feature maps with C
 * channels of H×W positions) is normalised two ways:
 *
 *   per feature ("fully connected"): every (c, h, w) position is its own feature, averaged over
 *     the N examples only: C·H·W means, each over N numbers;
 *   per channel ("convolutional"): one mean and variance per channel c, averaged over the batch
 *     AND all H·W positions: C means, each over N·H·W numbers, so every position of a map is
 *     normalised the same way (the map stays a map: shifting a pattern shifts its output).
 *
 * The per-channel version is the core's own BatchNorm applied to the tensor reshaped to
 * (N·H·W) rows × C columns, which is how a convolutional BN reduces to the fully connected one.
 *
 *   const { result } = await runToEnd(bnConv, { n: 4, c: 3, h: 4, w: 4, seed: 1 }, ctx);
 *   result.channel.count      // N·H·W = 64 numbers per statistic
 *   result.feature.count      // N = 4
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matrix } from '../matrix.ts';
import { BatchNorm } from '../layers/batchnorm.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-conv';

export interface BnConvConfig {
  n: number;
  c: number;
  h: number;
  w: number;
  seed: number;
}

export interface BnConvStats {
  /** How many statistics (means) there are. */
  statistics: number;
  /** How many numbers each statistic averages. */
  count: number;
  /** Per statistic: mean and biased variance of the input over its group. */
  mean: number[];
  variance: number[];
  /** Normalised tensor, N·C·H·W values in NCHW order (γ = 1, β = 0). */
  out: number[];
  /** Largest |mean| and |variance − σ²/(σ² + ε)| of the output over each group. */
  maxGroupMean: number;
  maxGroupVarGap: number;
}

export interface BnConvResult {
  shape: [number, number, number, number];
  /** The input tensor, NCHW order. */
  x: number[];
  channel: BnConvStats;
  feature: BnConvStats;
  /**
   * Largest |mean| over the batch of a single (c, h, w) position after per-channel
   * normalisation: not 0, because a channel's statistic is shared by all its positions.
   */
  channelOutPositionMeanMax: number;
  /** Largest gap between the per-channel output and the core BatchNorm on the reshaped tensor. */
  coreGap: number;
}

const EPS = 1e-5;

// An experiment is a generator by contract; this one computes at once and has no frames to stream.
// eslint-disable-next-line require-yield
export const bnConv: Experiment<BnConvConfig, never, BnConvResult> = async function* bnConv(config) {
  const clampInt = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));
  const N = clampInt(config.n, 1, 16),
    C = clampInt(config.c, 1, 8),
    H = clampInt(config.h, 1, 8),
    W = clampInt(config.w, 1, 8);
  const rng = new Rng(config.seed).fork('data');
  const S = H * W;
  const at = (i: number, c: number, p: number) => (i * C + c) * S + p;
  // Each channel has its own offset and scale, and each position a small pattern of its own, so
  // the two normalisations differ visibly.
  const chMean = Array.from({ length: C }, () => Math.round(10 * (3 * rng.normal())) / 10);
  const chStd = Array.from({ length: C }, () => Math.round(10 * (0.5 + 2 * rng.uniform())) / 10);
  const posShift = Array.from({ length: C * S }, () => rng.normal());
  const x = new Float64Array(N * C * S);
  for (let i = 0; i < N; i++) {
    for (let c = 0; c < C; c++) {
      for (let p = 0; p < S; p++)
        x[at(i, c, p)] = Math.round(100 * (chMean[c] + chStd[c] * (rng.normal() + posShift[c * S + p]))) / 100;
    }
  }

  // Per channel: over i and p.
  const cm = new Array<number>(C).fill(0),
    cv = new Array<number>(C).fill(0);
  for (let c = 0; c < C; c++) {
    for (let i = 0; i < N; i++) for (let p = 0; p < S; p++) cm[c] += x[at(i, c, p)];
    cm[c] /= N * S;
    for (let i = 0; i < N; i++)
      for (let p = 0; p < S; p++) {
        const d = x[at(i, c, p)] - cm[c];
        cv[c] += d * d;
      }
    cv[c] /= N * S;
  }
  const outC = new Float64Array(x.length);
  for (let i = 0; i < N; i++)
    for (let c = 0; c < C; c++)
      for (let p = 0; p < S; p++) {
        outC[at(i, c, p)] = (x[at(i, c, p)] - cm[c]) / Math.sqrt(cv[c] + EPS);
      }

  // Per feature (c, p): over i only.
  const F = C * S;
  const fm = new Array<number>(F).fill(0),
    fv = new Array<number>(F).fill(0);
  for (let f = 0; f < F; f++) {
    const c = Math.floor(f / S),
      p = f % S;
    for (let i = 0; i < N; i++) fm[f] += x[at(i, c, p)];
    fm[f] /= N;
    for (let i = 0; i < N; i++) {
      const d = x[at(i, c, p)] - fm[f];
      fv[f] += d * d;
    }
    fv[f] /= N;
  }
  const outF = new Float64Array(x.length);
  for (let i = 0; i < N; i++)
    for (let f = 0; f < F; f++) {
      const c = Math.floor(f / S),
        p = f % S;
      outF[at(i, c, p)] = (x[at(i, c, p)] - fm[f]) / Math.sqrt(fv[f] + EPS);
    }

  // The core layer on the reshaped tensor: row (i, p), column c.
  const reshaped = matrix(N * S, C);
  for (let i = 0; i < N; i++)
    for (let c = 0; c < C; c++) for (let p = 0; p < S; p++) reshaped.data[(i * S + p) * C + c] = x[at(i, c, p)];
  const core = new BatchNorm(C, { eps: EPS }).forward(reshaped, true);
  let coreGap = 0;
  for (let i = 0; i < N; i++)
    for (let c = 0; c < C; c++)
      for (let p = 0; p < S; p++) {
        coreGap = Math.max(coreGap, Math.abs(core.data[(i * S + p) * C + c] - outC[at(i, c, p)]));
      }

  // Checks of each output over its own groups.
  let cMaxMean = 0,
    cMaxVarGap = 0;
  for (let c = 0; c < C; c++) {
    let m = 0,
      v = 0;
    for (let i = 0; i < N; i++) for (let p = 0; p < S; p++) m += outC[at(i, c, p)];
    m /= N * S;
    for (let i = 0; i < N; i++)
      for (let p = 0; p < S; p++) {
        const d = outC[at(i, c, p)] - m;
        v += d * d;
      }
    v /= N * S;
    cMaxMean = Math.max(cMaxMean, Math.abs(m));
    cMaxVarGap = Math.max(cMaxVarGap, Math.abs(v - cv[c] / (cv[c] + EPS)));
  }
  let fMaxMean = 0,
    fMaxVarGap = 0,
    posMeanMax = 0;
  for (let f = 0; f < F; f++) {
    const c = Math.floor(f / S),
      p = f % S;
    let m = 0,
      v = 0,
      mc = 0;
    for (let i = 0; i < N; i++) {
      m += outF[at(i, c, p)];
      mc += outC[at(i, c, p)];
    }
    m /= N;
    mc /= N;
    for (let i = 0; i < N; i++) {
      const d = outF[at(i, c, p)] - m;
      v += d * d;
    }
    v /= N;
    fMaxMean = Math.max(fMaxMean, Math.abs(m));
    fMaxVarGap = Math.max(fMaxVarGap, Math.abs(v - fv[f] / (fv[f] + EPS)));
    posMeanMax = Math.max(posMeanMax, Math.abs(mc));
  }

  return {
    shape: [N, C, H, W],
    x: Array.from(x),
    channel: {
      statistics: C,
      count: N * S,
      mean: cm,
      variance: cv,
      out: Array.from(outC),
      maxGroupMean: cMaxMean,
      maxGroupVarGap: cMaxVarGap,
    },
    feature: {
      statistics: F,
      count: N,
      mean: fm,
      variance: fv,
      out: Array.from(outF),
      maxGroupMean: fMaxMean,
      maxGroupVarGap: fMaxVarGap,
    },
    channelOutPositionMeanMax: posMeanMax,
    coreGap,
  };
};
export default bnConv;
