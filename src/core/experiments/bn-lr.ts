/**
 * B6, higher learning rates: the same deep ReLU MLP (He-initialised) trained with plain SGD at a
 * ladder of learning rates, with and without BatchNorm before each nonlinearity, from the same
 * weights and mini-batches, for a fixed number of iterations on an MNIST subset.
 *
 *   const { result } = await runToEnd(bnLr, { lrCount: 7, lrMin: 0.01, lrMax: 10, trainSize: 1000,
 *     hiddenLayers: 5, width: 100, iterations: 200, batch: 50, threshold: 0.5, seed: 1 }, ctx);
 *   result.largestBn, result.largestPlain   // the largest rate that still ends above threshold
 *
 * A run "trains" if it did not diverge (no NaN/Inf loss) and ends above `threshold` training
 * accuracy (inference mode, on the training subset).
 */
import { precisionOf } from './lib/precision.ts';
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { loadSubset, logspace, makeRun } from './lib/bn-mnist.ts';
import { evaluate } from '../network.ts';
import { train as runTrainer } from '../trainer.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-lr';

export interface BnLrConfig {
  lrCount: number;
  lrMin: number;
  lrMax: number;
  trainSize: number;
  hiddenLayers: number;
  width: number;
  iterations: number;
  batch: number;
  threshold: number;
  seed: number;
}

export type BnLrFrame =
  | { kind: 'tick'; iteration: number }
  | { kind: 'point'; lr: number; bn: boolean; iteration: number; loss: number }
  | { kind: 'final'; lr: number; bn: boolean; accuracy: number; diverged: boolean; divergedAt: number | null };

export interface BnLrRow {
  lr: number;
  bn: boolean;
  accuracy: number;
  diverged: boolean;
  divergedAt: number | null;
  trains: boolean;
}

export interface BnLrResult {
  lrs: number[];
  rows: BnLrRow[];
  /** Largest learning rate that trains (null: none does). */
  largestBn: number | null;
  largestPlain: number | null;
}

/** Loss points per run sent to the demo. */
const POINTS = 20;

/** One run of the sweep: one learning rate, with or without BN (seed included). */
export interface BnLrRun extends Omit<BnLrConfig, 'lrCount' | 'lrMin' | 'lrMax'> {
  lr: number;
  bn: boolean;
}

/** Trains one network of the sweep; its loss every few iterations, then its final row. */
async function* lrRun(rc: BnLrRun, ctx: ExperimentContext): AsyncGenerator<BnLrFrame, BnLrRow, void> {
  const { train } = await loadSubset(ctx, rc.trainSize);
  const { lr, bn } = rc;
  const every = Math.max(1, Math.floor(rc.iterations / POINTS));
  const trainer = makeRun({
    data: train,
    hidden: Array.from({ length: rc.hiddenLayers }, () => rc.width),
    activation: 'relu',
    init: { kind: 'he', dist: 'normal' },
    batchNorm: bn,
    optimizer: { kind: 'sgd', lr },
    batch: rc.batch,
    seed: rc.seed,
    precision: precisionOf(id),
  });
  for (const f of runTrainer(trainer, { steps: rc.iterations, every })) {
    const e = f.entries[0];
    if (e.diverged) break;
    if (f.probed) yield { kind: 'point', lr, bn, iteration: f.step, loss: e.report!.loss };
    else yield { kind: 'tick', iteration: f.step }; // progress only: keeps the worker responsive
  }
  const { net, divergedAt } = trainer.entries[0];
  const accuracy = evaluate(net, train.x, train.y).accuracy;
  const diverged = divergedAt !== null;
  return { lr, bn, accuracy, diverged, divergedAt, trains: !diverged && accuracy > rc.threshold };
}

/** Every learning rate with and without BN, each run on its own (the pool may run several at once). */
export const sweep: Sweep<BnLrConfig, BnLrRun, BnLrFrame, BnLrRow, BnLrFrame, BnLrResult> = {
  runs(config) {
    const { lrCount: _n, lrMin: _lo, lrMax: _hi, ...common } = config;
    return logspace(config.lrMin, config.lrMax, config.lrCount).flatMap((lr) =>
      [true, false].map((bn) => ({ ...common, lr, bn })),
    );
  },
  run: lrRun,
  // A BN layer after every hidden layer makes a run about a fifth longer (Node, the demo's
  // defaults). Only a pool's schedule reads this: BN runs first, the shorter ones fill the end.
  cost: (rc) => (rc.bn ? 1.2 : 1),
  frame: (_i, f) => f,
  finished: (_i, { lr, bn, accuracy, diverged, divergedAt }) => ({
    kind: 'final',
    lr,
    bn,
    accuracy,
    diverged,
    divergedAt,
  }),
  combine(rows, config) {
    const largest = (bn: boolean) => {
      const ok = rows.filter((r) => r.bn === bn && r.trains).map((r) => r.lr);
      return ok.length ? Math.max(...ok) : null;
    };
    return {
      lrs: logspace(config.lrMin, config.lrMax, config.lrCount),
      rows,
      largestBn: largest(true),
      largestPlain: largest(false),
    };
  },
};

export const bnLr: Experiment<BnLrConfig, BnLrFrame, BnLrResult> = sweepExperiment(sweep);
export default bnLr;
