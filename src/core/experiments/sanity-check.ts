/**
 * Claims S1, S2, S13: the checks to run before training for real, in order. Preprocess (centre
 * the inputs), choose the architecture (784 → hidden → 10), check the loss at initialisation,
 * then train a little and see the loss fall.
 *
 *   const { result } = await runToEnd(sanityCheck, { hidden: 100, initStd: 1e-3, lambda: 1, scale: 'centered', trainSteps: 50, seed: 1 }, ctx);
 *   result.lossNoReg   // ≈ ln 10 = 2.3026 for small weights
 *   result.lossWithReg // = lossNoReg + ½λ‖W‖²
 *
 * The initial loss is measured on the first 1,000 images of the train part. With weights small
 * enough that every score is ≈ 0, the softmax gives every class probability ≈ 1/C, so the loss
 * −log p_y ≈ ln C. The L2 term adds ½λΣ‖W‖², computed here from the weights themselves.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { evaluate } from '../network.ts';
import { Trainer } from '../trainer.ts';
import { l2Penalty } from '../losses.ts';
import { makeOptimizer } from '../optimizers.ts';
import {
  CLASSES,
  TEST_COUNT,
  TRAIN_COUNT,
  VAL_COUNT,
  checkRange,
  trainBatch,
  trainSubset,
  twoLayerNet,
  weightSquaredNorm,
  type InputScale,
} from './lib/sanity-data.ts';
import { log } from '../mathfn.ts';
import { num } from '../../lib/format.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-check';

export interface SanityCheckConfig {
  hidden: number;
  /** Std of every initial weight (the "small weights" of the check). */
  initStd: number;
  /** L2 strength λ of the "with regularisation" check. */
  lambda: number;
  scale: InputScale;
  /** SGD steps of the "then train" stage (batch 64, lr 0.1 on centered/unit inputs). */
  trainSteps: number;
  seed: number;
}

export type SanityStage = 'preprocess' | 'architecture' | 'initial loss' | 'train';

export interface SanityCheckFrame {
  stage: SanityStage;
  /** What was measured, in words. */
  detail: string;
  passed: boolean;
}

export interface SanityCheckResult {
  stages: SanityCheckFrame[];
  /** Largest |mean| over the 784 pixels of the train part after preprocessing. */
  maxPixelMean: number;
  paramCount: number;
  lnC: number;
  lossNoReg: number;
  /** ½λΣ‖W‖², from the weights. */
  penalty: number;
  weightSq: number;
  lossWithReg: number;
  /** Loss on the same 1,000 images after `trainSteps` steps. */
  lossAfterTraining: number;
  diverged: boolean;
  split: { train: number; validation: number; test: number };
}

export const sanityCheck: Experiment<SanityCheckConfig, SanityCheckFrame, SanityCheckResult> = async function* (
  config,
  ctx,
) {
  checkRange('hidden', config.hidden, 1, 1000);
  checkRange('initStd', config.initStd, 0, 10);
  checkRange('lambda', config.lambda, 0, 1e4);
  checkRange('trainSteps', config.trainSteps, 0, 1000);
  const data = await ctx.loadMnist();
  const root = new Rng(config.seed);
  const stages: SanityCheckFrame[] = [];

  // 1. Preprocess: the mean of every input pixel over the train part.
  const sums = new Float64Array(784);
  for (let start = 0; start < TRAIN_COUNT; start += 1000) {
    const count = Math.min(1000, TRAIN_COUNT - start);
    const idx = Int32Array.from({ length: count }, (_, i) => start + i);
    const { x } = trainBatch(data, idx, config.scale);
    for (let r = 0; r < count; r++) for (let j = 0; j < 784; j++) sums[j] += x.data[r * 784 + j];
  }
  let maxPixelMean = 0;
  for (let j = 0; j < 784; j++) maxPixelMean = Math.max(maxPixelMean, Math.abs(sums[j] / TRAIN_COUNT));
  const unitMax = config.scale === 'raw' ? 255 : 1;
  let f: SanityCheckFrame = {
    stage: 'preprocess',
    detail: `largest |mean| of a pixel over the ${num(TRAIN_COUNT)} training images: ${num(maxPixelMean, 2)}`,
    // The mean image subtracted is that of all 7,996 training images (train + validation), so
    // the 6,996 of the train part average to nearly, not exactly, zero.
    passed: maxPixelMean < 0.02 * unitMax,
  };
  stages.push(f);
  yield f;

  // 2. Architecture.
  const net = twoLayerNet({ hidden: config.hidden, init: 'small', initStd: config.initStd }, root.fork('init'));
  const paramCount = net.paramCount();
  f = {
    stage: 'architecture',
    detail: `784 → ${config.hidden} ReLU → ${CLASSES} softmax, ${num(paramCount)} parameters`,
    passed: true,
  };
  stages.push(f);
  yield f;

  // 3. Initial loss, without and with regularisation.
  const probe = trainSubset(data, 1000, config.scale);
  const lossNoReg = evaluate(net, probe.x, probe.y).loss;
  const weightSq = weightSquaredNorm(net);
  const penalty = l2Penalty(net.params(), config.lambda);
  const lossWithReg = lossNoReg + penalty;
  const lnC = log(CLASSES);
  f = {
    stage: 'initial loss',
    detail: `loss ${num(lossNoReg, 5)} vs ln ${CLASSES} = ${num(lnC, 5)}; with λ = ${config.lambda}: ${num(lossWithReg, 5)}`,
    passed: Math.abs(lossNoReg - lnC) < 0.01 && (config.lambda === 0 || lossWithReg > lossNoReg),
  };
  stages.push(f);
  yield f;

  // 4. Then train: a few SGD steps must lower the loss.
  const trainer = new Trainer({
    entries: [{ name: 'net', net, optimizer: makeOptimizer({ kind: 'sgd', lr: config.scale === 'raw' ? 1e-6 : 0.1 }) }],
    data: { rows: TRAIN_COUNT, batch: (idx) => trainBatch(data, idx, config.scale) },
    batchSize: 64,
    shuffle: root.fork('shuffle'),
  });
  trainer.run(config.trainSteps);
  const diverged = trainer.entries[0].diverged;
  const lossAfterTraining = evaluate(net, probe.x, probe.y).loss;
  f = {
    stage: 'train',
    detail: diverged
      ? 'training diverged (NaN/Inf)'
      : `loss after ${config.trainSteps} SGD steps: ${num(lossAfterTraining, 5)}`,
    passed: !diverged && lossAfterTraining < lossNoReg,
  };
  stages.push(f);
  yield f;

  return {
    stages,
    maxPixelMean,
    paramCount,
    lnC,
    lossNoReg,
    penalty,
    weightSq,
    lossWithReg,
    lossAfterTraining,
    diverged,
    split: { train: TRAIN_COUNT, validation: VAL_COUNT, test: TEST_COUNT },
  };
};
export default sanityCheck;
