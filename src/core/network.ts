/**
 * The sequential network, the MLP builder, and one training step.
 *
 *   const { init, shuffle } = streams(seed);
 *   const net = buildMlp({ sizes: [2, 100, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' } }, init);
 *   const opt = makeOptimizer({ kind: 'adam', lr: 1e-2 });
 *   const batches = batchIterator(data.x.rows, 64, shuffle);
 *   for (let step = 0; step < 1000; step++) {
 *     const idx = batches.next();
 *     const r = trainStep(net, opt, gatherRows(data.x, idx), gatherLabels(data.y, idx), { weightDecay: 1e-4 });
 *     if (r.diverged) break;                    // NaN/Inf: the update was not applied
 *   }
 *   evaluate(net, testX, testY);                // { loss, accuracy } in inference mode
 *
 * An MLP here is, for each hidden layer, Dense → [BatchNorm] → activation → [Dropout], and a
 * last Dense that outputs class scores (no activation: the softmax lives in the loss). With
 * `maxoutK`, each hidden Dense + activation is a Maxout layer instead.
 *
 * One training step, for a batch (X, y) of N rows:
 *   scores = net(X)                                   forward, training mode
 *   L_data = (1/N) Σᵢ −log softmax(scoresᵢ)_{yᵢ}       softmax cross-entropy
 *   L      = L_data + ½λ Σ_W ‖W‖²                      weight decay on weights only
 *   ∇      = backprop(∂L/∂scores) + λW                 backward
 *   W      ← optimiser(W, ∇)                           unless L or ∇ is not finite
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';
import type { Layer, Param } from './layers/layer.ts';
import type { InitSpec } from './init.ts';
import type { ActivationName, ActivationSpec } from './activations.ts';
import { Dense } from './layers/dense.ts';
import { Activation } from './layers/activation.ts';
import { BatchNorm } from './layers/batchnorm.ts';
import { Dropout } from './layers/dropout.ts';
import { Maxout } from './layers/maxout.ts';
import { PReLU } from './layers/prelu.ts';
import { addL2Grad, l2Penalty, softmaxCrossEntropy } from './losses.ts';
import type { Optimizer } from './optimizers.ts';
import { checkBatchLimits, checkMlpLimits } from './limits.ts';
import { exp, log } from './mathfn.ts';

/** Layers applied one after the other; backward runs them in reverse. */
export class Sequential {
  readonly layers: Layer[];
  private readonly paramList: Param[];
  /** Per row: the widest layer output and the sum of all outputs (for the memory limits). */
  private readonly widest: number;
  private readonly widthSum: number;
  /** Copies of every parameter, for trainStep's roll-back (allocated on first use). */
  private backup: Float64Array[] | null = null;

  constructor(layers: Layer[]) {
    this.layers = layers;
    this.paramList = layers.flatMap((l) => l.params());
    let widest = 0;
    let sum = 0;
    for (const l of layers) {
      // A maxout layer holds k pre-activations per output unit.
      const w = l.outputSize * ((l as { k?: number }).k ?? 1);
      widest = Math.max(widest, w);
      sum += w;
    }
    this.widest = widest;
    this.widthSum = sum;
  }

  /** Runs x (one example per row) through every layer. training: dropout on, BN batch stats. */
  forward(x: Matrix, training: boolean): Matrix {
    checkBatchLimits(x.rows, this.widest, this.widthSum);
    let h = x;
    for (let i = 0; i < this.layers.length; i++) h = this.layers[i].forward(h, training);
    return h;
  }

  /** Back-propagates ∂L/∂output through every layer; fills every param's grad; returns ∂L/∂x. */
  backward(dout: Matrix): Matrix {
    let g = dout;
    for (let i = this.layers.length - 1; i >= 0; i--) g = this.layers[i].backward(g);
    return g;
  }

  /** All learned parameters, in layer order (the same array every call). */
  params(): Param[] {
    return this.paramList;
  }

  /** Number of learned values. */
  paramCount(): number {
    let n = 0;
    for (const p of this.paramList) n += p.value.length;
    return n;
  }

  /** The number of classes (columns) the network outputs. */
  get outputSize(): number {
    return this.layers[this.layers.length - 1].outputSize;
  }

  /** Copies every parameter's value into an internal buffer (see restoreParams). */
  saveParams(): void {
    if (!this.backup) this.backup = this.paramList.map((p) => new Float64Array(p.value.length));
    for (let i = 0; i < this.paramList.length; i++) this.backup[i].set(this.paramList[i].value);
  }

