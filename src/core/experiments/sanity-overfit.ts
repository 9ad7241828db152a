/**
 * Claim S3: before training for real, make sure the network can overfit a tiny subset. With 20
 * training images, no regularisation and full-batch SGD, training accuracy must reach 100% and
 * the loss head for 0.
 *
 *   const { result } = await runToEnd(sanityOverfit, { examples: 20, hidden: 50, lr: 0.5, steps: 200, scale: 'centered', seed: 1 }, ctx);
 *   result.reachedAt   // first step with 20/20 correct, or null
 *
 * The learning rate that works depends on the input scale (see lib/sanity-data.ts): a rate tuned
 * for raw grey levels (0–255) is about 255² times too small for inputs scaled to [0, 1].
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { evaluate } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkRange, trainSubset, twoLayerNet, type InputScale } from './lib/sanity-data.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-overfit';

export interface SanityOverfitConfig {
  examples: number;
  hidden: number;
  lr: number;
  steps: number;
  scale: InputScale;
  seed: number;
}

export interface SanityOverfitFrame {
  step: number;
  loss: number;
  accuracy: number;
}

export interface SanityOverfitResult {
  steps: number;
  loss: number;
  accuracy: number;
  reachedAt: number | null;
  diverged: boolean;
  divergedAt: number | null;
}

const EVERY = 5;

export const sanityOverfit: Experiment<SanityOverfitConfig, SanityOverfitFrame, SanityOverfitResult> = async function* (
  config,
  ctx,
) {
  checkRange('examples', config.examples, 1, 500);
  checkRange('hidden', config.hidden, 1, 500);
  checkRange('steps', config.steps, 1, 5000);
  checkRange('lr', config.lr, 0, 1e9);
  const data = await ctx.loadMnist();
  const root = new Rng(config.seed);
  const { x, y } = trainSubset(data, config.examples, config.scale);
  const net = twoLayerNet({ hidden: config.hidden, init: 'he' }, root.fork('init'));
  const trainer = new Trainer({
    entries: [{ name: 'net', net, optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }) }],
    data: { x, y },
  });
  let last: SanityOverfitFrame = { step: 0, ...evaluate(net, x, y) };
  let reachedAt: number | null = last.accuracy === 1 ? 0 : null;
  yield last;
  // Evaluated every EVERY steps, and after every step until 100 % is first reached.
  const run = train(trainer, { steps: config.steps, every: (s) => s % EVERY === 0 || reachedAt === null });
  for (const f of run) {
    const { divergedAt } = f.entries[0];
    if (divergedAt !== null) {
      yield { step: divergedAt, loss: NaN, accuracy: last.accuracy };
      return { steps: divergedAt, loss: NaN, accuracy: last.accuracy, reachedAt, diverged: true, divergedAt };
    }
    if (!f.probed) continue;
    const e = evaluate(net, x, y);
    if (reachedAt === null && e.accuracy === 1) reachedAt = f.step;
    if (f.step % EVERY === 0 || f.last) {
      last = { step: f.step, ...e };
      yield last;
    }
  }
  return {
    steps: config.steps,
    loss: last.loss,
    accuracy: last.accuracy,
    reachedAt,
    diverged: false,
    divergedAt: null,
  };
};
export default sanityOverfit;
