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
 * A long random search of `reference` trials (its own stream) estimates the best value there is;
 * the regret of a method after t trials is its best so far minus the best value known. The
 * Bayesian chain is one run; every other trial's point is fixed beforehand, so those trials are
 * independent runs that a pool of workers computes beside the chain.
 *
 * Importance: over the long search's trials, each hyperparameter's range is cut into 6 equal
 * bins; the share of the variance of log(loss) explained by the bin means (the correlation ratio)
 * says how much that hyperparameter alone decides the outcome. With n trials and 6 bins,
 * chance alone gives about 5/n.
 */
import type { Experiment } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
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

/**
 * One run of the sweep: the Bayesian optimisation (a chain: each proposal depends on every
 * earlier trial), or a chunk of independent trials at points fixed beforehand (grid, random,
 * reference).
 */
export type SearchBayesRun =
  | { kind: 'bayes'; budget: number; init: number; seed: number; objectiveSeed: number }
  | { kind: Method | 'reference'; units: number[][]; first: number; objectiveSeed: number };

/** A run's trials, in order, with their points in the unit cube. */
export interface SearchBayesRunResult {
  kind: Method | 'reference';
  trials: Trial[];
  units: number[][];
}

/** Independent trials per run: enough to keep a lane busy, few enough to share the work out. */
const CHUNK = 9;

function trialAt(objective: SpiralObjective, u: number[], t: number): Trial {
  const h = fromUnit(u);
  return { t, ...h, loss: objective.score(h) };
}

async function* searchRun(rc: SearchBayesRun): AsyncGenerator<SearchBayesFrame, SearchBayesRunResult, void> {
  const objective = new SpiralObjective(rc.objectiveSeed);
  const phase = rc.kind === 'reference' ? 'reference' : 'search';
  const trials: Trial[] = [];
  const units: number[][] = [];
  if (rc.kind === 'bayes' && 'budget' in rc) {
    const bo = new BayesOpt({ dims: 3, rng: new Rng(rc.seed).fork('bayes'), init: Math.min(rc.init, rc.budget) });
    for (let t = 0; t < rc.budget; t++) {
      const u = bo.propose();
      const trial = trialAt(objective, u, t + 1);
      bo.observe(u, Number.isFinite(trial.loss) ? log(trial.loss) : NaN);
      trials.push(trial);
      units.push(u);
      yield { phase, method: 'bayes', trial };
    }
  } else if ('units' in rc) {
    for (const [k, u] of rc.units.entries()) {
      const trial = trialAt(objective, u, rc.first + k);
      trials.push(trial);
      units.push(u);
      yield { phase, method: rc.kind, trial };
    }
  }
  return { kind: rc.kind, trials, units };
}

/** `points` as runs of CHUNK trials each, numbered from 1. */
function chunks(kind: Method | 'reference', points: number[][], objectiveSeed: number): SearchBayesRun[] {
  const out: SearchBayesRun[] = [];
  for (let i = 0; i < points.length; i += CHUNK)
    out.push({ kind, units: points.slice(i, i + CHUNK), first: i + 1, objectiveSeed });
  return out;
}

/**
 * The Bayesian chain first (the longest run), then the grid, random and reference trials in
 * chunks: a pool computes the chunks beside the chain (src/core/sweep.ts). Every point is fixed
 * here, from the seed's own streams, so the result is the same however the runs are shared out.
 */
export const sweep: Sweep<
  SearchBayesConfig,
  SearchBayesRun,
  SearchBayesFrame,
  SearchBayesRunResult,
  SearchBayesFrame,
  SearchBayesResult
> = {
  runs(config) {
    checkRange('k', config.k, 2, 5);
    checkRange('init', config.init, 2, 20);
    checkRange('reference', config.reference, 0, 1000);
    const root = new Rng(config.seed);
    const k = config.k;
    const budget = k * k * k;
    const grid: number[][] = [];
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) for (let c = 0; c < k; c++) grid.push([(a + 0.5) / k, (b + 0.5) / k, (c + 0.5) / k]);
    const order = root.fork('grid-order').permutation(budget);
    const cube = (rng: Rng, n: number) =>
      Array.from({ length: n }, () => [rng.uniform(), rng.uniform(), rng.uniform()]);
    const { objectiveSeed } = config;
    return [
      { kind: 'bayes', budget, init: config.init, seed: config.seed, objectiveSeed },
      ...chunks(
        'grid',
        Array.from(order, (i) => grid[i]),
        objectiveSeed,
      ),
      ...chunks('random', cube(root.fork('random'), budget), objectiveSeed),
      ...chunks('reference', cube(root.fork('reference'), config.reference), objectiveSeed),
    ];
  },
  run: searchRun,
  frame: (_i, f) => f,
  combine(runs, config) {
    const budget = config.k * config.k * config.k;
    const of = (kind: Method | 'reference') => runs.filter((r) => r.kind === kind);
    const trials = Object.fromEntries(METHODS.map((m) => [m, of(m).flatMap((r) => r.trials)])) as Record<
      Method,
      Trial[]
    >;
    const refTrials = of('reference').flatMap((r) => r.trials);
    const refUnits = of('reference').flatMap((r) => r.units);

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
  },
};

export const searchBayes: Experiment<SearchBayesConfig, SearchBayesFrame, SearchBayesResult> = sweepExperiment(sweep);
export default searchBayes;
