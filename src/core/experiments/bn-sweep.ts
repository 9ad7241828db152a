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
import type { Experiment } from './types.ts';
import { loadSubset, logspace, makeRun } from './lib/bn-mnist.ts';
import { evaluate } from '../network.ts';
import { train as runTrainer } from '../trainer.ts';

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

export const bnSweep: Experiment<BnSweepConfig, BnSweepFrame, BnSweepResult> = async function* bnSweep(config, ctx) {
  const { train } = await loadSubset(ctx, config.trainSize);
  const scales = logspace(1, 1e-4, config.scaleCount);
  const perEpoch = Math.ceil(train.x.rows / config.batch);
  const iterations = perEpoch * config.epochs;
  const hidden = Array.from({ length: config.hiddenLayers }, () => config.width);
  const curves: BnSweepCurve[] = [];
  const runs = scales.length * 2;
  let runIndex = 0;
  for (let s = 0; s < scales.length; s++) {
    for (const bn of [true, false]) {
      const trainer = makeRun({
        data: train,
        hidden,
        activation: 'relu',
        init: { kind: 'normal', std: scales[s] },
        batchNorm: bn,
        optimizer: { kind: 'sgd', lr: config.lr },
        batch: config.batch,
        seed: config.seed,
      });
      const { net } = trainer.entries[0];
      const curve: BnSweepCurve = {
        scaleIndex: s,
        scale: scales[s],
        bn,
        epochs: [0],
        accuracy: [evaluate(net, train.x, train.y).accuracy],
        diverged: false,
      };
      yield {
        kind: 'epoch',
        scaleIndex: s,
        scale: scales[s],
        bn,
        epoch: 0,
        iteration: 0,
        accuracy: curve.accuracy[0],
        diverged: false,
      };
      const evaluated = (step: number) => {
        const e = step / perEpoch;
        return Number.isInteger(e) && (e % config.evalEvery === 0 || e === config.epochs);
      };
      // A diverged run keeps its last good weights: its accuracy is still measured at each evaluation.
      for (const f of runTrainer(trainer, { steps: iterations, every: evaluated, stopWhenAllDiverged: false })) {
        const { diverged, divergedAt } = f.entries[0];
        const iteration = divergedAt ?? f.step;
        if (!diverged || divergedAt === f.step) yield { kind: 'tick', run: runIndex, runs, iteration, iterations };
        if (!f.probed) continue;
        const acc = evaluate(net, train.x, train.y).accuracy;
        const epoch = f.step / perEpoch;
        curve.accuracy.push(acc);
        curve.epochs.push(epoch);
        curve.diverged = diverged;
        yield { kind: 'epoch', scaleIndex: s, scale: scales[s], bn, epoch, iteration, accuracy: acc, diverged };
      }
      curves.push(curve);
      runIndex++;
    }
  }
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
    iterationsPerRun: iterations,
  };
};
export default bnSweep;
