/**
 * Dropout at training and at test time (claim O12). Two copies of one network, from the same
 * initial weights and on the same minibatches, learn a small noisy spiral: one plain, one with
 * (inverted) dropout after each hidden layer. Then the dropout network is looked at three ways:
 *
 *   - one thinned network: a training-mode forward pass, with one random mask;
 *   - the ensemble: the softmax outputs of `masks` thinned networks (fresh masks each), averaged;
 *   - the test-time network: every unit kept, nothing rescaled (inverted dropout already scaled
 *     the survivors by 1/(1 − p) during training).
 *
 *   const { result } = await runToEnd(optDropout, { p: 0.5, masks: 100, steps: 2000, grid: 32, seed: 1 }, ctx);
 *   result.plain.gap, result.dropout.gap        // train − test accuracy of each network
 *   result.agreement                             // test-time net vs the ensemble: same class on this share of test points
 *   result.maskMean                              // E over masks of the first dropout layer's output vs its test-time output
 *
 * Data: 25 points per arm of the three-armed spiral with angle noise 0.8 for training, 200 per
 * arm (same noise) for testing. Network 2 → 64 → 64 → 3, ReLU, He initialisation, Adam
 * (η = 0.01), batches of 25. Regions are the predicted class on a grid × grid lattice over
 * [−1.2, 1.2]². Masks come from the network's own dropout stream, so a seed fixes them.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { spiral } from '../data/toy2d.ts';
import { buildMlp, evaluate, type Sequential } from '../network.ts';
import { makeOptimizer } from '../optimizers.ts';
import { Trainer, train } from '../trainer.ts';
import { matrix, type Matrix } from '../matrix.ts';
import { softmaxCrossEntropy } from '../losses.ts';
import { argmaxRow } from '../argmax.ts';
import { checkRange } from './lib/sanity-data.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-dropout';

export interface OptDropoutConfig {
  /** Drop probability p of each hidden unit (0 < p < 1). */
  p: number;
  /** Thinned networks averaged in the ensemble. */
  masks: number;
  steps: number;
  /** Lattice points per side of the decision-region maps. */
  grid: number;
  seed: number;
}

/**
 * While training: both networks' test accuracy (test-time mode) every 100 steps, and progress
 * every 10 steps between them; then the number of masks drawn.
 */
export type OptDropoutFrame =
  { phase: 'train'; step: number; plainTest: number; dropoutTest: number } | { phase: 'masks'; masks: number };

export interface NetScores {
  train: number;
  test: number;
  /** train − test. */
  gap: number;
}

/** A decision-region map: the predicted class and its probability at each lattice point (row 0 at y = −1.2). */
export interface Regions {
  cls: Int32Array;
  prob: Float64Array;
}

export interface OptDropoutResult {
  p: number;
  masks: number;
  /** The training points, for drawing: x, y, class. */
  points: { x: number; y: number; c: number }[];
  grid: number;
  extent: number;
  plain: NetScores;
  dropout: NetScores;
  /** Test accuracy of one thinned network, averaged over the `masks` masks. */
  singleTest: number;
  /** Test accuracy of the averaged ensemble. */
  ensembleTest: number;
  /** Share of test points where the test-time network and the ensemble predict the same class. */
  agreement: number;
  /** The same share for a single thinned network (mean over the masks). */
  singleAgreement: number;
  /** ‖mean over masks of the first dropout layer's output − its test-time output‖ / ‖test-time output‖. */
  maskMean: number;
  /** The sampling error expected of that mean: √(p / ((1 − p)·masks)). */
  maskMeanExpected: number;
  regions: { plain: Regions; single: Regions; ensemble: Regions; testTime: Regions };
}

const EXTENT = 1.2;

function regionsOf(probs: Float64Array, n: number): Regions {
  const cls = new Int32Array(n);
  const prob = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cls[i] = argmaxRow(probs, i * 3, 3);
    prob[i] = probs[i * 3 + cls[i]];
  }
  return { cls, prob };
}

/** Softmax outputs of a network in training mode (a fresh dropout mask) or test-time mode. */
function probsOf(net: Sequential, x: Matrix, training: boolean): Float64Array {
  const scores = training ? net.forward(x, true) : net.infer(x);
  return softmaxCrossEntropy(scores, new Int32Array(x.rows)).probs.data.slice();
}

function agree(a: Float64Array, b: Float64Array, n: number): number {
  let same = 0;
  for (let i = 0; i < n; i++) if (argmaxRow(a, i * 3, 3) === argmaxRow(b, i * 3, 3)) same++;
  return same / n;
}

function accuracy(probs: Float64Array, y: Int32Array): number {
  let ok = 0;
  for (let i = 0; i < y.length; i++) if (argmaxRow(probs, i * 3, 3) === y[i]) ok++;
  return ok / y.length;
}

