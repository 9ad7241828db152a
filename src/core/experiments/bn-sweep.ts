/**
 * B6, the initialisation sweep: the same deep ReLU MLP trained on an MNIST subset from weights
 * drawn at 16 scales from 1 to 1e-4 (log-spaced), once with BatchNorm before every
 * nonlinearity and once without, from identical weights and identical mini-batches.
 *
 *   const { result } = await runToEnd(bnSweep, { scaleCount: 16, trainSize: 1000, hiddenLayers: 5,
 *     width: 100, epochs: 20, batch: 100, lr: 0.01, evalEvery: 1, threshold: 0.5, seed: 1 }, ctx);
 *   result.learnedBn      // scales at which the BN net ends above `threshold` training accuracy
 *   result.learnedPlain   // the same for the plain net
 *
 * Weights: W ~ N(0, scale²) in every layer (biases 0), plain SGD. Accuracy is measured on the
 * training subset in inference mode (BatchNorm uses its running statistics) before training and
 * after every epoch. Frames: an 'epoch' frame per measured point, a 'tick' frame per iteration
 * (progress only; one iteration is well under 30 ms at the default sizes).
 */
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { loadSubset, logspace, makeRun } from './lib/bn-mnist.ts';
import { evaluate } from '../network.ts';
import { train as runTrainer } from '../trainer.ts';
import { precisionOf } from './lib/precision.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'bn-sweep';

export interface BnSweepConfig {
  /** Number of weight scales, log-spaced from 1 to 1e-4 (16 in the classic experiment). */
  scaleCount: number;
  /** Training images (the first `trainSize` of the course's training split). */
  trainSize: number;
  /** Hidden layers, each `width` units. */
  hiddenLayers: number;
  width: number;
  epochs: number;
  batch: number;
  /** SGD learning rate. */
  lr: number;
  /** Measure the training accuracy every this many epochs (and always after the last). */
  evalEvery: number;
  /** A net "learns" if its final training accuracy exceeds this. */
  threshold: number;
  seed: number;
}

export type BnSweepFrame =
  | {
      kind: 'epoch';
      scaleIndex: number;
      scale: number;
      bn: boolean;
      epoch: number;
      iteration: number;
      accuracy: number;
      diverged: boolean;
    }
  | { kind: 'tick'; run: number; runs: number; iteration: number; iterations: number };

export interface BnSweepCurve {
  scaleIndex: number;
  scale: number;
  bn: boolean;
  /** Epochs at which the accuracy was measured (0 = before training). */
  epochs: number[];
  /** Training accuracy at those epochs. */
  accuracy: number[];
  diverged: boolean;
}

export interface BnSweepResult {
  scales: number[];
  curves: BnSweepCurve[];
  /** Final accuracy per scale: [plain, bn]. */
  final: { scale: number; plain: number; bn: number }[];
  learnedBn: number;
  learnedPlain: number;
  /** Scales at which BN's final accuracy is at least the plain net's. */
  bnAtLeastPlain: number;
  iterationsPerRun: number;
}

/** One run of the sweep: one weight scale, with or without BN (everything it depends on, seed included). */
export interface BnSweepRun extends Omit<BnSweepConfig, 'scaleCount' | 'threshold'> {
  scaleIndex: number;
  scale: number;
  bn: boolean;
  /** Its place in the plan (for the progress frames) and the plan's length. */
  run: number;
  runs: number;
}

/** A run's curve, and how many iterations it had. */
export interface BnSweepRunResult extends BnSweepCurve {
  iterations: number;
}

