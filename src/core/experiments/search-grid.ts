/**
 * Claim S7: random search beats grid search when one hyperparameter matters much more than the
 * other (Bergstra & Bengio 2012). A synthetic "validation score" over two hyperparameters
 * a, b ∈ [0, 1] where only a matters:
 *
 *   score(a, b) = g(a) + 0.01·h(b),   g(a) = 0.3 + 0.6·exp(−(a − a*)² / (2·0.06²)),   h(b) = b
 *
 * The peak a* is drawn from the seed in [0.05, 0.95]. With a budget of k² trials, grid search tries
 * the k values (i + ½)/k of each parameter, so only k distinct values of a; random search draws
 * every trial independently, so all k² values of a are distinct. Nothing here trains a network:
 * the point is how many values of the important parameter each method looks at.
 *
 *   const { result } = await runToEnd(searchGrid, { k: 3, seed: 1 }, ctx);
 *   result.grid.distinctA    // 3
 *   result.random.distinctA  // 9
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { checkRange } from './lib/sanity-data.ts';
import { exp } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'search-grid';

export interface SearchGridConfig {
  /** Grid side: the budget is k² trials for both methods. */
  k: number;
  seed: number;
  /** Number of independent repetitions (fresh a* and random draws) for the summary. */
  repeats: number;
}

export interface SearchPoint {
  a: number;
  b: number;
  score: number;
}

export interface SearchMethodResult {
  points: SearchPoint[];
  distinctA: number;
  distinctB: number;
  best: SearchPoint;
  /** g(a*) − g(best a): how far the best trial's important parameter is from the peak, in score. */
  regret: number;
}

export interface SearchGridFrame {
  repeat: number;
  gridRegret: number;
  randomRegret: number;
}

export interface SearchGridResult {
  peak: number;
  grid: SearchMethodResult;
  random: SearchMethodResult;
  /** The profile g(a) on 101 points, for plotting. */
  profile: { a: number; g: number }[];
  /** Over `repeats` repetitions: mean regret of each method, and how often random did better / tied. */
  meanGridRegret: number;
  meanRandomRegret: number;
  randomWins: number;
  ties: number;
  repeats: number;
}

const WIDTH = 0.06;
export const g = (a: number, peak: number): number => 0.3 + 0.6 * exp(-((a - peak) * (a - peak)) / (2 * WIDTH * WIDTH));
const score = (a: number, b: number, peak: number): number => g(a, peak) + 0.01 * b;

function summarise(points: SearchPoint[], peak: number): SearchMethodResult {
  let best = points[0];
  for (const p of points) if (p.score > best.score) best = p;
  return {
    points,
    distinctA: new Set(points.map((p) => p.a)).size,
    distinctB: new Set(points.map((p) => p.b)).size,
    best,
    regret: g(peak, peak) - g(best.a, peak),
  };
}

function once(k: number, rng: Rng) {
  const peak = 0.05 + 0.9 * rng.fork('peak').uniform();
  const grid: SearchPoint[] = [];
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      const a = (i + 0.5) / k,
        b = (j + 0.5) / k;
      grid.push({ a, b, score: score(a, b, peak) });
    }
  const r = rng.fork('random');
  const random: SearchPoint[] = [];
  for (let t = 0; t < k * k; t++) {
    const a = r.uniform(),
      b = r.uniform();
    random.push({ a, b, score: score(a, b, peak) });
  }
  return { peak, grid: summarise(grid, peak), random: summarise(random, peak) };
}

export const searchGrid: Experiment<SearchGridConfig, SearchGridFrame, SearchGridResult> = async function* (config) {
  checkRange('k', config.k, 2, 10);
  checkRange('repeats', config.repeats, 1, 5000);
  const root = new Rng(config.seed);
  const first = once(config.k, root.fork('repeat-0'));
  let sumG = 0,
    sumR = 0,
    wins = 0,
    ties = 0;
  for (let rep = 0; rep < config.repeats; rep++) {
    const o = rep === 0 ? first : once(config.k, root.fork(`repeat-${rep}`));
    sumG += o.grid.regret;
    sumR += o.random.regret;
    if (Math.abs(o.random.regret - o.grid.regret) < 1e-12) ties++;
    else if (o.random.regret < o.grid.regret) wins++;
    if (rep % 100 === 99) yield { repeat: rep + 1, gridRegret: sumG / (rep + 1), randomRegret: sumR / (rep + 1) };
  }
  return {
    peak: first.peak,
    grid: first.grid,
    random: first.random,
    profile: Array.from({ length: 101 }, (_, i) => ({ a: i / 100, g: g(i / 100, first.peak) })),
    meanGridRegret: sumG / config.repeats,
    meanRandomRegret: sumR / config.repeats,
    randomWins: wins,
    ties,
    repeats: config.repeats,
  };
};
export default searchGrid;
