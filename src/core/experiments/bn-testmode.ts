/**
 * B7 (and the batch dependence behind B6's regularising effect): a BatchNorm MLP is trained on
 * an MNIST subset, then classifies held-out test images four ways:
 *
 *   running      inference mode: the running mean and variance gathered during training
 *   batch        training-mode statistics of shuffled test batches of `testBatch` images
 *   one          training-mode statistics of a batch of ONE image (σ² = 0: every x̂ is 0)
 *   oneClass     training-mode statistics of batches that hold one digit class only
 *
 *   const { result } = await runToEnd(bnTestmode, { trainSize: 2000, testSize: 1000, hidden: 100,
 *     iterations: 300, batch: 50, lr: 0.1, testBatch: 100, seed: 1 }, ctx);
 *   result.modes    // [{ mode: 'running', accuracy: 0.9… }, { mode: 'one', accuracy: 0.1… }, …]
 *
 * It also measures how much one training-mode output depends on the rest of its batch: each of
 * `probe` test images is put into `draws` random batches of `testBatch` images and the spread of
 * its scores and the fraction of images whose predicted class changes are reported.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import type { Matrix } from '../matrix.ts';
import { argmaxAccuracy, gatherLabels, gatherRows } from '../network.ts';
import { loadSubset, makeRun } from './lib/bn-mnist.ts';
import { train as runTrainer } from '../trainer.ts';
import { moments } from '../probes.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-testmode';

export interface BnTestmodeConfig {
  trainSize: number;
  testSize: number;
  /** Width of each of the two hidden layers. */
  hidden: number;
  iterations: number;
  batch: number;
  /** SGD with momentum 0.9. */
  lr: number;
  /** Size of the test batches whose own statistics are used. */
  testBatch: number;
  seed: number;
}

export type BnTestMode = 'running' | 'batch' | 'one' | 'oneClass';

export type BnTestmodeFrame =
  | { kind: 'train'; iteration: number; loss: number }
  | { kind: 'mode'; mode: BnTestMode; accuracy: number; distinctPredictions: number };

export interface BnTestmodeResult {
  modes: { mode: BnTestMode; accuracy: number; distinctPredictions: number }[];
  /** Mean over probed images of the std of their scores across batches (training mode). */
  scoreSpread: number;
  /** Fraction of probed images whose predicted class differs between batches. */
  flipFraction: number;
  /** Training loss of the last step. */
  finalLoss: number;
}

export const BN_TEST_MODES: BnTestMode[] = ['running', 'batch', 'one', 'oneClass'];

export const bnTestmode: Experiment<BnTestmodeConfig, BnTestmodeFrame, BnTestmodeResult> = async function* bnTestmode(
  config,
  ctx,
) {
  const { train, test } = await loadSubset(ctx, config.trainSize, 0, config.testSize);
  const T = test!;
  const trainer = makeRun({
    data: train,
    hidden: [config.hidden, config.hidden],
    activation: 'relu',
    init: { kind: 'he', dist: 'normal' },
    batchNorm: true,
    optimizer: { kind: 'momentum', lr: config.lr },
    batch: config.batch,
    seed: config.seed,
  });
  for (const f of runTrainer(trainer, { steps: config.iterations })) {
    yield { kind: 'train', iteration: f.step, loss: f.entries[0].report!.loss };
  }
  const { net } = trainer.entries[0];
  const finalLoss = trainer.entries[0].last?.loss ?? NaN;
  const n = T.x.rows;
  const rng = new Rng(config.seed).fork('test-batches');

  /** Accuracy and distinct predicted classes when the test set is cut into the given batches (training-mode BN). */
  const byBatches = (batches: Int32Array[]) => {
    let correct = 0;
    const seen = new Set<number>();
    for (const idx of batches) {
      const scores = net.forward(gatherRows(T.x, idx), true);
      const labels = gatherLabels(T.y, idx);
      correct += argmaxAccuracy(scores, labels) * idx.length;
      for (let i = 0; i < idx.length; i++) seen.add(argmax(scores, i));
    }
    return { accuracy: correct / n, distinctPredictions: seen.size };
  };
  const chunks = (order: Int32Array, size: number) => {
    const out: Int32Array[] = [];
    for (let s = 0; s < order.length; s += size) out.push(order.slice(s, Math.min(order.length, s + size)));
    return out;
  };
  // Training-mode forward passes also move the running statistics, so the 'running' mode is
  // measured first, before any of them.
  const modes: BnTestmodeResult['modes'] = [];
  {
    const seen = new Set<number>();
    let correct = 0;
    for (let s = 0; s < n; s += 500) {
      const idx = Int32Array.from({ length: Math.min(500, n - s) }, (_, i) => s + i);
      const scores = net.infer(gatherRows(T.x, idx));
      correct += argmaxAccuracy(scores, gatherLabels(T.y, idx)) * idx.length;
      for (let i = 0; i < idx.length; i++) seen.add(argmax(scores, i));
    }
    modes.push({ mode: 'running', accuracy: correct / n, distinctPredictions: seen.size });
    yield { kind: 'mode', ...modes[0] };
  }
  const m1 = { mode: 'batch' as const, ...byBatches(chunks(rng.permutation(n), config.testBatch)) };
  modes.push(m1);
  yield { kind: 'mode', ...m1 };
  const ones = Array.from({ length: n }, (_, i) => Int32Array.of(i));
  const m2 = { mode: 'one' as const, ...byBatches(ones) };
  modes.push(m2);
  yield { kind: 'mode', ...m2 };
  const byClass: Int32Array[] = [];
  for (let c = 0; c < 10; c++) {
    const idx: number[] = [];
    for (let i = 0; i < n; i++) if (T.y[i] === c) idx.push(i);
    byClass.push(...chunks(Int32Array.from(idx), config.testBatch));
  }
  const m3 = { mode: 'oneClass' as const, ...byBatches(byClass) };
  modes.push(m3);
  yield { kind: 'mode', ...m3 };

  // Batch dependence: probe images in random batches of testBatch.
  const probe = Math.min(20, n);
  const draws = 8;
  let spread = 0,
    flips = 0;
  const size = Math.max(2, Math.min(config.testBatch, n));
  for (let p = 0; p < probe; p++) {
    const rows: number[][] = [];
    const preds = new Set<number>();
    for (let d = 0; d < draws; d++) {
      const idx = rng.permutation(n).slice(0, size);
      const pos = idx.indexOf(p);
      if (pos >= 0) idx[pos] = idx[0];
      idx[0] = p;
      const scores = net.forward(gatherRows(T.x, idx), true);
      rows.push(Array.from(scores.data.subarray(0, scores.cols)));
      preds.add(argmax(scores, 0));
    }
    // Mean over classes of the std across draws.
    const C = rows[0].length;
    let s = 0;
    for (let c = 0; c < C; c++) {
      s += moments(Float64Array.from(rows, (r) => r[c])).std;
    }
    spread += s / C;
    if (preds.size > 1) flips++;
  }
  return { modes, scoreSpread: spread / probe, flipFraction: flips / probe, finalLoss };
};

function argmax(scores: Matrix, row: number): number {
  let best = 0;
  for (let j = 1; j < scores.cols; j++)
    if (scores.data[row * scores.cols + j] > scores.data[row * scores.cols + best]) best = j;
  return best;
}

export default bnTestmode;
