/**
 * Loss functions (with their gradients) and the L2 penalty.
 *
 *   const { loss, dscores, probs } = softmaxCrossEntropy(scores, labels);  // classification
 *   const { loss, dpred } = meanSquaredError(pred, target);                 // regression
 *   const total = loss + l2Penalty(net.params(), 1e-4);
 *   addL2Grad(net.params(), 1e-4);                                          // after backward
 *
 * Every loss is a MEAN over the N examples of the batch, so its gradient carries a 1/N.
 *
 * A loss is also a part the training step takes (ConvNetJS's idea: the loss is just another
 * piece of the network). `trainStep`, `evaluate` and the trainer call a `Loss`, so a network
 * trained on squared error goes through the same step, divergence guard and evaluation as one
 * trained on cross-entropy:
 *
 *   trainStep(net, opt, x, targets, { loss: meanSquaredErrorLoss });
 *   evaluate(net, x, targets, { loss: meanSquaredErrorLoss });
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Param } from './layers/layer.ts';
import { argmaxRow } from './argmax.ts';
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
  labels: Labels,
  out?: { dscores: Matrix; probs: Matrix },
): SoftmaxCrossEntropyResult {
  const N = scores.rows,
    C = scores.cols;
  softmaxCrossEntropyLoss.check(labels, N, C);
  const probs = out?.probs ?? matrix(N, C);
  const dscores = out?.dscores ?? matrix(N, C);
  if (probs.rows !== N || probs.cols !== C || dscores.rows !== N || dscores.cols !== C) {
    throw new Error('softmaxCrossEntropy: out matrices have the wrong shape');
  }
  return { loss: softmaxCrossEntropySum(scores, labels, probs, dscores, 0) / N, dscores, probs };
}

/**
 * Σᵢ ℓᵢ over the rows; writes the probabilities into `probs` and (p − onehot)/N into `grad`
 * when they are given (labels must already be checked).
 */
function softmaxCrossEntropySum(
  scores: Matrix,
  labels: Labels,
  probs: Matrix | null,
  grad: Matrix | null,
  total: number,
): number {
  const N = scores.rows,
    C = scores.cols;
  const S = scores.data,
    P = probs?.data ?? grad?.data ?? null,
    G = grad?.data ?? null;
  for (let i = 0; i < N; i++) {
    const row = i * C;
    const y = labels[i];
    let m = -Infinity;
    for (let j = 0; j < C; j++) if (S[row + j] > m) m = S[row + j];
    let sum = 0;
    for (let j = 0; j < C; j++) {
      const e = exp(S[row + j] - m);
      if (P) P[row + j] = e;
      sum += e;
    }
    total += m + log(sum) - S[row + y]; // ℓᵢ = logΣ e^s − s_y
    if (!P) continue;
    const inv = 1 / sum;
    for (let j = 0; j < C; j++) {
      const p = P[row + j] * inv;
      P[row + j] = p;
      if (G) G[row + j] = p / N;
    }
    if (G) G[row + y] -= 1 / N; // (p − onehot)/N
  }
  return total;
}

/**
 * Squared error, halved and averaged over the batch:
 *   loss = (1/N) Σᵢ ½ Σⱼ (predᵢⱼ − targetᵢⱼ)²      (summed over outputs j, mean over examples i)
 *   ∂loss/∂predᵢⱼ = (predᵢⱼ − targetᵢⱼ) / N        (the ½ cancels the 2: the "y − t" form)
 * Note the constant: PyTorch's MSELoss averages over all N·C entries and has no ½, so it equals
 * (2/C) times this loss (the same when C = 2; twice this for a single output).
 */
export function meanSquaredError(pred: Matrix, target: Matrix, out?: Matrix): { loss: number; dpred: Matrix } {
  meanSquaredErrorLoss.check(target, pred.rows, pred.cols);
  const dpred = out ?? matrix(pred.rows, pred.cols);
  return { loss: (0.5 * squaredErrorSum(pred, target, dpred)) / pred.rows, dpred };
}

/** Σ (pred − target)² over every entry (the loss is half this); writes (pred − target)/N into `grad` when given. */
function squaredErrorSum(pred: Matrix, target: Matrix, grad: Matrix | null): number {
  const N = pred.rows;
  const P = pred.data,
    T = target.data,
    G = grad?.data;
  let total = 0;
  for (let k = 0; k < P.length; k++) {
    const e = P[k] - T[k];
    total += e * e;
    if (G) G[k] = e / N;
  }
  return total;
}

/** Class labels, one per row: integers 0 … C − 1. */
export type Labels = ArrayLike<number>;

/** What a training step and an evaluation need from a loss, whatever its targets T. */
export interface Loss<T> {
  readonly name: 'softmax-cross-entropy' | 'mean-squared-error';
  /** Throws a clear error unless `targets` fit a rows × cols score matrix. */
  check(targets: T, rows: number, cols: number): void;
  /**
   * Σᵢ ℓᵢ, the loss summed over the rows (the batch loss is this over N), added row by row to
   * `total` (default 0: a sum over several batches then adds its rows in order). With `grad`,
   * also writes ∂(Σᵢ ℓᵢ / N)/∂scores into it.
   */
  sum(scores: Matrix, targets: T, grad: Matrix | null, total?: number): number;
  /** How many rows are classified right (argmax = label); NaN for a loss without classes. */
  correct(scores: Matrix, targets: T): number;
}

/** Softmax cross-entropy on class labels (the classifier's loss; see softmaxCrossEntropy). */
export const softmaxCrossEntropyLoss: Loss<Labels> = {
  name: 'softmax-cross-entropy',
  check(labels, rows, cols) {
    if (labels.length !== rows) throw new Error(`softmax cross-entropy: ${labels.length} labels for ${rows} rows`);
    for (let i = 0; i < rows; i++) {
      const y = labels[i];
      if (!(Number.isInteger(y) && y >= 0 && y < cols))
        throw new Error(`softmax cross-entropy: label ${y} (row ${i}) not in 0..${cols - 1}`);
    }
  },
  sum(scores, labels, grad, total = 0) {
    return softmaxCrossEntropySum(scores, labels, null, grad, total);
  },
  correct(scores, labels) {
    let n = 0;
    for (let i = 0; i < scores.rows; i++) if (argmaxRow(scores.data, i * scores.cols, scores.cols) === labels[i]) n++;
    return n;
  },
};

/** Half the squared error on real-valued targets (see meanSquaredError). */
export const meanSquaredErrorLoss: Loss<Matrix> = {
  name: 'mean-squared-error',
  check(target, rows, cols) {
    if (target.rows !== rows || target.cols !== cols)
      throw new Error(`mean squared error: targets are ${target.rows}×${target.cols}, predictions ${rows}×${cols}`);
  },
  sum(pred, target, grad, total = 0) {
    return 0.5 * squaredErrorSum(pred, target, grad) + total;
  },
  correct() {
    return NaN;
  },
};

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