  /** Puts back the values saved by the last saveParams. */
  restoreParams(): void {
    if (!this.backup) throw new Error('Sequential: restoreParams before saveParams');
    for (let i = 0; i < this.paramList.length; i++) this.paramList[i].value.set(this.backup[i]);
  }

  /** The value of param i at the last saveParams (read-only use). */
  savedValue(i: number): Float64Array {
    if (!this.backup) throw new Error('Sequential: savedValue before saveParams');
    return this.backup[i];
  }
}

export interface MlpConfig {
  /** Layer widths [in, h1, …, out]: sizes.length − 1 Dense layers. */
  sizes: number[];
  /** The hidden nonlinearity; 'prelu' uses a learned PReLU slope per unit. */
  activation: ActivationSpec | ActivationName | 'prelu';
  /** How every weight matrix is drawn. */
  init: InitSpec;
  /** The starting value of every Dense bias (default 0). */
  biasInit?: number;
  /** Batch normalisation between each hidden Dense and its activation. */
  batchNorm?: boolean;
  /** Drop probability of a Dropout layer after each hidden activation (0 or unset: none). */
  dropout?: number;
  /** Maxout units with this many pieces replace each hidden Dense + activation. */
  maxoutK?: number;
}

/**
 * Builds an MLP from a config, drawing weights from `rng` (layer by layer, in order) and dropout
 * masks from `dropoutRng` (default: rng.fork('dropout')). Checks LIMITS first.
 */
export function buildMlp(config: MlpConfig, rng: Rng, dropoutRng?: Rng): Sequential {
  const { sizes } = config;
  if (!Array.isArray(sizes) || sizes.length < 2) throw new Error('buildMlp: sizes needs at least [in, out]');
  for (const s of sizes) {
    if (!Number.isInteger(s) || s < 1) throw new Error(`buildMlp: every size must be a positive integer, got ${s}`);
  }
  checkMlpLimits(config, 1);
  const maxout = config.maxoutK !== undefined;
  if (maxout && !(Number.isInteger(config.maxoutK) && config.maxoutK! >= 1)) {
    throw new Error(`buildMlp: maxoutK must be a positive integer, got ${config.maxoutK}`);
  }
  if (maxout && config.batchNorm) throw new Error('buildMlp: batchNorm with maxoutK is not supported');
  const p = config.dropout ?? 0;
  const dropRng = p > 0 ? (dropoutRng ?? rng.fork('dropout')) : null;
  const layers: Layer[] = [];
  const last = sizes.length - 2;
  for (let i = 0; i <= last; i++) {
    const nIn = sizes[i];
    const nOut = sizes[i + 1];
    if (i === last) {
      layers.push(new Dense(nIn, nOut, { init: config.init, rng, biasInit: config.biasInit }));
      break;
    }
    if (maxout) {
      layers.push(new Maxout(nIn, nOut, config.maxoutK!, { init: config.init, rng }));
    } else {
      layers.push(new Dense(nIn, nOut, { init: config.init, rng, biasInit: config.biasInit }));
      if (config.batchNorm) layers.push(new BatchNorm(nOut));
      layers.push(config.activation === 'prelu' ? new PReLU(nOut) : new Activation(config.activation, nOut));
    }
    if (dropRng) layers.push(new Dropout(p, dropRng, nOut));
  }
  return new Sequential(layers);
}

export interface StepReport {
  /** Total loss: data loss + ½λΣ‖W‖². */
  loss: number;
  /** Mean softmax cross-entropy over the batch. */
  dataLoss: number;
  /** Fraction of the batch classified correctly (by the training-mode scores). */
  accuracy: number;
  /** True if the loss or a gradient (or the updated weights) was NaN/±Inf: nothing was updated. */
  diverged: boolean;
  /** ‖∇‖₂ over all parameters (the gradient the optimiser received). */
  gradNorm: number;
  /** ‖ΔW‖/‖W‖ for each weight matrix (params with decay set: Dense and Maxout W), in order. */
  updateRatios: number[];
  /** The learning rate used. */
  lr: number;
}

export interface TrainStepOptions {
  /** L2 strength λ: adds ½λ‖W‖² to the loss and λW to the gradient of each weight matrix. */
  weightDecay?: number;
  /** Sets opt.lr before the step (e.g. from a schedule). */
  lr?: number;
}

