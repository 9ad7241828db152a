/**
 * Initialisation and training on MNIST (claim I10): the same 784-100-100-100-100-10 ReLU
 * network trained three times with plain SGD (learning rate 0.01, batches of 128), from weights
 * drawn at a fixed std 0.01, with Xavier (N(0, 1/n_in)) and with He (N(0, 2/n_in)). The three
 * runs share the seed of the batch order, so they see exactly the same mini-batches in the same
 * order: the initialisation is the only difference.
 *
 *   const { result } = await runToEnd(initMnist, { iterations: 2000, lr: 0.01, batch: 128, seed: 1 }, ctx);
 *   result.runs.map((r) => r.loss)     // std 0.01 stays at ln 10 ≈ 2.303; He ends lowest
 *
 * Frames report, every `every` iterations, each run's mean training loss over those iterations.
 * The result adds the loss and accuracy on the 2,004 test images.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, meanOf, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { InitSpec } from '../init.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'init-mnist';

export const MNIST_INITS = ['std 0.01', 'Xavier', 'He'] as const;
export type MnistInitName = (typeof MNIST_INITS)[number];

const SPECS: Record<MnistInitName, InitSpec> = {
  'std 0.01': { kind: 'normal', std: 0.01 },
  Xavier: { kind: 'xavier', dist: 'normal' },
  He: { kind: 'he', dist: 'normal' },
};

export interface InitMnistConfig {
  iterations: number;
  lr: number;
  batch: number;
  seed: number;
  /** Iterations per reported frame (default 10). */
  every?: number;
}

export interface InitMnistFrame {
  iteration: number;
  /** Mean training loss over the last `every` iterations, per run in MNIST_INITS order (NaN once diverged). */
  loss: number[];
}

export interface InitMnistRun {
  name: MnistInitName;
  /** Mean training loss over the last 50 iterations (or fewer). */
  loss: number;
  /** Loss of the very first batch. */
  firstLoss: number;
  testLoss: number;
  testAccuracy: number;
  diverged: boolean;
}

export interface InitMnistResult {
  iterations: number;
  runs: InitMnistRun[];
}

export const initMnist: Experiment<InitMnistConfig, InitMnistFrame, InitMnistResult> = async function* initMnist(
  config,
  ctx,
) {
  const data = await ctx.loadMnist();
  const trainSet = mnistMatrix(data.train, { start: 0, count: data.train.n }, { scale: 'unit' });
  const root = new Rng(config.seed);
  const every = Math.max(1, Math.floor(config.every ?? 10));
  const nets = MNIST_INITS.map((name) =>
    buildMlp({ sizes: [784, 100, 100, 100, 100, 10], activation: 'relu', init: SPECS[name] }, root.fork('init')),
  );
  const trainer = new Trainer({
    entries: nets.map((net, i) => ({
      name: MNIST_INITS[i],
      net,
      optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }),
    })),
    data: trainSet,
    batchSize: config.batch,
    shuffle: root.fork('shuffle'),
  });
  const recent: number[][] = nets.map(() => []);
  const first = nets.map(() => NaN);
  for (const f of train(trainer, { steps: config.iterations, every, stopWhenAllDiverged: false })) {
    f.entries.forEach((e, i) => {
      if (!e.report || e.report.diverged) return;
      if (f.step === 1) first[i] = e.report.dataLoss;
      recent[i].push(e.report.dataLoss);
      if (recent[i].length > 50) recent[i].shift();
    });
    if (f.probed)
      yield { iteration: f.step, loss: f.entries.map((e) => (e.diverged ? NaN : meanOf(e.window, 'dataLoss'))) };
  }
  const diverged = trainer.entries.map((e) => e.diverged);
  const test = mnistMatrix(data.test, { start: 0, count: data.test.n }, { scale: 'unit' });
  const runs: InitMnistRun[] = MNIST_INITS.map((name, i) => {
    const ev = diverged[i] ? { loss: NaN, accuracy: NaN } : evaluate(nets[i], test.x, test.y);
    const r = recent[i];
    return {
      name,
      loss: diverged[i] || r.length === 0 ? NaN : r.reduce((a, b) => a + b, 0) / r.length,
      firstLoss: first[i],
      testLoss: ev.loss,
      testAccuracy: ev.accuracy,
      diverged: diverged[i],
    };
  });
  return { iterations: config.iterations, runs };
};
export default initMnist;
