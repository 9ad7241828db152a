/**
 * Claims S4, S5, S8 (and S10's ratio): one training run of the two-layer MNIST classifier at a
 * chosen learning rate, streaming the training loss and accuracy, the validation accuracy, the
 * predicted probabilities (how diffuse they are) and the update-to-weight ratio of each layer.
 *
 *   const { result } = await runToEnd(sanityLr, { ...LR_PRESETS.good, seed: 1 }, ctx);
 *   result.shape        // 'steep then flat', 'slow and linear', 'explodes', …
 *   result.divergedAt   // the step whose loss or gradient became NaN/Inf, or null
 *
 * Each frame averages the training mini-batches of the last `EVERY` steps; the validation set
 * (1,000 held-out training images) is evaluated every `evalEvery` steps.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import type { Sequential } from '../network.ts';
import { Trainer, meanOf, train } from '../trainer.ts';
import { softmaxCrossEntropy } from '../losses.ts';
import { argmaxRow } from '../argmax.ts';
import { median } from '../probes.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { Matrix } from '../matrix.ts';
import {
  checkRange,
  TRAIN_COUNT,
  trainBatch,
  twoLayerNet,
  validationSet,
  type InputScale,
  type NetInit,
} from './lib/sanity-data.ts';
import { classifyCurve, type CurveShape } from './lib/sanity-shapes.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-lr';

export interface SanityLrConfig {
  optimizer: 'sgd' | 'adam';
  lr: number;
  scale: InputScale;
  init: NetInit;
  /** Std of the weights when init is 'small'. */
  initStd: number;
  hidden: number;
  steps: number;
  batch: number;
  evalEvery: number;
  seed: number;
}

