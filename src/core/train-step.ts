/**
 * One training step, and evaluation, for any network and any loss.
 *
 *   const opt = makeOptimizer({ kind: 'adam', lr: 1e-2 });
 *   const r = trainStep(net, opt, x, labels, { weightDecay: 1e-4 });
 *   if (r.diverged) …                          // NaN/Inf: nothing at all was changed
 *   evaluate(net, testX, testLabels);          // { loss, accuracy } in inference mode
 *   trainStep(net, opt, x, targets, { loss: meanSquaredErrorLoss });   // regression
 *
 * One training step, for a batch (X, targets) of N rows:
 *   scores = net(X)                                   forward, training mode
 *   L_data = (1/N) Σᵢ ℓ(scoresᵢ, targetᵢ)              the loss (softmax cross-entropy by default)
 *   L      = L_data + ½λ Σ_W ‖W‖²                      weight decay on weights only
 *   ∇      = backprop(∂L/∂scores) + λW                 backward
 *   W      ← optimiser(W, ∇)                           unless L, ∇, the new W or a running
 *                                                     statistic is not finite
 *
 * The step is a transaction. Before the forward pass, the network (parameters, BatchNorm
 * running statistics, dropout stream) and the optimiser (its buffers and t) are checkpointed;
 * if the loss, a gradient or an updated weight is NaN or ±∞, both are rolled back, so a rejected
 * step leaves everything exactly as it was and `diverged` is true.
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Sequential } from './model.ts';
import type { Optimizer } from './optimizers.ts';
import { addL2Grad, l2Penalty, softmaxCrossEntropyLoss, type Labels, type Loss } from './losses.ts';
import { rowSlice } from './batching.ts';
import { argmaxRow } from './argmax.ts';

export interface StepReport {
  /** Total loss: data loss + ½λΣ‖W‖². */
  loss: number;
  /** The loss's mean over the batch. */
  dataLoss: number;
  /** Fraction of the batch classified correctly (training-mode scores); NaN for a loss without classes. */
  accuracy: number;
  /** True if the loss, a gradient, an updated weight or a running statistic was NaN/±Inf: nothing was changed. */
  diverged: boolean;
  /** ‖∇‖₂ over all parameters (the gradient the optimiser received). */
  gradNorm: number;
  /** ‖ΔW‖/‖W‖ for each weight matrix (params with decay set: Dense and Maxout W), in order. */
  updateRatios: number[];
  /** The learning rate used. */
  lr: number;
}

export interface TrainStepOptions<T> {
  /** The loss (default: softmax cross-entropy on class labels). */
  loss?: Loss<T>;
  /** L2 strength λ: adds ½λ‖W‖² to the loss and λW to the gradient of each weight matrix. */
  weightDecay?: number;
  /** Sets opt.lr before the step (e.g. from a schedule). */
  lr?: number;
}

/** The loss a step or an evaluation uses: the given one, or softmax cross-entropy on labels. */
function lossOf<T>(loss: Loss<T> | undefined): Loss<T> {
  return loss ?? (softmaxCrossEntropyLoss as unknown as Loss<T>);
}

/** One step of minibatch training (see the file comment). */
export function trainStep(
  net: Sequential,
  opt: Optimizer,
  x: Matrix,
  labels: Labels,
  options?: TrainStepOptions<Labels>,
): StepReport;
export function trainStep<T>(
  net: Sequential,
  opt: Optimizer,
  x: Matrix,
  targets: T,
  options: TrainStepOptions<T> & { loss: Loss<T> },
): StepReport;
export function trainStep<T>(
  net: Sequential,
  opt: Optimizer,
  x: Matrix,
  targets: T,
  options: TrainStepOptions<T> = {},
): StepReport {
  if (options.lr !== undefined) opt.lr = options.lr;
  const loss = lossOf(options.loss);
  const lambda = options.weightDecay ?? 0;
  const params = net.params();
  let nWeights = 0;
  for (const p of params) if (p.decay) nWeights++;
  const updateRatios = new Array<number>(nWeights).fill(0);

  net.checkpoint();
  opt.checkpoint();
  const reject = (report: StepReport): StepReport => {
    net.rollback();
    opt.rollback();
    return report;
  };

  const scores = net.forward(x, true);
  loss.check(targets, scores.rows, scores.cols);
  const grad = matrix(scores.rows, scores.cols);
  const dataLoss = loss.sum(scores, targets, grad) / scores.rows;
  const accuracy = loss.correct(scores, targets) / scores.rows;
  const total = lambda > 0 ? dataLoss + l2Penalty(params, lambda) : dataLoss;
  const report: StepReport = {
    loss: total,
    dataLoss,
    accuracy,
    diverged: true,
    gradNorm: NaN,
    updateRatios,
    lr: opt.lr,
  };
  if (!Number.isFinite(total)) return reject(report);

  net.backwardParams(grad); // the gradient with respect to the input batch is not needed here
  if (lambda > 0) addL2Grad(params, lambda);
  let g2 = 0;
  for (const p of params) {
    const g = p.grad;
    for (let i = 0; i < g.length; i++) g2 += g[i] * g[i];
  }
  // g2 is NaN if any gradient is NaN, +∞ if any is ±∞ (or if the sum overflows: also a divergence).
  report.gradNorm = Math.sqrt(g2);
  if (!Number.isFinite(g2)) return reject(report);

  opt.step(params);
  // The new weights, and the running statistics the forward pass moved, must be finite too.
  if (!net.isFinite()) return reject(report);
  let r = 0;
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    if (p.decay) updateRatios[r++] = updateRatio(net.savedValue(k), p.value);
  }
  report.diverged = false;
  return report;
}

