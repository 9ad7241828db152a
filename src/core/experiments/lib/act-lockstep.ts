/**
 * Lock-step training of several variants of one small MNIST network, for the activation race
 * (A6, A13) and the raw-vs-centred comparison (P1): every variant starts from weights drawn from
 * the same random stream, sees the same mini-batches in the same order, and is trained with the
 * same optimiser settings; only what the variant names (activation, input scaling) differs.
 *
 *   const runner = lockstep({ variants: [{ name: 'relu', activation: 'relu', scale: 'unit' }, …], … }, ctx);
 *   for await (const frame of runner) …      // one frame per evaluation: every variant's loss
 *
 * "Iterations to threshold" is the first evaluated iteration at which the training loss (on a
 * fixed evaluation subset, inference mode) is at or below the threshold; null if never reached.
 */
import type { ExperimentContext } from '../types.ts';
import { Rng } from '../../rng.ts';
import { mnistMatrix } from '../../data/mnist.ts';
import { buildMlp, evaluate, rowSlice } from '../../network.ts';
import { Trainer, train, type Dataset } from '../../trainer.ts';
import { makeOptimizer } from '../../optimizers.ts';
import type { Matrix } from '../../matrix.ts';
import type { ActivationName } from '../../activations.ts';
import type { InitSpec } from '../../init.ts';
import type { Precision } from '../../layers/dense.ts';

export type RaceActivation = ActivationName | 'prelu';

export interface Variant {
  name: string;
  activation: RaceActivation;
  /** 'unit': pixels in [0, 1] (all positive); 'centered': minus the training mean image. */
  scale: 'unit' | 'centered';
}

export interface LockstepConfig {
  variants: Variant[];
  /** Hidden layer widths, e.g. [50] or [100, 100]. */
  hidden: number[];
  init: 'xavier' | 'he' | 'small';
  optimizer: 'sgd' | 'momentum';
  lr: number;
  batch: number;
  iterations: number;
  /** Training images used (the first n of the fixed training split). */
  trainSize: number;
  /** Images of the training set on which the loss is evaluated. */
  evalSize: number;
  evalEvery: number;
  threshold: number;
  seed: number;
}

/** The training settings every lock-step experiment takes from its own config unchanged. */
export type LockstepTraining = Omit<LockstepConfig, 'variants' | 'hidden'>;

/** Those settings, picked out of an experiment's larger config. */
export function trainingOf(c: LockstepTraining): LockstepTraining {
  const { init, optimizer, lr, batch, iterations, trainSize, evalSize, evalEvery, threshold, seed } = c;
  return { init, optimizer, lr, batch, iterations, trainSize, evalSize, evalEvery, threshold, seed };
}

export interface LockstepFrame {
  iteration: number;
  /**
   * Loss of each variant (same order as config.variants; NaN once diverged) on evaluation
   * iterations; null on the other iterations (progress frames, so the worker can yield often).
   */
  losses: number[] | null;
}

export interface LockstepResult {
  /** Per variant: first evaluated iteration with loss ≤ threshold, or null. */
  itersToThreshold: (number | null)[];
  finalLoss: number[];
  diverged: boolean[];
}

const INIT: Record<LockstepConfig['init'], InitSpec> = {
  xavier: { kind: 'xavier', dist: 'normal' },
  he: { kind: 'he', dist: 'normal' },
  small: { kind: 'normal', std: 0.01 },
};

/** One variant of a lock-step race: its activation, its training rows and its evaluation rows. */
export interface LockstepVariant {
  name: string;
  activation: RaceActivation;
  train: Dataset;
  eval: Dataset;
}

/**
 * The race itself, on any data: nets of the given sizes drawn from one init stream (identical
 * weights), one batch stream for all, each variant evaluated on its own evaluation rows.
 */
export function* lockstepOn(
  variants: LockstepVariant[],
  sizes: number[],
  config: LockstepTraining,
  precision: Precision = 'float64',
): Generator<LockstepFrame, LockstepResult, void> {
  const root = new Rng(config.seed);
  const trainer = new Trainer({
    entries: variants.map((v) => ({
      name: v.name,
      // The same named stream for every variant: identical initial weights.
      net: buildMlp({ sizes, activation: v.activation, init: INIT[config.init], precision }, root.fork('init')),
      optimizer: makeOptimizer({ kind: config.optimizer, lr: config.lr }),
      data: v.train,
    })),
    data: variants[0].train,
    batchSize: config.batch,
    shuffle: root.fork('batches'),
  });
  const k = variants.length;
  const iters: (number | null)[] = new Array(k).fill(null);
  const losses = new Array<number>(k);
  const measure = (it: number) => {
    for (const e of trainer.entries) {
      const j = e.index;
      losses[j] = e.diverged ? NaN : evaluate(e.net, variants[j].eval.x, variants[j].eval.y).loss;
      if (!Number.isFinite(losses[j])) trainer.halt(j);
      else if (iters[j] === null && losses[j] <= config.threshold) iters[j] = it;
    }
    return { iteration: it, losses: losses.slice() };
  };
  yield measure(0);
  for (const f of train(trainer, { steps: config.iterations, every: config.evalEvery, stopWhenAllDiverged: false })) {
    yield f.probed ? measure(f.step) : { iteration: f.step, losses: null };
  }
  return { itersToThreshold: iters, finalLoss: losses.slice(), diverged: trainer.entries.map((e) => e.diverged) };
}

/** The race on MNIST: each variant reads the first trainSize training images at its own scale. */
export async function* lockstep(
  config: LockstepConfig,
  ctx: ExperimentContext,
  precision: Precision = 'float64',
): AsyncGenerator<LockstepFrame, LockstepResult, void> {
  const data = await ctx.loadMnist();
  const n = Math.min(config.trainSize, data.train.n);
  const sets = new Map<string, Dataset>();
  for (const v of config.variants) {
    if (!sets.has(v.scale)) sets.set(v.scale, mnistMatrix(data.train, { start: 0, count: n }, { scale: v.scale }));
  }
  const evalN = Math.min(config.evalSize, n);
  const variants = config.variants.map((v) => {
    const s = sets.get(v.scale)! as { x: Matrix; y: Int32Array };
    return { ...v, train: s, eval: { x: rowSlice(s.x, 0, evalN), y: s.y.subarray(0, evalN) } };
  });
  return yield* lockstepOn(variants, [784, ...config.hidden, 10], config, precision);
}
