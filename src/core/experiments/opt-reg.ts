/**
 * Overfitting and its cures (claims O7, O8): a deep MLP trained on only `trainN` (300) MNIST
 * images, three times in lock-step from the SAME initial weights and the SAME minibatch order:
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
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate, type Sequential } from '../network.ts';
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
  epoch: number;
  /** Accuracies in REG_VARIANTS order; null in progress-only frames (between evaluations). */
  points: RegPoint[] | null;
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

export const optReg: Experiment<OptRegConfig, OptRegFrame, OptRegResult> = async function* optReg(config, ctx) {
  const { trainN, testN, hidden, layers, batch, epochs, evalEvery } = config;
  checkLimit('maxIterations', epochs * Math.ceil(trainN / batch), 'iterations (epochs × batches per epoch)');
  const data = await ctx.loadMnist();
  const train = mnistMatrix(data.train, { start: 0, count: Math.min(trainN, data.train.n) });
  const test = mnistMatrix(data.test, { start: 0, count: Math.min(testN, data.test.n) });
  const root = new Rng(config.seed);
  const sizes = [784, ...Array.from({ length: layers }, () => hidden), 10];
  const nets: Sequential[] = REG_VARIANTS.map((v) =>
    buildMlp(
      {
        sizes,
        activation: 'relu',
        init: { kind: 'he', dist: 'normal' },
        dropout: v === 'dropout' ? config.dropout : 0,
      },
      root.fork('init'),
      root.fork('dropout'),
    ),
  );
  const trainer = new Trainer({
    entries: nets.map((net, v) => ({
      name: REG_VARIANTS[v],
      net,
      optimizer: makeOptimizer({ kind: config.optimizer, lr: config.lr }),
      weightDecay: REG_VARIANTS[v] === 'decay' ? config.lambda : 0,
    })),
    data: train,
    batchSize: batch,
    shuffle: root.fork('shuffle'),
  });
  const perEpoch = trainer.batches!.batchesPerEpoch;
  const history: RegPoint[][] = REG_VARIANTS.map(() => []);
  const measure = (): RegPoint[] =>
    trainer.entries.map((e) =>
      e.diverged
        ? { train: NaN, test: NaN }
        : { train: evaluate(e.net, train.x, train.y).accuracy, test: evaluate(e.net, test.x, test.y).accuracy },
    );
  yield { epoch: 0, points: measure() };
  // One frame per minibatch (so a pause or a cancel takes effect at once); accuracies every evalEvery epochs.
  const evaluated = (step: number) => {
    const epoch = step / perEpoch;
    return Number.isInteger(epoch) && (epoch % evalEvery === 0 || epoch === epochs);
  };
  for (const f of runTrainer(trainer, { steps: epochs * perEpoch, every: evaluated, stopWhenAllDiverged: false })) {
    if (!f.probed) {
      yield { epoch: Math.floor(f.step / perEpoch), points: null };
      continue;
    }
    const points = measure();
    points.forEach((p, v) => history[v].push(p));
    yield { epoch: f.step / perEpoch, points };
  }
  const diverged = trainer.entries.map((e) => e.diverged);
  const tailN = Math.max(1, Math.ceil(history[0].length / 4));
  const variants = REG_VARIANTS.map((variant, v) => {
    const tail = history[v].slice(-tailN);
    const tr = tail.reduce((a, p) => a + p.train, 0) / tail.length;
    const te = tail.reduce((a, p) => a + p.test, 0) / tail.length;
    return { variant, train: tr, test: te, gap: tr - te, diverged: diverged[v] };
  });
  return { epochs, variants };
};
export default optReg;