/**
 * The size of one update relative to the weights it changed, ‖W_after − W_before‖ / ‖W_before‖
 * (Frobenius norms): about 1e-3 is the healthy range the babysitting chapter watches for.
 * 0 when nothing moved; +∞ when weights that were all zero moved.
 */
export function updateRatio(before: Float64Array, after: Float64Array): number {
  let d2 = 0; // ‖ΔW‖²
  let w2 = 0; // ‖W‖²
  for (let i = 0; i < after.length; i++) {
    const d = after[i] - before[i];
    d2 += d * d;
    w2 += before[i] * before[i];
  }
  return w2 > 0 ? Math.sqrt(d2 / w2) : d2 > 0 ? Infinity : 0;
}

/** Fraction of rows whose highest score is at the label (ties: the lowest index wins). */
export function argmaxAccuracy(scores: Matrix, labels: Labels): number {
  if (scores.rows === 0) return 0;
  return softmaxCrossEntropyLoss.correct(scores, labels) / scores.rows;
}

export interface EvaluateOptions<T> {
  /** The loss (default: softmax cross-entropy on class labels). */
  loss?: Loss<T>;
  /** Rows per inference pass (bounds the memory; default 1000). */
  batchSize?: number;
}

/**
 * The loss's mean over (x, targets), data loss only (no weight decay), and the accuracy (NaN for
 * a loss without classes), in inference mode, through the network's inference buffers (so it may
 * run between a training forward and its backward). Checks the targets first.
 */
export function evaluate(
  net: Sequential,
  x: Matrix,
  labels: Labels,
  batchSize?: number,
): { loss: number; accuracy: number };
export function evaluate<T>(
  net: Sequential,
  x: Matrix,
  targets: T,
  options: EvaluateOptions<T> & { loss: Loss<T> },
): { loss: number; accuracy: number };
export function evaluate<T>(
  net: Sequential,
  x: Matrix,
  targets: T,
  options: number | EvaluateOptions<T> = {},
): { loss: number; accuracy: number } {
  const opts = typeof options === 'number' ? { batchSize: options } : options;
  const loss = lossOf(opts.loss);
  const batchSize = opts.batchSize ?? 1000;
  const n = x.rows;
  loss.check(targets, n, net.outputSize);
  if (n === 0) return { loss: NaN, accuracy: NaN };
  let total = 0;
  let correct = 0;
  for (let start = 0; start < n; start += batchSize) {
    const count = Math.min(batchSize, n - start);
    const scores = net.infer(rowSlice(x, start, count));
    const part = sliceTargets(targets, start, count);
    total = loss.sum(scores, part, null, total);
    correct += loss.correct(scores, part);
  }
  return { loss: total / n, accuracy: correct / n };
}

/** Targets of rows [start, start + count): a view, for labels or a target matrix alike. */
function sliceTargets<T>(targets: T, start: number, count: number): T {
  const t = targets as unknown as Matrix | Labels;
  if ('cols' in t && 'data' in t) return rowSlice(t, start, count) as unknown as T;
  const labels = t as Labels;
  const view =
    ArrayBuffer.isView(labels) && 'subarray' in labels
      ? (labels as Int32Array).subarray(start, start + count)
      : Array.prototype.slice.call(labels, start, start + count);
  return view as unknown as T;
}

/** Predicted class (argmax of the scores, inference mode) for every row of x. */
export function predict(net: Sequential, x: Matrix, batchSize = 1000): Int32Array {
  const out = new Int32Array(x.rows);
  for (let start = 0; start < x.rows; start += batchSize) {
    const count = Math.min(batchSize, x.rows - start);
    const scores = net.infer(rowSlice(x, start, count));
    for (let i = 0; i < count; i++) out[start + i] = argmaxRow(scores.data, i * scores.cols, scores.cols);
  }
  return out;
}
