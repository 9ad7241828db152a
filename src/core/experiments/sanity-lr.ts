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
import { batchIterator, trainStep, type Sequential } from '../network.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { Matrix } from '../matrix.ts';
import {
  checkRange,
  median,
  TRAIN_COUNT,
  trainBatch,
  twoLayerNet,
  validationSet,
  type InputScale,
  type NetInit,
} from './lib/sanity-data.ts';
import { classifyCurve, type CurveShape } from './lib/sanity-shapes.ts';
import { exp, log } from '../mathfn.ts';

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
  const scores = net.forward(x, false);
  const C = scores.cols,
    S = scores.data;
  let pTrue = 0,
    pMax = 0,
    loss = 0,
    correct = 0;
  const rows: number[][] = [];
  const p = new Float64Array(C);
  for (let i = 0; i < x.rows; i++) {
    let m = -Infinity,
      arg = 0;
    for (let j = 0; j < C; j++)
      if (S[i * C + j] > m) {
        m = S[i * C + j];
        arg = j;
      }
    let sum = 0;
    for (let j = 0; j < C; j++) {
      p[j] = exp(S[i * C + j] - m);
      sum += p[j];
    }
    for (let j = 0; j < C; j++) p[j] /= sum;
    pTrue += p[y[i]];
    pMax += p[arg];
    loss += m + log(sum) - S[i * C + y[i]];
    if (arg === y[i]) correct++;
    if (i < SAMPLES) rows.push(Array.from(p));
  }
  const n = x.rows;
  return { pTrue: pTrue / n, pMax: pMax / n, loss: loss / n, accuracy: correct / n, rows };
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
  const opt = makeOptimizer({ kind: config.optimizer, lr: config.lr });
  const batches = batchIterator(TRAIN_COUNT, config.batch, root.fork('shuffle'));
  const nLayers = 2;

  const start = probe(net, val.x, val.y);
  const samples = val.y.slice(0, SAMPLES);
  let lastProbe = start;
  const lossCurve: number[] = [];
  const allRatios: number[][] = [[], []];
  let maxLoss = -Infinity,
    initialLoss = NaN;
  let sumLoss = 0,
    sumAcc = 0,
    n = 0;
  let window: number[][] = [[], []];
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
  for (let s = 1; s <= config.steps; s++) {
    const b = trainBatch(data, batches.next(), config.scale);
    const r = trainStep(net, opt, b.x, b.y);
    if (r.diverged) {
      divergedAt = s;
      steps = s;
      yield {
        step: s,
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
    sumLoss += r.loss;
    sumAcc += r.accuracy;
    n++;
    if (r.loss > maxLoss) maxLoss = r.loss;
    for (let l = 0; l < nLayers; l++) {
      window[l].push(r.updateRatios[l]);
      allRatios[l].push(r.updateRatios[l]);
    }
    if (s % EVERY === 0) {
      const loss = sumLoss / n;
      if (lossCurve.length === 0) initialLoss = loss;
      lossCurve.push(loss);
      const evalNow = s % config.evalEvery === 0 || s === config.steps;
      const pr = evalNow ? probe(net, val.x, val.y) : null;
      if (pr) lastProbe = pr;
      yield {
        step: s,
        loss,
        accuracy: sumAcc / n,
        valLoss: pr?.loss ?? null,
        valAccuracy: pr?.accuracy ?? null,
        pTrue: pr?.pTrue ?? null,
        pMax: pr?.pMax ?? null,
        ratios: window.map((w) => median(w)),
        diverged: false,
      };
      sumLoss = 0;
      sumAcc = 0;
      n = 0;
      window = [[], []];
    }
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
