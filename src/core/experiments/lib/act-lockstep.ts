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
import {
  batchIterator,
  buildMlp,
  evaluate,
  gatherLabels,
  gatherRows,
  trainStep,
  type Sequential,
} from '../../network.ts';
import { makeOptimizer, type Optimizer } from '../../optimizers.ts';
import type { Matrix } from '../../matrix.ts';
import type { ActivationName } from '../../activations.ts';
import type { InitSpec } from '../../init.ts';

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

export async function* lockstep(
  config: LockstepConfig,
  ctx: ExperimentContext,
): AsyncGenerator<LockstepFrame, LockstepResult, void> {
  const data = await ctx.loadMnist();
  const n = Math.min(config.trainSize, data.train.n);
  const sets = new Map<string, { x: Matrix; y: Int32Array }>();
  for (const v of config.variants) {
    if (!sets.has(v.scale)) sets.set(v.scale, mnistMatrix(data.train, { start: 0, count: n }, { scale: v.scale }));
  }
  const evalN = Math.min(config.evalSize, n);
  const root = new Rng(config.seed);
  const nets: Sequential[] = [];
  const opts: Optimizer[] = [];
  for (const v of config.variants) {
    // The same named stream for every variant: identical initial weights.
    nets.push(
      buildMlp(
        { sizes: [784, ...config.hidden, 10], activation: v.activation, init: INIT[config.init] },
        root.fork('init'),
      ),
    );
    opts.push(makeOptimizer({ kind: config.optimizer, lr: config.lr }));
  }
  const evalSets = config.variants.map((v) => {
    const s = sets.get(v.scale)!;
    return {
      x: { rows: evalN, cols: 784, data: s.x.data.subarray(0, evalN * 784) } as Matrix,
      y: s.y.subarray(0, evalN),
    };
  });
  const k = config.variants.length;
  const iters: (number | null)[] = new Array(k).fill(null);
  const diverged: boolean[] = new Array(k).fill(false);
  const losses = new Array<number>(k);
  const measure = (it: number) => {
    for (let j = 0; j < k; j++) {
      losses[j] = diverged[j] ? NaN : evaluate(nets[j], evalSets[j].x, evalSets[j].y).loss;
      if (!Number.isFinite(losses[j])) diverged[j] = true;
      else if (iters[j] === null && losses[j] <= config.threshold) iters[j] = it;
    }
    return { iteration: it, losses: losses.slice() };
  };
  yield measure(0);
  const batches = batchIterator(n, config.batch, root.fork('batches'));
  for (let it = 1; it <= config.iterations; it++) {
    const idx = batches.next();
    for (let j = 0; j < k; j++) {
      if (diverged[j]) continue;
      const s = sets.get(config.variants[j].scale)!;
      const r = trainStep(nets[j], opts[j], gatherRows(s.x, idx), gatherLabels(s.y, idx));
      if (r.diverged) diverged[j] = true;
    }
    if (it % config.evalEvery === 0 || it === config.iterations) yield measure(it);
    else yield { iteration: it, losses: null };
  }
  return { itersToThreshold: iters, finalLoss: losses.slice(), diverged };
}
