/**
 * Shared by the batch-normalisation chapter's MNIST experiments (bn-sweep, bn-lr, bn-testmode):
 * a training subset, a deep MLP with or without BatchNorm before each nonlinearity, and a
 * training loop that reports as it goes.
 *
 *   const data = await loadSubset(ctx, 1000, 0);
 *   const run = makeRun({ data, hidden: [100, 100, 100, 100, 100], activation: 'relu',
 *                         init: { kind: 'normal', std: 0.01 }, batchNorm: true,
 *                         optimizer: { kind: 'sgd', lr: 0.01 }, batch: 100, seed: 1 });
 *   run.step();                      // one mini-batch update; false once it diverged
 *   run.trainAccuracy();             // inference mode (running statistics), on the subset
 *
 * Two runs with the same seed and the same hidden sizes start from exactly the same weights
 * (BatchNorm layers draw nothing) and see the same mini-batches in the same order, so a
 * with/without-BN pair differs only in the normalisation.
 */
import type { ExperimentContext } from '../types.ts';
import type { Matrix } from '../../matrix.ts';
import { Rng } from '../../rng.ts';
import { mnistMatrix } from '../../data/mnist.ts';
import {
  batchIterator,
  buildMlp,
  evaluate,
  gatherLabels,
  gatherRows,
  trainStep,
  type Sequential,
} from '../../network.ts';
import { makeOptimizer, type OptimizerSpec } from '../../optimizers.ts';
import type { InitSpec } from '../../init.ts';
import type { ActivationName } from '../../activations.ts';
import { log10, pow10 } from '../../mathfn.ts';

export interface Subset {
  x: Matrix;
  y: Int32Array;
}

/** `count` training images (pixel/255) starting at `start`, and optionally `testCount` test images. */
export async function loadSubset(
  ctx: ExperimentContext,
  count: number,
  start = 0,
  testCount = 0,
): Promise<{ train: Subset; test: Subset | null }> {
  const data = await ctx.loadMnist();
  const n = Math.max(1, Math.min(count, data.train.n - start));
  const train = mnistMatrix(data.train, { start, count: n }, { scale: 'unit' });
  const test =
    testCount > 0
      ? mnistMatrix(data.test, { start: 0, count: Math.min(testCount, data.test.n) }, { scale: 'unit' })
      : null;
  return { train, test };
}

export interface RunSpec {
  data: Subset;
  hidden: number[];
  activation: ActivationName;
  init: InitSpec;
  batchNorm: boolean;
  optimizer: OptimizerSpec;
  batch: number;
  seed: number;
}

export interface Run {
  net: Sequential;
  /** Iterations done. */
  readonly iteration: number;
  /** True once a step produced NaN/Inf (nothing more is trained). */
  readonly diverged: boolean;
  /** One mini-batch update. Returns false if the run has diverged. */
  step(): boolean;
  /** Loss of the last step (training mode). */
  readonly lastLoss: number;
  /** Accuracy on the training subset, inference mode. */
  trainAccuracy(): number;
  /** Loss and accuracy on any set, inference mode. */
  evaluateOn(s: Subset): { loss: number; accuracy: number };
}

export function makeRun(spec: RunSpec): Run {
  const root = new Rng(spec.seed);
  const net = buildMlp(
    {
      sizes: [spec.data.x.cols, ...spec.hidden, 10],
      activation: spec.activation,
      init: spec.init,
      batchNorm: spec.batchNorm,
    },
    root.fork('init'),
  );
  const opt = makeOptimizer(spec.optimizer);
  const n = spec.data.x.rows;
  const batches = batchIterator(n, spec.batch, root.fork('shuffle'));
  let iteration = 0;
  let diverged = false;
  let lastLoss = NaN;
  return {
    net,
    get iteration() {
      return iteration;
    },
    get diverged() {
      return diverged;
    },
    get lastLoss() {
      return lastLoss;
    },
    step() {
      if (diverged) return false;
      const idx = batches.next();
      const r = trainStep(net, opt, gatherRows(spec.data.x, idx), gatherLabels(spec.data.y, idx));
      iteration++;
      lastLoss = r.loss;
      if (r.diverged) diverged = true;
      return !diverged;
    },
    trainAccuracy() {
      return evaluate(net, spec.data.x, spec.data.y).accuracy;
    },
    evaluateOn(s: Subset) {
      return evaluate(net, s.x, s.y);
    },
  };
}

/** n values log-spaced from `from` to `to` inclusive (like numpy.logspace on the exponents). */
export function logspace(from: number, to: number, n: number): number[] {
  if (n === 1) return [from];
  const a = log10(from),
    b = log10(to);
  return Array.from({ length: n }, (_, i) => Number(pow10(a + ((b - a) * i) / (n - 1)).toPrecision(12)));
}
