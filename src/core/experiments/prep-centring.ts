/**
 * Raw versus zero-centred inputs (P1, the training view of the zig-zag in A3): the same MNIST
 * network, from the same initial weights and the same mini-batch order, trained once on pixel
 * values in [0, 1] (every input positive) and once on the pixels minus the training set's mean
 * image. Reports the iterations each needs to bring the training loss below a threshold.
 *
 *   const { result } = await runToEnd(prepCentring, { activation: 'tanh', lr: 0.05, … }, ctx);
 *   result.raw, result.centred          // iterations to threshold (null: not reached)
 */
import type { Experiment } from './types.ts';
import { lockstep, trainingOf, type LockstepTraining, type RaceActivation } from './lib/act-lockstep.ts';
import { checkLimit } from '../limits.ts';
import { Rng } from '../rng.ts';
import { spiral } from '../data/toy2d.ts';
import { matrix } from '../matrix.ts';
import { batchIterator, buildMlp, evaluate, gatherLabels, gatherRows, trainStep } from '../network.ts';
import { makeOptimizer } from '../optimizers.ts';

export interface PrepCentringConfig extends LockstepTraining {
  /**
   * 'spiral': the 3-arm spiral (300 points) moved by +offset on both axes, so every input is
   * positive when offset ≳ 1.5; 'mnist': pixels in [0, 1] vs minus the mean image.
   */
  data: 'spiral' | 'mnist';
  /** Spiral only: how far the raw cloud sits from the origin. */
  offset: number;
  activation: RaceActivation;
  hidden: number;
}

export interface PrepCentringFrame {
  iteration: number;
  /** [raw, centred] on evaluation iterations, else null. */
  losses: number[] | null;
}

export interface PrepCentringResult {
  raw: number | null;
  centred: number | null;
  finalLoss: { raw: number; centred: number };
  diverged: { raw: boolean; centred: boolean };
}

export const prepCentring: Experiment<PrepCentringConfig, PrepCentringFrame, PrepCentringResult> =
  async function* prepCentring(config, ctx) {
    checkLimit('maxIterations', config.iterations, 'iterations');
    if (config.data === 'spiral') return yield* spiralRun(config);
    const gen = lockstep(
      {
        ...trainingOf(config),
        variants: [
          { name: 'raw', activation: config.activation, scale: 'unit' },
          { name: 'centred', activation: config.activation, scale: 'centered' },
        ],
        hidden: [config.hidden],
      },
      ctx,
    );
    for (;;) {
      const s = await gen.next();
      if (s.done) {
        const r = s.value;
        return {
          raw: r.itersToThreshold[0],
          centred: r.itersToThreshold[1],
          finalLoss: { raw: r.finalLoss[0], centred: r.finalLoss[1] },
          diverged: { raw: r.diverged[0], centred: r.diverged[1] },
        };
      }
      yield s.value;
    }
  };
export default prepCentring;

/** The same comparison on the shifted spiral: raw = spiral + offset, centred = raw − its mean. */
async function* spiralRun(config: PrepCentringConfig): AsyncGenerator<PrepCentringFrame, PrepCentringResult, void> {
  const root = new Rng(config.seed);
  const base = spiral(100, 3, root.fork('data'));
  const n = base.x.rows;
  const raw = matrix(n, 2);
  for (let i = 0; i < 2 * n; i++) raw.data[i] = base.x.data[i] + config.offset;
  const mean = [0, 0];
  for (let i = 0; i < n; i++) for (let c = 0; c < 2; c++) mean[c] += raw.data[2 * i + c] / n;
  const centred = matrix(n, 2);
  for (let i = 0; i < n; i++) for (let c = 0; c < 2; c++) centred.data[2 * i + c] = raw.data[2 * i + c] - mean[c];
  const inits = {
    xavier: { kind: 'xavier', dist: 'normal' },
    he: { kind: 'he', dist: 'normal' },
    small: { kind: 'normal', std: 0.01 },
  } as const;
  const sets = [raw, centred];
  const nets = sets.map(() =>
    buildMlp(
      { sizes: [2, config.hidden, 3], activation: config.activation, init: inits[config.init] },
      root.fork('init'),
    ),
  );
  const opts = sets.map(() => makeOptimizer({ kind: config.optimizer, lr: config.lr }));
  const iters: (number | null)[] = [null, null];
  const diverged = [false, false];
  const losses = [NaN, NaN];
  const measure = (it: number): PrepCentringFrame => {
    for (let j = 0; j < 2; j++) {
      losses[j] = diverged[j] ? NaN : evaluate(nets[j], sets[j], base.y).loss;
      if (!Number.isFinite(losses[j])) diverged[j] = true;
      else if (iters[j] === null && losses[j] <= config.threshold) iters[j] = it;
    }
    return { iteration: it, losses: losses.slice() };
  };
  yield measure(0);
  const batches = batchIterator(n, config.batch, root.fork('batches'));
  for (let it = 1; it <= config.iterations; it++) {
    const idx = batches.next();
    const yb = gatherLabels(base.y, idx);
    for (let j = 0; j < 2; j++) {
      if (diverged[j]) continue;
      if (trainStep(nets[j], opts[j], gatherRows(sets[j], idx), yb).diverged) diverged[j] = true;
    }
    if (it % config.evalEvery === 0 || it === config.iterations) yield measure(it);
    else if (it % 20 === 0) yield { iteration: it, losses: null };
  }
  return {
    raw: iters[0],
    centred: iters[1],
    finalLoss: { raw: losses[0], centred: losses[1] },
    diverged: { raw: diverged[0], centred: diverged[1] },
  };
}
