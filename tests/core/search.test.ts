/**
 * Claims S6, S7, S13 (hyperparameter search). The search demo runs 16 coarse + 8 fine trials of
 * 150 steps; the tests use fewer, shorter trials (the edge effect and the fine stage already
 * show with 10 + 4 trials of 100 steps).
 */
import { expect, test } from 'vitest';
import { runToEnd, type ExperimentContext } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { searchRandom } from '../../src/core/experiments/search-random.ts';
import { searchGrid } from '../../src/core/experiments/search-grid.ts';

const base = { regLo: -5, regHi: -1, coarse: 10, fine: 4, steps: 100, seed: 1 };

test('S6: a coarse range whose top is too low puts the best lr at the edge and the range is moved; a wider range puts it inside', async () => {
  const edge = await runToEnd(searchRandom, { ...base, lrLo: -4, lrHi: -1 }, nodeContext);
  expect(edge.result.edge.lr).toBe('high');
  expect(edge.result.suggested.lrHi).toBeGreaterThan(-1);
  // The fine stage searches around the best coarse value and never does worse than the coarse stage.
  expect(edge.result.best.valAccuracy).toBeGreaterThanOrEqual(edge.result.bestCoarse.valAccuracy);
  expect(
    edge.result.trials
      .filter((t) => t.stage === 'fine')
      .every((t) => Math.abs(Math.log10(t.lr) - Math.log10(edge.result.bestCoarse.lr)) <= 3 / 8 + 1e-9),
  ).toBe(true);
  const moved = await runToEnd(searchRandom, { ...base, lrLo: -3, lrHi: 1 }, nodeContext);
  expect(moved.result.edge.lr).toBeNull();
  expect(moved.result.best.valAccuracy).toBeGreaterThan(edge.result.best.valAccuracy);
});

test('S7: with one important parameter, a 3×3 grid tries 3 of its values, random search 9, and random finds a better one more often', async () => {
  const { result } = await runToEnd(searchGrid, { k: 3, seed: 1, repeats: 2000 }, nodeContext);
  expect(result.grid.distinctA).toBe(3);
  expect(result.random.distinctA).toBe(9);
  expect(result.grid.points.length).toBe(result.random.points.length);
  expect(result.meanRandomRegret).toBeLessThan(0.8 * result.meanGridRegret);
  expect(result.randomWins).toBeGreaterThan(0.55 * result.repeats);
});

test('S13: the search never reads the test set — scrambling it changes nothing but the one final test number', async () => {
  const cfg = { lrLo: -3, lrHi: 1, regLo: -5, regHi: -1, coarse: 4, fine: 2, steps: 60, seed: 3 };
  const real = await runToEnd(searchRandom, cfg, nodeContext);
  const data = await nodeContext.loadMnist();
  // A copy of the data whose test labels are all shifted by one digit (every test label is wrong).
  const labels = Uint8Array.from(data.test.labels, (l) => (l + 1) % 10);
  const scrambled: ExperimentContext = {
    loadMnist: async () => ({ train: data.train, test: { ...data.test, labels } }),
  };
  const other = await runToEnd(searchRandom, cfg, scrambled);
  expect(other.result.trials).toEqual(real.result.trials);
  expect(other.result.best).toEqual(real.result.best);
  expect(real.result.testAccuracy).toBeGreaterThan(0.7);
  expect(other.result.testAccuracy).toBeLessThan(0.2);
});
