/**
 * Why training follows the loss and not the accuracy (claim S11). A tiny two-class linear
 * classifier on a seeded set of overlapping 2-D points; one weight w is swept while the others
 * stay fixed. The accuracy is a staircase in w (a point's prediction flips only when the
 * boundary crosses it), so its derivative is 0 almost everywhere; the softmax cross-entropy loss
 * is smooth, and its derivative (by backprop through the core's loss) is informative everywhere.
 *
 *   const { result } = await runToEnd(optAcc, { n: 40, wMin: -4, wMax: 4, samples: 401, seed: 1 }, ctx);
 *   result.rows[i]            // { w, accuracy, loss, dAccuracy, dLoss }
 *   result.zeroAccSlope       // fraction of the sweep where d(accuracy)/dw = 0
 *
 * Model: scores for classes 0 and 1 are s₀ = 0 and s₁ = w·x₁ + v·x₂ + b (v = 0.5, b = 0.2 fixed).
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { blobs } from '../data/toy2d.ts';
import { matrix } from '../matrix.ts';
import { softmaxCrossEntropy } from '../losses.ts';
import { argmaxAccuracy } from '../network.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-acc';

export interface OptAccConfig {
  /** Number of points (half per class). */
  n: number;
  wMin: number;
  wMax: number;
  /** Points of the sweep. */
  samples: number;
  seed: number;
}

export type OptAccRow = {
  w: number;
  accuracy: number;
  loss: number;
  /** Central difference of the accuracy with h = 1e-6. */
  dAccuracy: number;
  /** ∂loss/∂w by backprop: Σᵢ (∂loss/∂s₁ᵢ)·x₁ᵢ, from the core's softmax cross-entropy gradient. */
  dLoss: number;
};

export interface OptAccFrame {
  done: number;
}

export interface OptAccResult {
  rows: OptAccRow[];
  /** Fraction of sweep points where the accuracy's derivative is exactly 0. */
  zeroAccSlope: number;
  /** Fraction of sweep points where |∂loss/∂w| > 1e-6. */
  nonzeroLossSlope: number;
  /** Distinct accuracy values along the sweep. */
  accuracyLevels: number;
  /** Largest |backprop − central difference| of ∂loss/∂w along the sweep. */
  maxLossGradError: number;
  n: number;
}

const V = 0.5;
const B = 0.2;
const H = 1e-6;

function model(x: { data: Float64Array; rows: number }, y: Int32Array, w: number) {
  const s = matrix(x.rows, 2);
  for (let i = 0; i < x.rows; i++) s.data[2 * i + 1] = w * x.data[2 * i] + V * x.data[2 * i + 1] + B;
  const { loss, dscores } = softmaxCrossEntropy(s, y);
  let g = 0;
  for (let i = 0; i < x.rows; i++) g += dscores.data[2 * i + 1] * x.data[2 * i];
  return { loss, accuracy: argmaxAccuracy(s, y), dLoss: g };
}

export const optAcc: Experiment<OptAccConfig, OptAccFrame, OptAccResult> = async function* optAcc(config) {
  const { n, wMin, wMax, samples } = config;
  const data = blobs(
    n,
    [
      [-0.6, 0],
      [0.6, 0],
    ],
    new Rng(config.seed).fork('data'),
    0.7,
  );
  const rows: OptAccRow[] = [];
  let maxErr = 0;
  for (let k = 0; k < samples; k++) {
    const w = wMin + ((wMax - wMin) * k) / Math.max(1, samples - 1);
    const m = model(data.x, data.y, w);
    const plus = model(data.x, data.y, w + H);
    const minus = model(data.x, data.y, w - H);
    const numeric = (plus.loss - minus.loss) / (2 * H);
    maxErr = Math.max(maxErr, Math.abs(numeric - m.dLoss));
    rows.push({
      w,
      accuracy: m.accuracy,
      loss: m.loss,
      dAccuracy: (plus.accuracy - minus.accuracy) / (2 * H),
      dLoss: m.dLoss,
    });
  }
  yield { done: samples };
  return {
    rows,
    zeroAccSlope: rows.filter((r) => r.dAccuracy === 0).length / rows.length,
    nonzeroLossSlope: rows.filter((r) => Math.abs(r.dLoss) > 1e-6).length / rows.length,
    accuracyLevels: new Set(rows.map((r) => r.accuracy)).size,
    maxLossGradError: maxErr,
    n,
  };
};
export default optAcc;