export const optDropout: Experiment<OptDropoutConfig, OptDropoutFrame, OptDropoutResult> = async function* (config) {
  checkRange('p', config.p, 0.05, 0.9);
  checkRange('masks', config.masks, 1, 1000);
  checkRange('steps', config.steps, 10, 10000);
  checkRange('grid', config.grid, 4, 64);
  const root = new Rng(config.seed);
  const data = spiral(25, 3, root.fork('train'), 0.8);
  const test = spiral(200, 3, root.fork('test'), 0.8);
  const net = (p: number) =>
    buildMlp(
      { sizes: [2, 64, 64, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' }, dropout: p },
      root.fork('init'),
      root.fork('dropout'),
    );
  const plain = net(0);
  const dropped = net(config.p);
  const trainer = new Trainer({
    entries: [
      { name: 'plain', net: plain, optimizer: makeOptimizer({ kind: 'adam', lr: 0.01 }) },
      { name: 'dropout', net: dropped, optimizer: makeOptimizer({ kind: 'adam', lr: 0.01 }) },
    ],
    data,
    batchSize: 25,
    shuffle: root.fork('shuffle'),
  });
  const testAcc = (n: Sequential) => evaluate(n, test.x, test.y).accuracy;
  for (const f of train(trainer, { steps: config.steps, every: 100, probe: (e) => testAcc(e.net) })) {
    if (f.probed)
      yield { phase: 'train', step: f.step, plainTest: f.entries[0].probe!, dropoutTest: f.entries[1].probe! };
  }
  const scores = (n: Sequential): NetScores => {
    const tr = evaluate(n, data.x, data.y).accuracy;
    const te = testAcc(n);
    return { train: tr, test: te, gap: tr - te };
  };

  // The lattice of the region maps.
  const g = config.grid;
  const lattice = matrix(g * g, 2);
  for (let j = 0; j < g; j++)
    for (let i = 0; i < g; i++) {
      lattice.data[2 * (j * g + i)] = -EXTENT + (2 * EXTENT * i) / (g - 1);
      lattice.data[2 * (j * g + i) + 1] = -EXTENT + (2 * EXTENT * j) / (g - 1);
    }
  const nTest = test.y.length;
  const testTime = probsOf(dropped, test.x, false);
  const testTimeMap = probsOf(dropped, lattice, false);
  const ensemble = new Float64Array(testTime.length);
  const ensembleMap = new Float64Array(testTimeMap.length);
  let single = 0;
  let singleAgree = 0;
  let singleMap: Float64Array | null = null;
  // The first dropout layer's input is the same with or without a mask: average its masked output.
  const [dense1, act1, drop1] = dropped.layers;
  const hidden = act1.infer(dense1.infer(test.x));
  const hiddenMean = new Float64Array(hidden.data.length);
  for (let k = 0; k < config.masks; k++) {
    const probs = probsOf(dropped, test.x, true);
    for (let i = 0; i < probs.length; i++) ensemble[i] += probs[i] / config.masks;
    single += accuracy(probs, test.y) / config.masks;
    singleAgree += agree(probs, testTime, nTest) / config.masks;
    const map = probsOf(dropped, lattice, true);
    for (let i = 0; i < map.length; i++) ensembleMap[i] += map[i] / config.masks;
    singleMap ??= map;
    const masked = drop1.forward(hidden, true).data;
    for (let i = 0; i < masked.length; i++) hiddenMean[i] += masked[i] / config.masks;
    if (k % 2 === 1) yield { phase: 'masks', masks: k + 1 };
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < hidden.data.length; i++) {
    num += (hiddenMean[i] - hidden.data[i]) * (hiddenMean[i] - hidden.data[i]);
    den += hidden.data[i] * hidden.data[i];
  }
  const points = Array.from({ length: data.y.length }, (_, i) => ({
    x: data.x.data[2 * i],
    y: data.x.data[2 * i + 1],
    c: data.y[i],
  }));
  return {
    p: config.p,
    masks: config.masks,
    points,
    grid: g,
    extent: EXTENT,
    plain: scores(plain),
    dropout: scores(dropped),
    singleTest: single,
    ensembleTest: accuracy(ensemble, test.y),
    agreement: agree(ensemble, testTime, nTest),
    singleAgreement: singleAgree,
    maskMean: den > 0 ? Math.sqrt(num / den) : 0,
    maskMeanExpected: Math.sqrt(config.p / ((1 - config.p) * config.masks)),
    regions: {
      plain: regionsOf(probsOf(plain, lattice, false), g * g),
      single: regionsOf(singleMap!, g * g),
      ensemble: regionsOf(ensembleMap, g * g),
      testTime: regionsOf(testTimeMap, g * g),
    },
  };
};
export default optDropout;
