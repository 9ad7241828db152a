/**
 * Claims S6, S13: coarse-to-fine random search over the learning rate and the L2 strength, in
 * log space, each trial a short training run judged on the validation set only.
 *
 *   const { result } = await runToEnd(searchRandom, { lrLo: -4, lrHi: 0, regLo: -5, regHi: -1, coarse: 16, fine: 8, steps: 150, seed: 1 }, ctx);
 *   result.edge.lr          // 'high' if the best coarse learning rate sits at the top of its range
 *   result.suggested        // the coarse range moved to put the best value inside
 *   result.testAccuracy     // the chosen setting on the test set: computed once, after choosing
 *
 * A trial: SGD (batch 64) on the first 1,000 images of the train part for `steps` steps,
 * 784 → 50 ReLU → 10, He initialisation; its score is the accuracy on the 1,000 validation
 * images. Exponents are drawn uniformly, so log10(lr) ~ U(lrLo, lrHi), log10(λ) ~ U(regLo, regHi).
 * The fine stage draws from a box a quarter as wide, centred on the best coarse trial. The test
 * set is read only after the last trial, to report the chosen setting once.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { evaluate } from '../network.ts';
import { Trainer } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkRange, testSet, trainSubset, twoLayerNet, validationSet } from './lib/sanity-data.ts';
import { log10, pow10 } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'search-random';

export interface SearchRandomConfig {
  /** log10 bounds of the coarse learning-rate range. */
  lrLo: number;
  lrHi: number;
  /** log10 bounds of the coarse L2-strength range. */
  regLo: number;
  regHi: number;
  coarse: number;
  fine: number;
  steps: number;
  seed: number;
}

export interface SearchTrial {
  index: number;
  stage: 'coarse' | 'fine';
  lr: number;
  reg: number;
  valAccuracy: number;
  diverged: boolean;
}

export type Edge = 'low' | 'high' | null;

export interface SearchRandomResult {
  trials: SearchTrial[];
  bestCoarse: SearchTrial;
  best: SearchTrial;
  /** Where the best coarse value lies in its range: within 10% of the log-width of an edge, or inside. */
  edge: { lr: Edge; reg: Edge };
  fineBox: { lrLo: number; lrHi: number; regLo: number; regHi: number };
  /** The coarse range shifted by half its width towards an edge the best value sits on. */
  suggested: { lrLo: number; lrHi: number; regLo: number; regHi: number };
  testAccuracy: number;
}

const TRAIN = 1000;
const HIDDEN = 50;

export function edgeOf(x: number, lo: number, hi: number): Edge {
  const t = (log10(x) - lo) / (hi - lo);
  return t < 0.1 ? 'low' : t > 0.9 ? 'high' : null;
}

export const searchRandom: Experiment<SearchRandomConfig, SearchTrial, SearchRandomResult> = async function* (
  config,
  ctx,
) {
  for (const k of ['lrLo', 'lrHi'] as const) checkRange(k, config[k], -8, 2);
  for (const k of ['regLo', 'regHi'] as const) checkRange(k, config[k], -8, 2);
  if (!(config.lrHi > config.lrLo && config.regHi > config.regLo)) throw new Error('each range needs lo < hi');
  checkRange('coarse', config.coarse, 2, 200);
  checkRange('fine', config.fine, 0, 200);
  checkRange('steps', config.steps, 1, 2000);
  const data = await ctx.loadMnist();
  const train = trainSubset(data, TRAIN, 'centered');
  const val = validationSet(data, 'centered');
  const root = new Rng(config.seed);
  const draw = root.fork('draw');

  const runTrial = (
    index: number,
    stage: 'coarse' | 'fine',
    lr: number,
    reg: number,
  ): SearchTrial & { net: ReturnType<typeof twoLayerNet> } => {
    const r = root.fork(`trial-${index}`);
    const net = twoLayerNet({ hidden: HIDDEN, init: 'he' }, r.fork('init'));
    const trainer = new Trainer({
      entries: [{ name: `trial ${index}`, net, optimizer: makeOptimizer({ kind: 'sgd', lr }), weightDecay: reg }],
      data: train,
      batchSize: 64,
      shuffle: r.fork('shuffle'),
    });
    trainer.run(config.steps);
    const { diverged } = trainer.entries[0];
    const valAccuracy = diverged ? 0 : evaluate(net, val.x, val.y).accuracy;
    return { index, stage, lr, reg, valAccuracy, diverged, net };
  };

  const trials: SearchTrial[] = [];
  let bestNet: ReturnType<typeof twoLayerNet> | null = null;
  let best: SearchTrial | null = null;
  const consider = (t: SearchTrial & { net: ReturnType<typeof twoLayerNet> }) => {
    const { net, ...plain } = t;
    trials.push(plain);
    if (!best || plain.valAccuracy > best.valAccuracy) {
      best = plain;
      bestNet = net;
    }
    return plain;
  };

  for (let i = 0; i < config.coarse; i++) {
    const lr = pow10(draw.range(config.lrLo, config.lrHi));
    const reg = pow10(draw.range(config.regLo, config.regHi));
    yield consider(runTrial(i, 'coarse', lr, reg));
  }
  const bestCoarse = best!;
  const edge = {
    lr: edgeOf(bestCoarse.lr, config.lrLo, config.lrHi),
    reg: edgeOf(bestCoarse.reg, config.regLo, config.regHi),
  };
  const qLr = (config.lrHi - config.lrLo) / 8,
    qReg = (config.regHi - config.regLo) / 8;
  const cLr = log10(bestCoarse.lr),
    cReg = log10(bestCoarse.reg);
  const fineBox = { lrLo: cLr - qLr, lrHi: cLr + qLr, regLo: cReg - qReg, regHi: cReg + qReg };
  const shift = (e: Edge, w: number) => (e === 'high' ? w / 2 : e === 'low' ? -w / 2 : 0);
  const sLr = shift(edge.lr, config.lrHi - config.lrLo),
    sReg = shift(edge.reg, config.regHi - config.regLo);
  const suggested = {
    lrLo: config.lrLo + sLr,
    lrHi: config.lrHi + sLr,
    regLo: config.regLo + sReg,
    regHi: config.regHi + sReg,
  };

  for (let i = 0; i < config.fine; i++) {
    const lr = pow10(draw.range(fineBox.lrLo, fineBox.lrHi));
    const reg = pow10(draw.range(fineBox.regLo, fineBox.regHi));
    yield consider(runTrial(config.coarse + i, 'fine', lr, reg));
  }

  // Every decision is made: now, and only now, the test set is read, once.
  const test = testSet(data, 'centered');
  const testAccuracy = best!.diverged ? 0 : evaluate(bestNet!, test.x, test.y).accuracy;
  return { trials, bestCoarse, best: best!, edge, fineBox, suggested, testAccuracy };
};
export default searchRandom;
