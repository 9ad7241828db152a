/**
 * B1, B2, B5: one mini-batch through the core's BatchNorm layer, step by step. A small batch of
 * N rows and 3 features (with different means and spreads) is normalised per feature, then
 * scaled by γ and shifted by β; a random upstream gradient is back-propagated and checked
 * against finite differences.
 *
 *   const { result } = await runToEnd(bnBatch, { n: 6, seed: 1, eps: 1e-5, undo: false,
 *     gamma: [1, 1, 1], beta: [0, 0, 0] }, ctx);
 *   result.mean, result.variance     // μ_B and σ²_B per feature
 *   result.xhat                      // (x − μ_B)/√(σ²_B + ε): per-feature mean 0, variance σ²/(σ² + ε)
 *   result.maxAbsDiff                // max |y − x|: 0 (to rounding) when undo is set
 *
 * With `undo`, γ_j = √(σ²_j + ε) and β_j = μ_j are computed from this batch, which makes the
 * layer the identity on it (B5).
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matrix } from '../matrix.ts';
import { BatchNorm } from '../layers/batchnorm.ts';
import { checkLayerGradients } from '../gradcheck.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-batch';

export const BN_BATCH_FEATURES = 3;
/** Means and spreads of the three features of the demo batch. */
const FEATURE_MEAN = [2, -1, 0.5];
const FEATURE_STD = [1.5, 0.3, 3];

export interface BnBatchConfig {
  /** Rows in the batch (2–32). */
  n: number;
  seed: number;
  /** ε in √(σ² + ε). */
  eps: number;
  /** Set γ = √(σ² + ε) and β = μ of this batch (the identity). */
  undo: boolean;
  /** γ and β per feature (3 each), used when `undo` is false. */
  gamma: number[];
  beta: number[];
}

export interface BnBatchResult {
  x: number[][];
  mean: number[];
  variance: number[];
  /** 1/√(σ² + ε). */
  invStd: number[];
  xhat: number[][];
  /** Per feature: mean and (biased) variance of x̂ over the batch. */
  xhatMean: number[];
  xhatVar: number[];
  gamma: number[];
  beta: number[];
  y: number[][];
  /** Per feature: max over rows of |y − x|. */
  diff: number[];
  maxAbsDiff: number;
  /** y recomputed by hand from the formulas, and its largest gap to the layer's output. */
  formulaGap: number;
  /** Backward pass for an upstream gradient dy (seeded). */
  dy: number[][];
  dx: number[][];
  dgamma: number[];
  dbeta: number[];
  /** Per feature Σᵢ dxᵢ (0: shifting a feature's whole column cannot change a normalised output). */
  dxColumnSums: number[];
  /** Largest relative error of dx, dγ, dβ against centred finite differences. */
  gradRelError: number;
}

const rows = (data: Float64Array, n: number, d: number) =>
  Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * d, i * d + d)));

// An experiment is a generator by contract; this one computes at once and has no frames to stream.
// eslint-disable-next-line require-yield
export const bnBatch: Experiment<BnBatchConfig, never, BnBatchResult> = async function* bnBatch(config) {
  const D = BN_BATCH_FEATURES;
  const N = Math.max(2, Math.min(32, Math.round(config.n)));
  const root = new Rng(config.seed);
  const dataRng = root.fork('data');
  const x = matrix(N, D);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < D; j++)
      x.data[i * D + j] = Math.round(100 * (FEATURE_MEAN[j] + FEATURE_STD[j] * dataRng.normal())) / 100;
  }

  // Step by step, in the order of the formulas.
  const mean = new Array<number>(D).fill(0);
  const variance = new Array<number>(D).fill(0);
  for (let j = 0; j < D; j++) {
    for (let i = 0; i < N; i++) mean[j] += x.data[i * D + j];
    mean[j] /= N;
    for (let i = 0; i < N; i++) {
      const d = x.data[i * D + j] - mean[j];
      variance[j] += d * d;
    }
    variance[j] /= N;
  }
  const invStd = variance.map((v) => 1 / Math.sqrt(v + config.eps));
  const gamma = config.undo ? variance.map((v) => Math.sqrt(v + config.eps)) : config.gamma.slice(0, D);
  const beta = config.undo ? mean.slice() : config.beta.slice(0, D);

  // The core layer on the same batch.
  const bn = new BatchNorm(D, { eps: config.eps });
  bn.gamma.value.set(gamma);
  bn.beta.value.set(beta);
  const y = bn.forward(x, true);
  const Y = Float64Array.from(y.data);

  const xhat = new Float64Array(N * D);
  let formulaGap = 0;
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < D; j++) {
      const k = i * D + j;
      xhat[k] = (x.data[k] - mean[j]) * invStd[j];
      formulaGap = Math.max(formulaGap, Math.abs(gamma[j] * xhat[k] + beta[j] - Y[k]));
    }
  }
  const xhatMean = new Array<number>(D).fill(0);
  const xhatVar = new Array<number>(D).fill(0);
  const diff = new Array<number>(D).fill(0);
  for (let j = 0; j < D; j++) {
    for (let i = 0; i < N; i++) xhatMean[j] += xhat[i * D + j];
    xhatMean[j] /= N;
    for (let i = 0; i < N; i++) {
      const d = xhat[i * D + j] - xhatMean[j];
      xhatVar[j] += d * d;
      diff[j] = Math.max(diff[j], Math.abs(Y[i * D + j] - x.data[i * D + j]));
    }
    xhatVar[j] /= N;
  }

  // Backward for a seeded upstream gradient.
  const dy = matrix(N, D);
  root.fork('dy').fillNormal(dy.data);
  bn.forward(x, true);
  const dxM = bn.backward(dy);
  const dx = Float64Array.from(dxM.data);
  const dgamma = Array.from(bn.gamma.grad);
  const dbeta = Array.from(bn.beta.grad);
  const dxColumnSums = new Array<number>(D).fill(0);
  for (let i = 0; i < N; i++) for (let j = 0; j < D; j++) dxColumnSums[j] += dx[i * D + j];
  const check = checkLayerGradients(withParams(D, config.eps, gamma, beta), x, { training: true });

  return {
    x: rows(x.data, N, D),
    mean,
    variance,
    invStd,
    xhat: rows(xhat, N, D),
    xhatMean,
    xhatVar,
    gamma,
    beta,
    y: rows(Y, N, D),
    diff,
    maxAbsDiff: Math.max(...diff),
    formulaGap,
    dy: rows(dy.data, N, D),
    dx: rows(dx, N, D),
    dgamma,
    dbeta,
    dxColumnSums,
    gradRelError: check.maxRelError,
  };
};

/** A fresh BatchNorm with the given γ and β (so the gradient check does not disturb `bn`). */
function withParams(D: number, eps: number, gamma: number[], beta: number[]): BatchNorm {
  const b = new BatchNorm(D, { eps });
  b.gamma.value.set(gamma);
  b.beta.value.set(beta);
  return b;
}
export default bnBatch;
