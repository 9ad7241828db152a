/**
 * The introduction's experiment: a small network learns the three-arm spiral, and the demo
 * streams its loss and accuracy as it trains. It shows the whole path every demo follows
 * (config + seed → core → frames → plot, table, test).
 *
 *   const { result } = await runToEnd(introTrain, { hidden: 64, activation: 'relu', lr: 0.01, iterations: 600, seed: 1 }, ctx);
 *   result.accuracy   // training accuracy after the last step
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { spiral } from '../data/toy2d.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'intro-train';

export interface IntroTrainConfig {
  /** Width of the two hidden layers. */
  hidden: number;
  activation: 'relu' | 'tanh' | 'sigmoid';
  /** Adam's learning rate. */
  lr: number;
  iterations: number;
  seed: number;
}

export interface IntroTrainFrame {
  iteration: number;
  loss: number;
  accuracy: number;
  diverged: boolean;
}

export interface IntroTrainResult {
  iterations: number;
  loss: number;
  accuracy: number;
  diverged: boolean;
  /** Iteration at which the loss stopped being finite, or null. */
  divergedAt: number | null;
}

/** How often a frame is reported. */
const EVERY = 10;

export const introTrain: Experiment<IntroTrainConfig, IntroTrainFrame, IntroTrainResult> = async function* introTrain(
  config,
) {
  const root = new Rng(config.seed);
  const data = spiral(100, 3, root.fork('data'));
  const net = buildMlp(
    {
      sizes: [2, config.hidden, config.hidden, 3],
      activation: config.activation,
      init: { kind: 'he', dist: 'normal' },
    },
    root.fork('init'),
  );
  const trainer = new Trainer({
    entries: [{ name: 'net', net, optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }) }],
    data,
  });
  let last: IntroTrainFrame = { iteration: 0, loss: NaN, accuracy: NaN, diverged: false };
  for (const f of train(trainer, { steps: config.iterations, every: EVERY, atStart: true })) {
    const { divergedAt } = f.entries[0];
    if (divergedAt !== null) {
      last = { iteration: divergedAt, loss: NaN, accuracy: last.accuracy, diverged: true };
      yield last;
      return { iterations: divergedAt, loss: NaN, accuracy: last.accuracy, diverged: true, divergedAt };
    }
    if (f.probed) {
      last = { iteration: f.step, ...evaluate(net, data.x, data.y), diverged: false };
      yield last;
    }
  }
  return { iterations: config.iterations, loss: last.loss, accuracy: last.accuracy, diverged: false, divergedAt: null };
};
export default introTrain;
