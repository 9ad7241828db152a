/**
 * Claims S15–S17: early stopping of bad trials, and grid search, random search and Bayesian
 * optimisation on the same budget, all on the real objective of lib/spiral-objective.ts (a small
 * network trained on the spiral, scored by its validation loss).
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { searchEarly } from '../../src/core/experiments/search-early.ts';
import { correlationRatio, searchBayes } from '../../src/core/experiments/search-bayes.ts';
import { fromUnit, toUnit, SpiralObjective } from '../../src/core/experiments/lib/spiral-objective.ts';

test('the objective: the unit cube maps onto log-uniform rates and a uniform drop probability, and a trial is deterministic', () => {
  const h = fromUnit([0.5, 0, 1]);
  expect(h.lr).toBeCloseTo(0.1, 12);
  expect(h.reg).toBeCloseTo(1e-6, 18);
  expect(h.dropout).toBeCloseTo(0.6, 12);
  expect(toUnit(h).map((v) => Number(v.toFixed(12)))).toEqual([0.5, 0, 1]);
  const o = new SpiralObjective(1);
  const a = o.score({ lr: 0.5, reg: 1e-4, dropout: 0.1 });
  expect(new SpiralObjective(1).score({ lr: 0.5, reg: 1e-4, dropout: 0.1 })).toBe(a);
  expect(a).toBeLessThan(Math.log(3)); // it learns: below the loss of a uniform guess
});

test('S16: stopping trials whose validation loss is still above 0.8 after 50 of 300 steps saves over a third of the steps and keeps the best trial', async () => {
  for (const seed of [1, 2, 3]) {
    const { result: r } = await runToEnd(
      searchEarly,
      { trials: 30, stopStep: 50, threshold: 0.8, audit: true, seed },
      nodeContext,
    );
    // Measured: 50%, 39%, 56% of the steps saved; the winner is the same with and without stopping.
    expect(r.saved, `seed ${seed}`).toBeGreaterThan(0.35);
    expect(r.stepsUsed).toBe(r.trials.reduce((a, t) => a + t.steps, 0));
    expect(r.best!.index).toBe(r.bestWithout!.index);
    // The rule is what it says: stopped trials were above the threshold at step 50, the others not.
    for (const t of r.trials) {
      const at50 = t.curve[1];
      expect(t.stoppedAt === 50).toBe(!(at50 <= 0.8));
      expect(t.steps).toBe(t.stoppedAt ?? 300);
    }
  }
  // A threshold nothing reaches saves nothing; one every trial exceeds stops them all.
  const lax = await runToEnd(
    searchEarly,
    { trials: 6, stopStep: 50, threshold: 10, audit: false, seed: 1 },
    nodeContext,
  );
  expect(lax.result.saved).toBe(0);
  const strict = await runToEnd(
    searchEarly,
    { trials: 6, stopStep: 50, threshold: 0.01, audit: false, seed: 1 },
    nodeContext,
  );
  expect(strict.result.stopped).toBe(6);
  expect(strict.result.saved).toBeCloseTo(1 - 50 / 300, 12);
});

/** The comparison at the demo's settings; seed 1 also runs the long reference search (S15, S17 share it). */
const comparison = (seed: number) =>
  runToEnd(searchBayes, { k: 3, init: 5, reference: seed === 1 ? 120 : 0, objectiveSeed: 1, seed }, nodeContext).then(
    (r) => r.result,
  );
let seed1: ReturnType<typeof comparison> | null = null;
const firstSeed = () => (seed1 ??= comparison(1));

test('S17: on the same 27 trials, Bayesian optimisation ends closest to the best known loss, random search next, a 3×3×3 grid last (3 seeds)', async () => {
  const runs = [await firstSeed(), await comparison(2), await comparison(3)];
  const bestKnown = Math.min(...runs.map((r) => r.bestKnown));
  const final = (m: number) => runs.map((r) => r.methods[m].bestSoFar[26] - bestKnown);
  const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
  const [grid, random, bayes] = [final(0), final(1), final(2)];
  // Measured regrets: grid 0.19 on every seed (the same 27 points), random 0.07–0.29, BO ≤ 0.005.
  expect(mean(bayes)).toBeLessThan(0.25 * mean(random));
  expect(mean(random)).toBeLessThan(mean(grid));
  expect(bayes.every((v, i) => v < random[i] && v < grid[i])).toBe(true);
  // The grid tries 3 learning rates; random search and the GP try 27.
  const distinct = (m: number) => new Set(runs[0].methods[m].trials.map((t) => t.lr.toPrecision(12))).size;
  expect(distinct(0)).toBe(3);
  expect(distinct(1)).toBe(27);
  // A long search of 120 random trials does not beat 27 trials of Bayesian optimisation.
  expect(runs[0].reference.best!.loss).toBeGreaterThan(runs[0].methods[2].best.loss);
  // Regret is measured from the best loss anything found: never negative.
  for (const r of runs) for (const m of r.methods) expect(Math.min(...m.regret)).toBeGreaterThanOrEqual(0);
});

test('S15: the learning rate matters most: its bins explain several times the variance that λ or p explain', async () => {
  const second = await runToEnd(searchBayes, { k: 2, init: 4, reference: 90, objectiveSeed: 1, seed: 2 }, nodeContext);
  for (const [seed, result] of [
    [1, await firstSeed()],
    [2, second.result],
  ] as const) {
    const imp = result.importance!;
    // Measured (seed 1, 120 trials): learning rate 0.58, λ 0.13, p 0.08 of the variance of log(loss);
    // chance alone gives about 5/n.
    expect(imp.lr, `seed ${seed}`).toBeGreaterThan(0.4);
    expect(imp.lr).toBeGreaterThan(3 * imp.reg);
    expect(imp.lr).toBeGreaterThan(3 * imp.dropout);
  }
  // The measure itself: a variable that decides y explains all of it, one unrelated to y almost none.
  const u = Array.from({ length: 600 }, (_, i) => (((i * 0.618034) % 1) + 1) % 1);
  const v = Array.from({ length: 600 }, (_, i) => (((i * 0.414214) % 1) + 1) % 1);
  const y = u.map((x) => Math.floor(x * 6));
  expect(correlationRatio(u, y, 6)).toBeCloseTo(1, 12);
  expect(correlationRatio(v, y, 6)).toBeLessThan(0.05);
});
