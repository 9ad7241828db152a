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
import { evaluate, trainStep } from '../network.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkRange, trainSubset, twoLayerNet, type InputScale } from './lib/sanity-data.ts';

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
  const opt = makeOptimizer({ kind: 'sgd', lr: config.lr });
  let last: SanityOverfitFrame = { step: 0, ...evaluate(net, x, y) };
  let reachedAt: number | null = last.accuracy === 1 ? 0 : null;
  yield last;
  for (let s = 1; s <= config.steps; s++) {
    const r = trainStep(net, opt, x, y);
    if (r.diverged) {
      yield { step: s, loss: NaN, accuracy: last.accuracy };
      return { steps: s, loss: NaN, accuracy: last.accuracy, reachedAt, diverged: true, divergedAt: s };
    }
    if (s % EVERY === 0 || s === config.steps || reachedAt === null) {
      const e = evaluate(net, x, y);
      if (reachedAt === null && e.accuracy === 1) reachedAt = s;
      if (s % EVERY === 0 || s === config.steps) {
        last = { step: s, ...e };
        yield last;
      }
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
