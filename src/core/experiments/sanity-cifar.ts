/**
 * The lecture's own sanity check, reproduced (S14): CS231n's lecture 6 builds a 3072-50-10
 * two-layer network for CIFAR-10, with every weight drawn as 0.0001·N(0, 1) and zero biases, on
 * images with the mean image subtracted, and prints the loss before any training: 2.30261216167
 * without regularisation (≈ ln 10), 3.06859716482 with λ = 1e3. The course has no CIFAR-10, so it
 * uses its own 32×32×3 colour-shape images (data/shapes.ts), mean-image-centred on the 0–255
 * scale like the lecture's inputs, with the same network and weights.
 *
 *   const { result } = await runToEnd(sanityCifar, { images: 500, hidden: 50, initStd: 1e-4, lambda: 1e3, seed: 1 }, ctx);
 *   result.lossNoReg       // ≈ ln 10 = 2.302585
 *   result.lossWithReg     // the training step's loss with weight decay λ: lossNoReg + ½λΣW²
 *   result.expectedPenalty // ½λ·std²·(number of weights): what the draw gives on average
 *
 * The regularised loss is the one the core's training step reports (data loss + ½λΣ‖W‖²), from
 * one step of the Trainer at learning rate 0, which moves nothing. The sweep repeats the check at
 * other weight scales: the penalty grows as std², and at large scales the data loss leaves ln 10.
 * The result also compares the size of the inputs, E‖x‖², with the course's centred MNIST (the
 * first 1,000 training images), which decides how learning rates transfer between the two.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { centred } from '../data/shapes.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import type { Matrix } from '../matrix.ts';
import { checkRange, weightSquaredNorm } from './lib/sanity-data.ts';
import { shapeImages } from './lib/shape-images.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-cifar';

/** What the lecture printed, for comparison (CS231n 2017, lecture 6, "Double check that the loss is reasonable"). */
export const LECTURE = {
  hidden: 50,
  initStd: 1e-4,
  lambda: 1e3,
  lossNoReg: 2.30261216167,
  lossWithReg: 3.06859716482,
} as const;

/** The weight scales of the sweep. */
export const SWEEP_STDS = [1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2] as const;

export interface SanityCifarConfig {
  images: number;
  hidden: number;
  /** Std of every initial weight (the lecture: 1e-4). */
  initStd: number;
  /** L2 strength λ (the lecture: 1e3). */
  lambda: number;
  seed: number;
}

export interface SanityCifarCheck {
  initStd: number;
  lossNoReg: number;
  /** Σ W² over both weight matrices. */
  weightSq: number;
  /** ½λΣW², from the drawn weights. */
  penalty: number;
  /** The training step's loss with weight decay λ. */
  lossWithReg: number;
  /** ½λ·std²·(3072·hidden + hidden·10): the penalty's expectation over the draw. */
  expectedPenalty: number;
}

export interface SanityCifarResult extends SanityCifarCheck {
  weights: number;
  /** The same check at every weight scale of SWEEP_STDS (same λ). */
  sweep: SanityCifarCheck[];
  /** The inputs: RMS and largest |value| (0–255 scale, mean image subtracted), and E‖x‖². */
  inputRms: number;
  inputMaxAbs: number;
  inputEnergy: number;
  /** E‖x‖² of the course's centred MNIST inputs (0–1 scale), and the ratio of the two. */
  mnistEnergy: number;
  energyRatio: number;
}

function energy(x: Matrix): number {
  let s = 0;
  for (let i = 0; i < x.data.length; i++) s += x.data[i] * x.data[i];
  return s / x.rows;
}

export const sanityCifar: Experiment<SanityCifarConfig, SanityCifarCheck, SanityCifarResult> = async function* (
  config,
  ctx,
) {
  checkRange('images', config.images, 10, 3000);
  checkRange('hidden', config.hidden, 1, 500);
  checkRange('initStd', config.initStd, 0, 1);
  checkRange('lambda', config.lambda, 0, 1e5);
  const { train, mean } = shapeImages(config.images, 0, config.seed);
  const x = centred(train, 'image', mean); // the lecture's X − mean image, on the 0–255 scale
  const y = train.labels;
  const weights = 3072 * config.hidden + config.hidden * 10;

  const check = (initStd: number): SanityCifarCheck => {
    // The same draw at every scale (a fresh stream of the same name), scaled by initStd.
    const net = buildMlp(
      { sizes: [3072, config.hidden, 10], activation: 'relu', init: { kind: 'normal', std: initStd } },
      new Rng(config.seed).fork('init'),
    );
    const lossNoReg = evaluate(net, x, y).loss;
    const trainer = new Trainer({
      entries: [{ name: 'check', net, optimizer: makeOptimizer({ kind: 'sgd', lr: 0 }), weightDecay: config.lambda }],
      data: { x, y },
    });
    trainer.run(1);
    const report = trainer.entries[0].last!;
    const weightSq = weightSquaredNorm(net);
    return {
      initStd,
      lossNoReg,
      weightSq,
      penalty: 0.5 * config.lambda * weightSq,
      lossWithReg: report.loss,
      expectedPenalty: 0.5 * config.lambda * initStd * initStd * weights,
    };
  };

  const main = check(config.initStd);
  yield main;
  const sweep: SanityCifarCheck[] = [];
  for (const s of SWEEP_STDS) {
    const c = s === config.initStd ? main : check(s);
    sweep.push(c);
    yield c;
  }

  let s2 = 0,
    maxAbs = 0;
  for (let i = 0; i < x.data.length; i++) {
    s2 += x.data[i] * x.data[i];
    if (Math.abs(x.data[i]) > maxAbs) maxAbs = Math.abs(x.data[i]);
  }
  const mnist = await ctx.loadMnist();
  const mnistEnergy = energy(mnistMatrix(mnist.train, { start: 0, count: 1000 }, { scale: 'centered' }).x);
  const inputEnergy = energy(x);
  return {
    ...main,
    weights,
    sweep,
    inputRms: Math.sqrt(s2 / x.data.length),
    inputMaxAbs: maxAbs,
    inputEnergy,
    mnistEnergy,
    energyRatio: inputEnergy / mnistEnergy,
  };
};
export default sanityCifar;