/** The one-click settings of the learning-rate probe (all 784-100-10, batch 64). */
export const LR_PRESETS = {
  /** Plain SGD at 1e-6 on the course's centered inputs. */
  'too low': { optimizer: 'sgd', lr: 1e-6, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  /** The lecture's setting: SGD at 1e-6, tiny weights, mean-subtracted raw grey levels. */
  'too low, raw pixels': { optimizer: 'sgd', lr: 1e-6, scale: 'raw', init: 'small', initStd: 1e-4, steps: 1000 },
  low: { optimizer: 'adam', lr: 1e-5, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  good: { optimizer: 'adam', lr: 1e-3, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  high: { optimizer: 'adam', lr: 3e-2, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  explodes: { optimizer: 'sgd', lr: 10, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  'far too high': { optimizer: 'sgd', lr: 1e6, scale: 'centered', init: 'he', initStd: 1e-3, steps: 600 },
  'bad init': { optimizer: 'sgd', lr: 0.1, scale: 'centered', init: 'small', initStd: 3e-4, steps: 600 },
} as const satisfies Record<string, Pick<SanityLrConfig, 'optimizer' | 'lr' | 'scale' | 'init' | 'initStd' | 'steps'>>;

export type LrPresetName = keyof typeof LR_PRESETS;

export interface SanityLrFrame {
  step: number;
  /** Mean training-batch loss over the last EVERY steps (NaN at divergence). */
  loss: number;
  /** Mean training-batch accuracy over the same steps. */
  accuracy: number;
  /** Validation loss and accuracy (only on evaluation steps, else null). */
  valLoss: number | null;
  valAccuracy: number | null;
  /** Mean over the validation set of the probability given to the true class, and of the largest probability. */
  pTrue: number | null;
  pMax: number | null;
  /** Median ‖ΔW‖/‖W‖ of each weight matrix over the last EVERY steps. */
  ratios: number[];
  diverged: boolean;
}

export interface SanityLrResult {
  steps: number;
  diverged: boolean;
  divergedAt: number | null;
  /** Largest finite training-batch loss seen. */
  maxLoss: number;
  initialLoss: number;
  finalLoss: number;
  initialValAccuracy: number;
  finalValAccuracy: number;
  initialPTrue: number;
  finalPTrue: number;
  finalPMax: number;
  /** The first `SAMPLES` validation images: labels and class probabilities at step 0 and at the end. */
  samples: { label: number; before: number[]; after: number[] }[];
  /** Median update ratio per layer over the whole run. */
  medianRatios: number[];
  shape: CurveShape;
}

export const EVERY = 10;
const SAMPLES = 4;

/** Softmax probabilities on the validation set: mean p(true), mean max p, loss, accuracy, first rows. */
function probe(net: Sequential, x: Matrix, y: Int32Array) {
  const { loss, probs } = softmaxCrossEntropy(net.infer(x), y);
  const C = probs.cols,
    P = probs.data;
  let pTrue = 0,
    pMax = 0,
    correct = 0;
  for (let i = 0; i < x.rows; i++) {
    const arg = argmaxRow(P, i * C, C);
    pTrue += P[i * C + y[i]];
    pMax += P[i * C + arg];
    if (arg === y[i]) correct++;
  }
  const n = x.rows;
  const rows = Array.from({ length: Math.min(SAMPLES, n) }, (_, i) => Array.from(P.subarray(i * C, (i + 1) * C)));
  return { pTrue: pTrue / n, pMax: pMax / n, loss, accuracy: correct / n, rows };
}

export const sanityLr: Experiment<SanityLrConfig, SanityLrFrame, SanityLrResult> = async function* (config, ctx) {
  checkRange('lr', config.lr, 1e-9, 1e9);
  checkRange('hidden', config.hidden, 1, 1000);
  checkRange('steps', config.steps, EVERY, 20000);
  checkRange('batch', config.batch, 1, 1000);
  checkRange('evalEvery', config.evalEvery, EVERY, 100000);
  checkRange('initStd', config.initStd, 0, 10);
  const data = await ctx.loadMnist();
  const root = new Rng(config.seed);
  const val = validationSet(data, config.scale);
  const net = twoLayerNet({ hidden: config.hidden, init: config.init, initStd: config.initStd }, root.fork('init'));
  const trainer = new Trainer({
    entries: [{ name: 'net', net, optimizer: makeOptimizer({ kind: config.optimizer, lr: config.lr }) }],
    data: { rows: TRAIN_COUNT, batch: (idx) => trainBatch(data, idx, config.scale) },
    batchSize: config.batch,
    shuffle: root.fork('shuffle'),
  });

  const start = probe(net, val.x, val.y);
  const samples = val.y.slice(0, SAMPLES);
  let lastProbe = start;
  const lossCurve: number[] = [];
  const allRatios: number[][] = [[], []];
  let maxLoss = -Infinity,
    initialLoss = NaN;
  yield {
    step: 0,
    loss: NaN,
    accuracy: NaN,
    valLoss: start.loss,
    valAccuracy: start.accuracy,
    pTrue: start.pTrue,
    pMax: start.pMax,
    ratios: [NaN, NaN],
    diverged: false,
  };

  let divergedAt: number | null = null;
  let steps = config.steps;
  for (const f of train(trainer, { steps: config.steps, every: EVERY })) {
    const { report: r, window } = f.entries[0];
    if (r?.diverged) {
      divergedAt = steps = f.step;
      yield {
        step: f.step,
        loss: NaN,
        accuracy: NaN,
        valLoss: null,
        valAccuracy: null,
        pTrue: null,
        pMax: null,
        ratios: [NaN, NaN],
        diverged: true,
      };
      break;
    }
    if (r!.loss > maxLoss) maxLoss = r!.loss;
    r!.updateRatios.forEach((u, l) => allRatios[l].push(u));
    if (!f.probed) continue;
    const loss = meanOf(window, 'loss');
    if (lossCurve.length === 0) initialLoss = loss;
    lossCurve.push(loss);
    const evalNow = f.step % config.evalEvery === 0 || f.last;
    const pr = evalNow ? probe(net, val.x, val.y) : null;
    if (pr) lastProbe = pr;
    yield {
      step: f.step,
      loss,
      accuracy: meanOf(window, 'accuracy'),
      valLoss: pr?.loss ?? null,
      valAccuracy: pr?.accuracy ?? null,
      pTrue: pr?.pTrue ?? null,
      pMax: pr?.pMax ?? null,
      ratios: [0, 1].map((l) => median(window.map((w) => w.updateRatios[l]))),
      diverged: false,
    };
  }
  const finalLoss = lossCurve.length ? lossCurve[lossCurve.length - 1] : NaN;
  return {
    steps,
    diverged: divergedAt !== null,
    divergedAt,
    maxLoss,
    initialLoss,
    finalLoss,
    initialValAccuracy: start.accuracy,
    finalValAccuracy: lastProbe.accuracy,
    initialPTrue: start.pTrue,
    finalPTrue: lastProbe.pTrue,
    finalPMax: lastProbe.pMax,
    samples: Array.from(samples, (label, i) => ({ label, before: start.rows[i], after: lastProbe.rows[i] })),
    medianRatios: allRatios.map((a) => median(a)),
    shape: classifyCurve(lossCurve, divergedAt !== null),
  };
};
export default sanityLr;
