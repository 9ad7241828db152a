/**
 * Grid search, random search and Bayesian optimisation on the same budget and the same objective
 * (claims S15, S17). The objective is a real training run (lib/spiral-objective.ts: a small
 * network on the spiral, 300 steps, scored by its validation loss) over three hyperparameters:
 * the learning rate and the L2 strength on a log scale, the drop probability on a linear one.
 *
 *   const { result } = await runToEnd(searchBayes, { k: 3, init: 5, reference: 120, objectiveSeed: 1, seed: 1 }, ctx);
 *   result.methods[2].bestSoFar   // Bayesian optimisation's best validation loss after 1, 2, … 27 trials
 *   result.bestKnown              // the lowest loss seen by anything here, the long search included
 *   result.importance             // share of the variance of log(loss) each hyperparameter explains
 *
 * - Grid: k values per hyperparameter, at the centres of k equal cells of each range, so k³
 *   trials, run in an order shuffled by the seed (a grid has no natural order).
 * - Random: k³ points drawn uniformly in the cube (so log-uniformly in the rates).
 * - Bayesian optimisation (src/core/bayesopt.ts): a Gaussian process with expected improvement,
 *   starting from `init` Latin-hypercube points; it models log(validation loss).
 * The three advance in turns, one trial each, so their curves grow together. Then a long random
 * search of `reference` trials (its own stream) estimates the best value there is; the regret of
 * a method after t trials is its best so far minus the best value known.
 *
 * Importance: over the long search's trials, each hyperparameter's range is cut into 6 equal
 * bins; the share of the variance of log(loss) explained by the bin means (the correlation ratio)
 * says how much that hyperparameter alone decides the outcome. With n trials and 6 bins,
 * chance alone gives about 5/n.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { BayesOpt } from '../bayesopt.ts';
import { log } from '../mathfn.ts';
import { checkRange } from './lib/sanity-data.ts';
import { SpiralObjective, fromUnit, type SpiralHyper } from './lib/spiral-objective.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'search-bayes';

export const METHODS = ['grid', 'random', 'bayes'] as const;
export type Method = (typeof METHODS)[number];

export interface SearchBayesConfig {
  /** Grid side: every method gets k³ trials. */
  k: number;
  /** Latin-hypercube points before the GP proposes. */
  init: number;
  /** Trials of the long random search that estimates the best value (0: none). */
  reference: number;
  /** Fixes the objective (data, initial weights, batch order). */
  objectiveSeed: number;
  /** Fixes the searches (random draws, the grid's order, the GP's candidates). */
  seed: number;
}

export interface Trial extends SpiralHyper {
  /** 1-based within its method. */
  t: number;
  /** Validation loss (NaN: the run diverged). */
  loss: number;
}

export interface SearchBayesFrame {
  phase: 'search' | 'reference';
  method: Method | 'reference';
  trial: Trial;
  /** Trials done in this phase. */
  done: number;
  total: number;
}

export interface MethodResult {
  method: Method;
  trials: Trial[];
  /** Lowest loss among the first t trials, t = 1 … k³ (Infinity until a trial succeeds). */
  bestSoFar: number[];
  /** bestSoFar − bestKnown. */
  regret: number[];
  best: Trial;
}

export interface SearchBayesResult {
  budget: number;
  methods: MethodResult[];
  reference: { trials: Trial[]; best: Trial | null };
  bestKnown: number;
  /** The correlation ratio of each hyperparameter over the long search (null without one). */
  importance: { lr: number; reg: number; dropout: number } | null;
}

const KEYS = ['lr', 'reg', 'dropout'] as const;

/** The correlation ratio: the share of the variance of y explained by the means of `bins` equal bins of u ∈ [0, 1]. */
export function correlationRatio(u: number[], y: number[], bins: number): number {
  const n = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / n;
  const total = y.reduce((a, b) => a + (b - mean) * (b - mean), 0);
  const sum = new Array<number>(bins).fill(0);
  const count = new Array<number>(bins).fill(0);
  u.forEach((v, i) => {
    const b = Math.min(bins - 1, Math.floor(v * bins));
    sum[b] += y[i];
    count[b]++;
  });
  let between = 0;
  for (let b = 0; b < bins; b++)
    if (count[b]) between += count[b] * (sum[b] / count[b] - mean) * (sum[b] / count[b] - mean);
  return total > 0 ? between / total : 0;
}

