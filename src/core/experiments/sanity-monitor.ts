/**
 * Claims S9, S10: what to watch while training. Trains the two-layer classifier on a subset of
 * the train part and reports, every `evalEvery` steps, training and validation accuracy (their
 * gap), and each layer's update-to-weight ratio ‖ΔW‖/‖W‖ (median over the steps since the last
 * report). The early-stopping point is the step with the best validation accuracy.
 *
 *   const { result } = await runToEnd(sanityMonitor, { trainSize: 500, hidden: 100, lr: 1e-3, lambda: 0, steps: 1000, evalEvery: 50, seed: 1 }, ctx);
 *   result.finalGap        // train − validation accuracy at the end
 *   result.earlyStop.step  // where validation accuracy peaked
 *
 * Adam, batch 64; the training accuracy is measured on (up to 1,000 of) the training subset.
 */
import { precisionOf } from './lib/precision.ts';
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { evaluate } from '../network.ts';
import { Trainer, train as runTrainer } from '../trainer.ts';
import { median } from '../probes.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkRange, trainSubset, twoLayerNet, validationSet } from './lib/sanity-data.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-monitor';

export interface SanityMonitorConfig {
  trainSize: number;
  hidden: number;
  lr: number;
  /** L2 strength λ. */
  lambda: number;
  steps: number;
  evalEvery: number;
  seed: number;
}

export interface SanityMonitorFrame {
  step: number;
  trainAccuracy: number;
  valAccuracy: number;
  trainLoss: number;
  valLoss: number;
  /** Median ‖ΔW‖/‖W‖ per layer since the last frame (NaN at step 0). */
  ratios: number[];
}

export interface SanityMonitorResult {
  frames: number;
  finalGap: number;
  maxGap: number;
  finalTrainAccuracy: number;
  finalValAccuracy: number;
  earlyStop: { step: number; valAccuracy: number };
  medianRatios: number[];
  diverged: boolean;
  divergedAt: number | null;
}

export const sanityMonitor: Experiment<SanityMonitorConfig, SanityMonitorFrame, SanityMonitorResult> = async function* (
  config,
  ctx,
) {
  checkRange('trainSize', config.trainSize, 10, 6996);
  checkRange('hidden', config.hidden, 1, 1000);
  checkRange('lr', config.lr, 1e-9, 10);
  checkRange('lambda', config.lambda, 0, 100);
  checkRange('steps', config.steps, 1, 20000);
  checkRange('evalEvery', config.evalEvery, 1, 20000);
  const data = await ctx.loadMnist();
  const root = new Rng(config.seed);
  const train = trainSubset(data, config.trainSize, 'centered');
  const trainEval = config.trainSize > 1000 ? trainSubset(data, 1000, 'centered') : train;
  const val = validationSet(data, 'centered');
  const net = twoLayerNet({ hidden: config.hidden, init: 'he', precision: precisionOf(id) }, root.fork('init'));
  const trainer = new Trainer({
    entries: [
      { name: 'net', net, optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }), weightDecay: config.lambda },
    ],
    data: train,
    batchSize: 64,
    shuffle: root.fork('shuffle'),
  });

  const measure = (step: number, ratios: number[]): SanityMonitorFrame => {
    const t = evaluate(net, trainEval.x, trainEval.y);
    const v = evaluate(net, val.x, val.y);
    return { step, trainAccuracy: t.accuracy, valAccuracy: v.accuracy, trainLoss: t.loss, valLoss: v.loss, ratios };
  };
  let f = measure(0, [NaN, NaN]);
  let earlyStop = { step: 0, valAccuracy: f.valAccuracy };
  let maxGap = f.trainAccuracy - f.valAccuracy;
  const all: number[][] = [[], []];
  yield f;
  let divergedAt: number | null = null;
  for (const t of runTrainer(trainer, { steps: config.steps, every: config.evalEvery })) {
    const { report, window } = t.entries[0];
    if (report?.diverged) {
      divergedAt = t.step;
      break;
    }
    report!.updateRatios.forEach((u, l) => all[l].push(u));
    if (!t.probed) continue;
    f = measure(
      t.step,
      [0, 1].map((l) => median(window.map((w) => w.updateRatios[l]))),
    );
    if (f.valAccuracy > earlyStop.valAccuracy) earlyStop = { step: t.step, valAccuracy: f.valAccuracy };
    maxGap = Math.max(maxGap, f.trainAccuracy - f.valAccuracy);
    yield f;
  }
  return {
    frames: 0,
    finalGap: f.trainAccuracy - f.valAccuracy,
    maxGap,
    finalTrainAccuracy: f.trainAccuracy,
    finalValAccuracy: f.valAccuracy,
    earlyStop,
    medianRatios: all.map((a) => median(a)),
    diverged: divergedAt !== null,
    divergedAt,
  };
};
export default sanityMonitor;
