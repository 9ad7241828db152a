/**
 * Loss functions (with their gradients) and the L2 penalty.
 *
 *   const { loss, dscores, probs } = softmaxCrossEntropy(scores, labels);  // classification
 *   const { loss, dpred } = meanSquaredError(pred, target);                 // regression
 *   const total = loss + l2Penalty(net.params(), 1e-4);
 *   addL2Grad(net.params(), 1e-4);                                          // after backward
 *
 * Every loss is a MEAN over the N examples of the batch, so its gradient carries a 1/N.
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Param } from './layers/layer.ts';
import { exp, log } from './mathfn.ts';

export interface SoftmaxCrossEntropyResult {
  /** Mean over the batch of −log pᵢ,yᵢ. */
  loss: number;
  /** ∂loss/∂scores = (probs − onehot(labels)) / N. */
  dscores: Matrix;
  /** Softmax probabilities, one row per example. */
  probs: Matrix;
}

/**
 * Softmax followed by cross-entropy, fused (their combined gradient is simple and stable).
 *
 * For example i with scores sᵢ (one per class) and label yᵢ:
 *   mᵢ   = maxⱼ sᵢⱼ                               (subtracted first: e^(s − m) ≤ 1, no overflow)
 *   pᵢⱼ  = e^(sᵢⱼ − mᵢ) / Σₖ e^(sᵢₖ − mᵢ)         softmax
 *   ℓᵢ   = −log pᵢ,yᵢ = mᵢ + log Σₖ e^(sᵢₖ − mᵢ) − sᵢ,yᵢ      (log-sum-exp: never log 0)
 *   loss = (1/N) Σᵢ ℓᵢ
 *   ∂loss/∂sᵢⱼ = (pᵢⱼ − [j = yᵢ]) / N
 * Finite for all finite scores, however large. Pass `out` to reuse the two result matrices.
 */
export function softmaxCrossEntropy(
  scores: Matrix,
  labels: ArrayLike<number>,
  out?: { dscores: Matrix; probs: Matrix },
): SoftmaxCrossEntropyResult {
  const N = scores.rows,
    C = scores.cols;
  if (labels.length !== N) throw new Error(`softmaxCrossEntropy: ${labels.length} labels for ${N} rows`);
  const probs = out?.probs ?? matrix(N, C);
  const dscores = out?.dscores ?? matrix(N, C);
  if (probs.rows !== N || probs.cols !== C || dscores.rows !== N || dscores.cols !== C) {
    throw new Error('softmaxCrossEntropy: out matrices have the wrong shape');
  }
  const S = scores.data,
    P = probs.data,
    G = dscores.data;
  let total = 0;
  for (let i = 0; i < N; i++) {
    const row = i * C;
    const y = labels[i];
    if (!(Number.isInteger(y) && y >= 0 && y < C))
      throw new Error(`softmaxCrossEntropy: label ${y} not in 0..${C - 1}`);
    let m = -Infinity;
    for (let j = 0; j < C; j++) if (S[row + j] > m) m = S[row + j];
    let sum = 0;
    for (let j = 0; j < C; j++) {
      const e = exp(S[row + j] - m);
      P[row + j] = e;
      sum += e;
    }
    total += m + log(sum) - S[row + y]; // ℓᵢ = logΣ e^s − s_y
    const inv = 1 / sum;
    for (let j = 0; j < C; j++) {
      const p = P[row + j] * inv;
      P[row + j] = p;
      G[row + j] = p / N;
    }
    G[row + y] -= 1 / N; // (p − onehot)/N
  }
  return { loss: total / N, dscores, probs };
}

/**
 * Squared error, halved and averaged over the batch:
 *   loss = (1/N) Σᵢ ½ Σⱼ (predᵢⱼ − targetᵢⱼ)²      (summed over outputs j, mean over examples i)
 *   ∂loss/∂predᵢⱼ = (predᵢⱼ − targetᵢⱼ) / N        (the ½ cancels the 2: the "y − t" form)
 * Note the constant: PyTorch's MSELoss averages over all N·C entries and has no ½, so it equals
 * (2/C) times this loss (the same when C = 2; twice this for a single output).
 */
export function meanSquaredError(pred: Matrix, target: Matrix, out?: Matrix): { loss: number; dpred: Matrix } {
  if (pred.rows !== target.rows || pred.cols !== target.cols) {
    throw new Error(`meanSquaredError: pred is ${pred.rows}×${pred.cols}, target ${target.rows}×${target.cols}`);
  }
  const N = pred.rows;
  const dpred = out ?? matrix(N, pred.cols);
  const P = pred.data,
    T = target.data,
    G = dpred.data;
  let total = 0;
  for (let k = 0; k < P.length; k++) {
    const e = P[k] - T[k];
    total += e * e;
    G[k] = e / N;
  }
  return { loss: (0.5 * total) / N, dpred };
}

/** ½·λ·Σ w² over the parameters with `decay` set (weights; not biases, γ, β or slopes). */
export function l2Penalty(params: Param[], lambda: number): number {
  let s = 0;
  for (const p of params) {
    if (!p.decay) continue;
    const v = p.value;
    for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  }
  return 0.5 * lambda * s;
}

/** Adds the penalty's gradient, λ·w, to the gradient of every parameter with `decay` set. */
export function addL2Grad(params: Param[], lambda: number): void {
  if (lambda === 0) return;
  for (const p of params) {
    if (!p.decay) continue;
    const v = p.value,
      g = p.grad;
    for (let i = 0; i < v.length; i++) g[i] += lambda * v[i];
  }
}
