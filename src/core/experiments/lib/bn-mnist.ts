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
import { buildMlp } from '../../network.ts';
import type { Precision } from '../../layers/dense.ts';
import { Trainer } from '../../trainer.ts';
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
  /** The products' arithmetic (precision.ts); float64 if absent. */
  precision?: Precision;
}

/**
 * One network of the spec, as a one-entry trainer ('bn' or 'plain'): weights from the seed's
 * 'init' stream, minibatches from its 'shuffle' stream.
 */
export function makeRun(spec: RunSpec): Trainer {
  const root = new Rng(spec.seed);
  const net = buildMlp(
    {
      sizes: [spec.data.x.cols, ...spec.hidden, 10],
      activation: spec.activation,
      init: spec.init,
      batchNorm: spec.batchNorm,
      precision: spec.precision,
    },
    root.fork('init'),
  );
  return new Trainer({
    entries: [{ name: spec.batchNorm ? 'bn' : 'plain', net, optimizer: makeOptimizer(spec.optimizer) }],
    data: spec.data,
    batchSize: spec.batch,
    shuffle: root.fork('shuffle'),
  });
}

/** n values log-spaced from `from` to `to` inclusive (like numpy.logspace on the exponents). */
export function logspace(from: number, to: number, n: number): number[] {
  if (n === 1) return [from];
  const a = log10(from),
    b = log10(to);
  return Array.from({ length: n }, (_, i) => Number(pow10(a + ((b - a) * i) / (n - 1)).toPrecision(12)));
}
