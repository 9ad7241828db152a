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
 * Frames report, every `every` iterations, one run's mean training loss over those iterations
 * (the three runs are independent: a pool of workers trains them side by side).
 * The result adds the loss and accuracy on the 2,004 test images.
 */
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, meanOf, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { InitSpec } from '../init.ts';
import { precisionOf } from './lib/precision.ts';

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
  /** Which initialisation (index into MNIST_INITS). */
  run: number;
  iteration: number;
  /** That run's mean training loss over the last `every` iterations (NaN once diverged). */
  loss: number;
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

/** One run: one initialisation, with everything it depends on. */
export interface InitMnistRunConfig extends InitMnistConfig {
  run: number;
}

/**
 * Trains the network from one initialisation. Every run forks the same 'init' stream (so the three
 * draw the same normal numbers, scaled differently) and the same 'shuffle' stream (so they see
 * the same batches in the same order).
 */
async function* initRun(
  rc: InitMnistRunConfig,
  ctx: ExperimentContext,
): AsyncGenerator<InitMnistFrame, InitMnistRun, void> {
  const data = await ctx.loadMnist();
  const trainSet = mnistMatrix(data.train, { start: 0, count: data.train.n }, { scale: 'unit' });
  const root = new Rng(rc.seed);
  const every = Math.max(1, Math.floor(rc.every ?? 10));
  const name = MNIST_INITS[rc.run];
  const net = buildMlp(
    { sizes: [784, 100, 100, 100, 100, 10], activation: 'relu', init: SPECS[name], precision: precisionOf(id) },
    root.fork('init'),
  );
  const trainer = new Trainer({
    entries: [{ name, net, optimizer: makeOptimizer({ kind: 'sgd', lr: rc.lr }) }],
    data: trainSet,
    batchSize: rc.batch,
    shuffle: root.fork('shuffle'),
  });
  const recent: number[] = [];
  let first = NaN;
  for (const f of train(trainer, { steps: rc.iterations, every, stopWhenAllDiverged: false })) {
    const e = f.entries[0];
    if (e.report && !e.report.diverged) {
      if (f.step === 1) first = e.report.dataLoss;
      recent.push(e.report.dataLoss);
      if (recent.length > 50) recent.shift();
    }
    if (f.probed) yield { run: rc.run, iteration: f.step, loss: e.diverged ? NaN : meanOf(e.window, 'dataLoss') };
  }
  const diverged = trainer.entries[0].diverged;
  const test = mnistMatrix(data.test, { start: 0, count: data.test.n }, { scale: 'unit' });
  const ev = diverged ? { loss: NaN, accuracy: NaN } : evaluate(net, test.x, test.y);
  return {
    name,
    loss: diverged || recent.length === 0 ? NaN : recent.reduce((a, b) => a + b, 0) / recent.length,
    firstLoss: first,
    testLoss: ev.loss,
    testAccuracy: ev.accuracy,
    diverged,
  };
}

/** The three initialisations are independent runs: a pool trains them side by side (src/core/sweep.ts). */
export const sweep: Sweep<
  InitMnistConfig,
  InitMnistRunConfig,
  InitMnistFrame,
  InitMnistRun,
  InitMnistFrame,
  InitMnistResult
> = {
  runs: (config) => MNIST_INITS.map((_, run) => ({ ...config, run })),
  run: initRun,
  frame: (_i, f) => f,
  combine: (runs, config) => ({ iterations: config.iterations, runs }),
};

export const initMnist: Experiment<InitMnistConfig, InitMnistFrame, InitMnistResult> = sweepExperiment(sweep);
export default initMnist;
