/**
 * Overfitting and its cures (claims O7, O8): a deep MLP trained on only `trainN` (300) MNIST
 * images, three times from the SAME initial weights and the SAME minibatch order (three
 * independent runs, which a pool of workers trains side by side):
 * without regularisation, with weight decay (an L2 penalty ½λ‖W‖² on every weight matrix), and
 * with (inverted) dropout after every hidden activation. Train and test accuracy are measured
 * every `evalEvery` epochs; the gap between them is the overfitting.
 *
 *   const { result } = await runToEnd(optReg, {
 *     trainN: 300, testN: 1000, hidden: 100, layers: 5, lr: 0.01, optimizer: 'sgd',
 *     lambda: 0.1, dropout: 0.2, batch: 100, epochs: 200, evalEvery: 5, seed: 1,
 *   }, ctx);
 *   result.variants[0].gap   // train − test accuracy, mean of the last quarter of evaluations
 */
import { precisionOf } from './lib/precision.ts';
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, train as runTrainer } from '../trainer.ts';
import { makeOptimizer, type OptimizerKind } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-reg';

export type RegVariant = 'none' | 'decay' | 'dropout';
export const REG_VARIANTS: RegVariant[] = ['none', 'decay', 'dropout'];

export interface OptRegConfig {
  trainN: number;
  testN: number;
  hidden: number;
  /** Hidden layers. */
  layers: number;
  optimizer: OptimizerKind;
  lr: number;
  /** Weight-decay strength λ of the 'decay' variant. */
  lambda: number;
  /** Drop probability p of the 'dropout' variant. */
  dropout: number;
  batch: number;
  epochs: number;
  evalEvery: number;
  seed: number;
}

export interface RegPoint {
  train: number;
  test: number;
}

export interface OptRegFrame {
  /** Which variant (index into REG_VARIANTS). */
  run: number;
  epoch: number;
  /** That variant's accuracies; null in progress-only frames (between evaluations). */
  point: RegPoint | null;
}

export interface RegVariantResult {
  variant: RegVariant;
  /** Mean train accuracy over the last quarter of the evaluations. */
  train: number;
  test: number;
  /** train − test. */
  gap: number;
  diverged: boolean;
}

export interface OptRegResult {
  epochs: number;
  variants: RegVariantResult[];
}

/** One variant's run: the shared config, and which variant. */
export interface OptRegRun extends OptRegConfig {
  run: number;
  variant: RegVariant;
}

/**
 * One variant. Every variant forks the same 'init' stream (identical initial weights) and the same
 * 'shuffle' stream (identical minibatch order), so only the regularisation differs.
 */
async function* variantRun(rc: OptRegRun, ctx: ExperimentContext): AsyncGenerator<OptRegFrame, RegVariantResult, void> {
  const { trainN, testN, hidden, layers, batch, epochs, evalEvery, variant } = rc;
  const data = await ctx.loadMnist();
  const train = mnistMatrix(data.train, { start: 0, count: Math.min(trainN, data.train.n) });
  const test = mnistMatrix(data.test, { start: 0, count: Math.min(testN, data.test.n) });
  const root = new Rng(rc.seed);
  const sizes = [784, ...Array.from({ length: layers }, () => hidden), 10];
  const net = buildMlp(
    {
      sizes,
      activation: 'relu',
      init: { kind: 'he', dist: 'normal' },
      dropout: variant === 'dropout' ? rc.dropout : 0,
      precision: precisionOf(id),
    },
    root.fork('init'),
    root.fork('dropout'),
  );
  const trainer = new Trainer({
    entries: [
      {
        name: variant,
        net,
        optimizer: makeOptimizer({ kind: rc.optimizer, lr: rc.lr }),
        weightDecay: variant === 'decay' ? rc.lambda : 0,
      },
    ],
    data: train,
    batchSize: batch,
    shuffle: root.fork('shuffle'),
  });
  const perEpoch = trainer.batches!.batchesPerEpoch;
  const history: RegPoint[] = [];
  const entry = trainer.entries[0];
  const measure = (): RegPoint =>
    entry.diverged
      ? { train: NaN, test: NaN }
      : { train: evaluate(net, train.x, train.y).accuracy, test: evaluate(net, test.x, test.y).accuracy };
  yield { run: rc.run, epoch: 0, point: measure() };
  // One frame per minibatch (so a pause or a cancel takes effect at once); accuracies every evalEvery epochs.
  const evaluated = (step: number) => {
    const epoch = step / perEpoch;
    return Number.isInteger(epoch) && (epoch % evalEvery === 0 || epoch === epochs);
  };
  for (const f of runTrainer(trainer, { steps: epochs * perEpoch, every: evaluated, stopWhenAllDiverged: false })) {
    if (!f.probed) {
      yield { run: rc.run, epoch: Math.floor(f.step / perEpoch), point: null };
      continue;
    }
    const point = measure();
    history.push(point);
    yield { run: rc.run, epoch: f.step / perEpoch, point };
  }
  const tail = history.slice(-Math.max(1, Math.ceil(history.length / 4)));
  const tr = tail.reduce((a, p) => a + p.train, 0) / tail.length;
  const te = tail.reduce((a, p) => a + p.test, 0) / tail.length;
  return { variant, train: tr, test: te, gap: tr - te, diverged: entry.diverged };
}

/** The three variants are independent runs: a pool trains them side by side (src/core/sweep.ts). */
export const sweep: Sweep<OptRegConfig, OptRegRun, OptRegFrame, RegVariantResult, OptRegFrame, OptRegResult> = {
  runs(config) {
    checkLimit(
      'maxIterations',
      config.epochs * Math.ceil(config.trainN / config.batch),
      'iterations (epochs × batches per epoch)',
    );
    return REG_VARIANTS.map((variant, run) => ({ ...config, run, variant }));
  },
  run: variantRun,
  // Dropout draws a mask for every unit at every step: its run takes about a fifth longer.
  // Only a pool's schedule reads this (costliest first).
  cost: (rc) => (rc.variant === 'dropout' ? 1.2 : 1),
  frame: (_i, f) => f,
  combine: (variants, config) => ({ epochs: config.epochs, variants }),
};

export const optReg: Experiment<OptRegConfig, OptRegFrame, OptRegResult> = sweepExperiment(sweep);
export default optReg;