function bestOf(trials: Trial[]): Trial {
  return trials.reduce((b, t) => (Number.isFinite(t.loss) && !(t.loss >= b.loss) ? t : b), trials[0]);
}

export const searchBayes: Experiment<SearchBayesConfig, SearchBayesFrame, SearchBayesResult> = async function* (
  config,
) {
  checkRange('k', config.k, 2, 5);
  checkRange('init', config.init, 2, 20);
  checkRange('reference', config.reference, 0, 1000);
  const objective = new SpiralObjective(config.objectiveSeed);
  const root = new Rng(config.seed);
  const k = config.k;
  const budget = k * k * k;

  const grid: number[][] = [];
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) for (let c = 0; c < k; c++) grid.push([(a + 0.5) / k, (b + 0.5) / k, (c + 0.5) / k]);
  const order = root.fork('grid-order').permutation(budget);
  const draws = root.fork('random');
  const bo = new BayesOpt({ dims: 3, rng: root.fork('bayes'), init: Math.min(config.init, budget) });

  const next: Record<Method, (t: number) => number[]> = {
    grid: (t) => grid[order[t]],
    random: () => [draws.uniform(), draws.uniform(), draws.uniform()],
    bayes: () => bo.propose(),
  };
  const trials: Record<Method, Trial[]> = { grid: [], random: [], bayes: [] };
  const evaluate = (u: number[], t: number): Trial => {
    const h = fromUnit(u);
    return { t, ...h, loss: objective.score(h) };
  };

  for (let t = 0; t < budget; t++) {
    for (const m of METHODS) {
      const u = next[m](t);
      const trial = evaluate(u, t + 1);
      if (m === 'bayes') bo.observe(u, Number.isFinite(trial.loss) ? log(trial.loss) : NaN);
      trials[m].push(trial);
      yield { phase: 'search', method: m, trial, done: t * 3 + METHODS.indexOf(m) + 1, total: 3 * budget };
    }
  }

  const refDraws = root.fork('reference');
  const refUnits: number[][] = [];
  const refTrials: Trial[] = [];
  for (let t = 0; t < config.reference; t++) {
    const u = [refDraws.uniform(), refDraws.uniform(), refDraws.uniform()];
    const trial = evaluate(u, t + 1);
    refUnits.push(u);
    refTrials.push(trial);
    yield { phase: 'reference', method: 'reference', trial, done: t + 1, total: config.reference };
  }

  const all = [...METHODS.flatMap((m) => trials[m]), ...refTrials].filter((t) => Number.isFinite(t.loss));
  const bestKnown = Math.min(...all.map((t) => t.loss));
  const methods = METHODS.map((m): MethodResult => {
    let b = Infinity;
    const bestSoFar = trials[m].map((t) => (b = Number.isFinite(t.loss) ? Math.min(b, t.loss) : b));
    return {
      method: m,
      trials: trials[m],
      bestSoFar,
      regret: bestSoFar.map((v) => v - bestKnown),
      best: bestOf(trials[m]),
    };
  });

  let importance: SearchBayesResult['importance'] = null;
  if (refTrials.length >= 12) {
    const finite = refTrials.filter((t) => Number.isFinite(t.loss)).map((t) => t.loss);
    const worst = Math.max(...finite);
    const y = refTrials.map((t) => log(Number.isFinite(t.loss) ? t.loss : worst));
    const [lr, reg, dropout] = KEYS.map((_, d) =>
      correlationRatio(
        refUnits.map((u) => u[d]),
        y,
        6,
      ),
    );
    importance = { lr, reg, dropout };
  }
  return {
    budget,
    methods,
    reference: { trials: refTrials, best: refTrials.length ? bestOf(refTrials) : null },
    bestKnown,
    importance,
  };
};
export default searchBayes;