/** Trains one network of the sweep and measures its training accuracy every evalEvery epochs. */
async function* sweepRun(rc: BnSweepRun, ctx: ExperimentContext): AsyncGenerator<BnSweepFrame, BnSweepRunResult, void> {
  const { train } = await loadSubset(ctx, rc.trainSize);
  const perEpoch = Math.ceil(train.x.rows / rc.batch);
  const iterations = perEpoch * rc.epochs;
  const { scaleIndex, scale, bn } = rc;
  const trainer = makeRun({
    data: train,
    hidden: Array.from({ length: rc.hiddenLayers }, () => rc.width),
    activation: 'relu',
    init: { kind: 'normal', std: scale },
    batchNorm: bn,
    optimizer: { kind: 'sgd', lr: rc.lr },
    batch: rc.batch,
    seed: rc.seed,
    precision: precisionOf(id),
  });
  const { net } = trainer.entries[0];
  const curve: BnSweepRunResult = {
    scaleIndex,
    scale,
    bn,
    epochs: [0],
    accuracy: [evaluate(net, train.x, train.y).accuracy],
    diverged: false,
    iterations,
  };
  yield { kind: 'epoch', scaleIndex, scale, bn, epoch: 0, iteration: 0, accuracy: curve.accuracy[0], diverged: false };
  const evaluated = (step: number) => {
    const e = step / perEpoch;
    return Number.isInteger(e) && (e % rc.evalEvery === 0 || e === rc.epochs);
  };
  // A diverged run keeps its last good weights: its accuracy is still measured at each evaluation.
  for (const f of runTrainer(trainer, { steps: iterations, every: evaluated, stopWhenAllDiverged: false })) {
    const { diverged, divergedAt } = f.entries[0];
    const iteration = divergedAt ?? f.step;
    if (!diverged || divergedAt === f.step) yield { kind: 'tick', run: rc.run, runs: rc.runs, iteration, iterations };
    if (!f.probed) continue;
    const acc = evaluate(net, train.x, train.y).accuracy;
    const epoch = f.step / perEpoch;
    curve.accuracy.push(acc);
    curve.epochs.push(epoch);
    curve.diverged = diverged;
    yield { kind: 'epoch', scaleIndex, scale, bn, epoch, iteration, accuracy: acc, diverged };
  }
  return curve;
}

/** The sweep: every scale with and without BN, each run on its own (the pool may run several at once). */
export const sweep: Sweep<BnSweepConfig, BnSweepRun, BnSweepFrame, BnSweepRunResult, BnSweepFrame, BnSweepResult> = {
  runs(config) {
    const { scaleCount: _count, threshold: _threshold, ...common } = config;
    const scales = logspace(1, 1e-4, config.scaleCount);
    const runs = scales.length * 2;
    return scales.flatMap((scale, s) =>
      [true, false].map((bn, b) => ({ ...common, scaleIndex: s, scale, bn, run: 2 * s + b, runs })),
    );
  },
  run: sweepRun,
  // A BN layer after every hidden layer makes a run about a fifth longer (Node, the demo's
  // defaults). Only a pool's schedule reads this: BN runs first, the shorter ones fill the end.
  cost: (rc) => (rc.bn ? 1.2 : 1),
  frame: (_i, f) => f,
  combine(results, config) {
    const scales = logspace(1, 1e-4, config.scaleCount);
    const curves: BnSweepCurve[] = results.map(({ iterations: _iterations, ...curve }) => curve);
    const final = scales.map((scale, s) => {
      const last = (bn: boolean) => {
        const c = curves.find((k) => k.scaleIndex === s && k.bn === bn)!;
        return c.accuracy[c.accuracy.length - 1];
      };
      return { scale, plain: last(false), bn: last(true) };
    });
    return {
      scales,
      curves,
      final,
      learnedBn: final.filter((f) => f.bn > config.threshold).length,
      learnedPlain: final.filter((f) => f.plain > config.threshold).length,
      bnAtLeastPlain: final.filter((f) => f.bn >= f.plain).length,
      iterationsPerRun: results[0]?.iterations ?? 0,
    };
  },
};

export const bnSweep: Experiment<BnSweepConfig, BnSweepFrame, BnSweepResult> = sweepExperiment(sweep);
export default bnSweep;