/**
 * One step of minibatch training: forward (training mode), softmax cross-entropy (+ weight
 * decay), backward, optimiser step. If the loss or any gradient is NaN/±Inf, or the step would
 * make a parameter non-finite, the parameters are left as they were and `diverged` is true
 * (the optimiser's internal state may still have moved: stop or reset after a divergence).
 */
export function trainStep(
  net: Sequential,
  opt: Optimizer,
  x: Matrix,
  labels: ArrayLike<number>,
  options: TrainStepOptions = {},
): StepReport {
  if (options.lr !== undefined) opt.lr = options.lr;
  const lambda = options.weightDecay ?? 0;
  const params = net.params();

  const scores = net.forward(x, true);
  const { loss: dataLoss, dscores } = softmaxCrossEntropy(scores, labels, lossBuffers(net, scores.rows, scores.cols));
  const accuracy = argmaxAccuracy(scores, labels);
  const loss = lambda > 0 ? dataLoss + l2Penalty(params, lambda) : dataLoss;

  let nWeights = 0;
  for (const p of params) if (p.decay) nWeights++;
  const updateRatios = new Array<number>(nWeights).fill(0);
  const report: StepReport = { loss, dataLoss, accuracy, diverged: true, gradNorm: NaN, updateRatios, lr: opt.lr };
  if (!Number.isFinite(loss)) return report;

  net.backward(dscores);
  if (lambda > 0) addL2Grad(params, lambda);
  let g2 = 0;
  for (const p of params) {
    const g = p.grad;
    for (let i = 0; i < g.length; i++) g2 += g[i] * g[i];
  }
  // g2 is NaN if any gradient is NaN, +∞ if any is ±∞ (or if the sum overflows: also a divergence).
  report.gradNorm = Math.sqrt(g2);
  if (!Number.isFinite(g2)) return report;

  net.saveParams();
  opt.step(params);
  let finite = true;
  for (const p of params) {
    const v = p.value;
    for (let i = 0; i < v.length; i++) {
      if (!Number.isFinite(v[i])) {
        finite = false;
        break;
      }
    }
    if (!finite) break;
  }
  if (!finite) {
    net.restoreParams();
    return report;
  }
  let r = 0;
  for (let k = 0; k < params.length; k++) {
    const p = params[k];
    if (!p.decay) continue;
    const before = net.savedValue(k);
    const after = p.value;
    let d2 = 0;
    let w2 = 0;
    for (let i = 0; i < after.length; i++) {
      const d = after[i] - before[i];
      d2 += d * d;
      w2 += before[i] * before[i];
    }
    updateRatios[r++] = w2 > 0 ? Math.sqrt(d2 / w2) : d2 > 0 ? Infinity : 0;
  }
  report.diverged = false;
  return report;
}

/** The softmax loss's output matrices for each network, reused while the batch size stays the same. */
const lossOut = new WeakMap<Sequential, { dscores: Matrix; probs: Matrix }>();

function lossBuffers(net: Sequential, rows: number, cols: number): { dscores: Matrix; probs: Matrix } {
  let b = lossOut.get(net);
  if (!b || b.probs.rows !== rows || b.probs.cols !== cols) {
    b = { dscores: matrix(rows, cols), probs: matrix(rows, cols) };
    lossOut.set(net, b);
  }
  return b;
}

/** Fraction of rows whose highest score is at the label (ties: the lowest index wins). */
export function argmaxAccuracy(scores: Matrix, labels: ArrayLike<number>): number {
  const { rows, cols, data } = scores;
  if (rows === 0) return 0;
  let correct = 0;
  for (let i = 0; i < rows; i++) {
    if (argmaxRow(data, i * cols, cols) === labels[i]) correct++;
  }
  return correct / rows;
}

function argmaxRow(data: Float64Array, start: number, cols: number): number {
  let best = 0;
  let bestV = data[start];
  for (let j = 1; j < cols; j++) {
    if (data[start + j] > bestV) {
      bestV = data[start + j];
      best = j;
    }
  }
  return best;
}

/** The rows [start, start + count) of x as a matrix that shares x's storage (no copy). */
export function rowSlice(x: Matrix, start: number, count: number): Matrix {
  return matrix(count, x.cols, x.data.subarray(start * x.cols, (start + count) * x.cols));
}

/**
 * Mean softmax cross-entropy (data loss only, no weight decay) and accuracy on (x, labels), in
 * inference mode, `batchSize` rows at a time (to bound memory).
 */
