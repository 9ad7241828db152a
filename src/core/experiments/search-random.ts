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
import { precisionOf } from './lib/precision.ts';
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
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
/** Steps between a trial's ticks (about 5 ms of training at the defaults). */
const TICK = 10;

export function edgeOf(x: number, lo: number, hi: number): Edge {
  const t = (log10(x) - lo) / (hi - lo);
  return t < 0.1 ? 'low' : t > 0.9 ? 'high' : null;
}

/** One trial: its place, stage and setting (its seed is the search's, forked by its index). */
export interface SearchRandomRun {
  index: number;
  stage: 'coarse' | 'fine';
  lr: number;
  reg: number;
  steps: number;
  seed: number;
}

/** A trial's score, and its trained weights (the chosen one is tested once the search is over). */
export interface SearchRandomRunResult {
  trial: SearchTrial;
  weights: Float64Array[];
}

/** Trains one trial's network and scores it on the validation set. */
async function* trialRun(
  rc: SearchRandomRun,
  ctx: ExperimentContext,
): AsyncGenerator<number, SearchRandomRunResult, void> {
  const data = await ctx.loadMnist();
  const train = trainSubset(data, TRAIN, 'centered');
  const val = validationSet(data, 'centered');
  const r = new Rng(rc.seed).fork(`trial-${rc.index}`);
  const net = twoLayerNet({ hidden: HIDDEN, init: 'he', precision: precisionOf(id) }, r.fork('init'));
  const trainer = new Trainer({
    entries: [
      { name: `trial ${rc.index}`, net, optimizer: makeOptimizer({ kind: 'sgd', lr: rc.lr }), weightDecay: rc.reg },
    ],
    data: train,
    batchSize: 64,
    shuffle: r.fork('shuffle'),
  });
  // A tick (the steps so far, not shown) every TICK steps: room for a pool to hand out runs.
  for (let done = 0; done < rc.steps && trainer.live; done += TICK) {
    trainer.run(Math.min(TICK, rc.steps - done));
    yield trainer.step;
  }
  const { diverged } = trainer.entries[0];
  const valAccuracy = diverged ? 0 : evaluate(net, val.x, val.y).accuracy;
  const { index, stage, lr, reg } = rc;
  return { trial: { index, stage, lr, reg, valAccuracy, diverged }, weights: net.params().map((p) => p.value) };
}

/** The best trial: the first with the highest validation accuracy, in trial order. */
function bestOf(trials: readonly SearchTrial[]): SearchTrial {
  return trials.reduce((best, t) => (t.valAccuracy > best.valAccuracy ? t : best));
}

/** Where the fine stage searches, and where the coarse range should move, from the coarse stage. */
function plan(config: SearchRandomConfig, bestCoarse: SearchTrial) {
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
  return { edge, fineBox, suggested };
}

/**
 * The settings of `count` trials drawn from a box, continuing the search's one 'draw' stream
 * after `skip` earlier trials (two numbers each: learning rate, then L2 strength).
 */
type Box = Pick<SearchRandomConfig, 'lrLo' | 'lrHi' | 'regLo' | 'regHi'>;

function draws(config: SearchRandomConfig, skip: number, count: number, box: Box) {
  const draw = new Rng(config.seed).fork('draw');
  for (let i = 0; i < 2 * skip; i++) draw.uniform();
  return Array.from({ length: count }, () => {
    const lr = pow10(draw.range(box.lrLo, box.lrHi));
    const reg = pow10(draw.range(box.regLo, box.regHi));
    return { lr, reg };
  });
}

/**
 * The trials are independent runs, so a pool trains them side by side (src/core/sweep.ts); the
 * fine stage is planned once every coarse trial has finished.
 */
export const sweep: Sweep<
  SearchRandomConfig,
  SearchRandomRun,
  number,
  SearchRandomRunResult,
  SearchTrial,
  SearchRandomResult
> = {
  runs(config) {
    for (const k of ['lrLo', 'lrHi'] as const) checkRange(k, config[k], -8, 2);
    for (const k of ['regLo', 'regHi'] as const) checkRange(k, config[k], -8, 2);
    if (!(config.lrHi > config.lrLo && config.regHi > config.regLo)) throw new Error('each range needs lo < hi');
    checkRange('coarse', config.coarse, 2, 200);
    checkRange('fine', config.fine, 0, 200);
    checkRange('steps', config.steps, 1, 2000);
    const { steps, seed } = config;
    return draws(config, 0, config.coarse, config).map(({ lr, reg }, index) => ({
      index,
      stage: 'coarse',
      lr,
      reg,
      steps,
      seed,
    }));
  },
  more(config, results) {
    if (results.length !== config.coarse) return [];
    const { fineBox } = plan(config, bestOf(results.map((r) => r.trial)));
    const { steps, seed } = config;
    return draws(config, config.coarse, config.fine, fineBox).map(({ lr, reg }, i) => ({
      index: config.coarse + i,
      stage: 'fine',
      lr,
      reg,
      steps,
      seed,
    }));
  },
  run: trialRun,
  finished: (_i, r) => r.trial,
  async combine(results, config, ctx) {
    const trials = results.map((r) => r.trial);
    const bestCoarse = bestOf(trials.slice(0, config.coarse));
    const best = bestOf(trials);
    // Every decision is made: now, and only now, the test set is read, once.
    let testAccuracy = 0;
    if (!best.diverged) {
      const data = await ctx.loadMnist();
      const test = testSet(data, 'centered');
      const net = twoLayerNet({ hidden: HIDDEN, init: 'he', precision: precisionOf(id) }, new Rng(0));
      net.params().forEach((p, k) => p.value.set(results[best.index].weights[k]));
      testAccuracy = evaluate(net, test.x, test.y).accuracy;
    }
    return { trials, bestCoarse, best, ...plan(config, bestCoarse), testAccuracy };
  },
};

export const searchRandom: Experiment<SearchRandomConfig, SearchTrial, SearchRandomResult> = sweepExperiment(sweep);
export default searchRandom;
