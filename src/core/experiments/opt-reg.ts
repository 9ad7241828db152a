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
import { batchIterator, buildMlp, evaluate, gatherLabels, gatherRows, trainStep, type Sequential } from '../network.ts';
import { makeOptimizer, type Optimizer, type OptimizerKind } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';

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
  const opts: Optimizer[] = REG_VARIANTS.map(() => makeOptimizer({ kind: config.optimizer, lr: config.lr }));
  const decay = REG_VARIANTS.map((v) => (v === 'decay' ? config.lambda : 0));
  const batches = batchIterator(train.x.rows, batch, root.fork('shuffle'));
  const diverged = REG_VARIANTS.map(() => false);
  const history: RegPoint[][] = REG_VARIANTS.map(() => []);
  const measure = (): RegPoint[] =>
    nets.map((net, v) =>
      diverged[v]
        ? { train: NaN, test: NaN }
        : { train: evaluate(net, train.x, train.y).accuracy, test: evaluate(net, test.x, test.y).accuracy },
    );
  let points = measure();
  yield { epoch: 0, points };
  let yieldAt = performance.now();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let b = 0; b < batches.batchesPerEpoch; b++) {
      const idx = batches.next();
      const x = gatherRows(train.x, idx);
      const y = gatherLabels(train.y, idx);
      for (let v = 0; v < nets.length; v++) {
        if (diverged[v]) continue;
        if (trainStep(nets[v], opts[v], x, y, { weightDecay: decay[v] }).diverged) diverged[v] = true;
      }
      if (performance.now() - yieldAt > 25) {
        yield { epoch: epoch - 1, points: null };
        yieldAt = performance.now();
      }
    }
    if (epoch % evalEvery === 0 || epoch === epochs) {
      points = measure();
      points.forEach((p, v) => history[v].push(p));
      yield { epoch, points };
      yieldAt = performance.now();
    }
  }
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