export function evaluate(
  net: Sequential,
  x: Matrix,
  labels: ArrayLike<number>,
  batchSize = 1000,
): { loss: number; accuracy: number } {
  const n = x.rows;
  if (labels.length !== n) throw new Error(`evaluate: ${labels.length} labels for ${n} rows`);
  if (n === 0) return { loss: NaN, accuracy: NaN };
  let total = 0;
  let correct = 0;
  for (let start = 0; start < n; start += batchSize) {
    const count = Math.min(batchSize, n - start);
    const scores = net.forward(rowSlice(x, start, count), false);
    const S = scores.data,
      C = scores.cols;
    for (let i = 0; i < count; i++) {
      const row = i * C;
      const y = labels[start + i];
      // ℓ = log Σₖ e^{sₖ} − s_y, computed as m + log Σₖ e^{sₖ − m} − s_y (m = max s)
      let m = -Infinity;
      for (let j = 0; j < C; j++) if (S[row + j] > m) m = S[row + j];
      let sum = 0;
      for (let j = 0; j < C; j++) sum += exp(S[row + j] - m);
      total += m + log(sum) - S[row + y];
      if (argmaxRow(S, row, C) === y) correct++;
    }
  }
  return { loss: total / n, accuracy: correct / n };
}

/** Predicted class (argmax of the scores, inference mode) for every row of x. */
export function predict(net: Sequential, x: Matrix, batchSize = 1000): Int32Array {
  const out = new Int32Array(x.rows);
  for (let start = 0; start < x.rows; start += batchSize) {
    const count = Math.min(batchSize, x.rows - start);
    const scores = net.forward(rowSlice(x, start, count), false);
    for (let i = 0; i < count; i++) out[start + i] = argmaxRow(scores.data, i * scores.cols, scores.cols);
  }
  return out;
}

/** Shuffled minibatches of row indices, epoch after epoch. */
export interface BatchIterator {
  /** The next batch: a view of `batchSize` indices (fewer at the end of an epoch). */
  next(): Int32Array;
  /** Completed epochs (a pass over all n rows). */
  readonly epoch: number;
  /** Batches per epoch: ⌈n / batchSize⌉. */
  readonly batchesPerEpoch: number;
}

/**
 * Each epoch visits every row index 0..n−1 exactly once, in a fresh order drawn from `rng`
 * (Fisher–Yates); batches are consecutive slices of that order, the last one possibly smaller.
 * The returned arrays are views, valid until the next epoch starts.
 */
export function batchIterator(n: number, batchSize: number, rng: Rng): BatchIterator {
  if (!(n >= 1 && batchSize >= 1))
    throw new Error(`batchIterator: need n ≥ 1 and batchSize ≥ 1, got ${n}, ${batchSize}`);
  const size = Math.min(batchSize, n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let pos = n; // forces a shuffle on the first call
  let epoch = -1;
  return {
    next(): Int32Array {
      if (pos >= n) {
        rng.shuffle(order);
        pos = 0;
        epoch++;
      }
      const end = Math.min(pos + size, n);
      const batch = order.subarray(pos, end);
      pos = end;
      return batch;
    },
    get epoch() {
      return Math.max(0, pos >= n ? epoch + 1 : epoch);
    },
    batchesPerEpoch: Math.ceil(n / size),
  };
}

/** Copies the rows `indices` of x into a new (or the given) indices.length × x.cols matrix. */
export function gatherRows(x: Matrix, indices: ArrayLike<number>, out?: Matrix): Matrix {
  const m = indices.length;
  const c = x.cols;
  const res = out ?? matrix(m, c);
  if (res.rows !== m || res.cols !== c)
    throw new Error(`gatherRows: out is ${res.rows}×${res.cols}, expected ${m}×${c}`);
  const X = x.data,
    R = res.data;
  for (let r = 0; r < m; r++) {
    const i = indices[r];
    if (!(i >= 0 && i < x.rows)) throw new Error(`gatherRows: index ${i} outside 0..${x.rows - 1}`);
    R.set(X.subarray(i * c, i * c + c), r * c);
  }
  return res;
}

/** Copies labels[indices] into a new (or the given) Int32Array. */
export function gatherLabels(labels: ArrayLike<number>, indices: ArrayLike<number>, out?: Int32Array): Int32Array {
  const res = out ?? new Int32Array(indices.length);
  if (res.length !== indices.length)
    throw new Error(`gatherLabels: out has ${res.length} entries, expected ${indices.length}`);
  for (let r = 0; r < indices.length; r++) res[r] = labels[indices[r]];
  return res;
}
