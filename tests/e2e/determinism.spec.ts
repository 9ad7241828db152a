/**
 * A config plus a seed gives the same numbers in Node and in the reader's browser: the test runs
 * the introduction's experiment here, in Node, and compares it with the table the demo fills in
 * Chromium (computed in its worker). The random streams and the matrix kernels are exact integer /
 * IEEE arithmetic, but Math.exp, Math.log, Math.tanh and Math.cos may differ in the last bit
 * between V8 versions (Node 24 and a current Chromium do), so the losses agree to about 1e-15
 * relative, not bit for bit; accuracies (counts of correct predictions) agree exactly.
 */
import { test, expect } from '@playwright/test';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { introTrain } from '../../src/core/experiments/intro-train.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { showDemo, tableRows } from './util';

test('a config and a seed give the same numbers in Node and in Chromium (losses to 1e-12, accuracies exactly)', async ({ page }) => {
  const config = { hidden: 16, activation: 'tanh' as const, lr: 0.02, iterations: 80, seed: 7 };
  const { frames } = await runToEnd(introTrain, config, nodeContext);
  await page.goto(`/chapters/introduction/?hidden=${config.hidden}&act=${config.activation}&lr=${config.lr}&iters=${config.iterations}&seed=${config.seed}`);
  await showDemo(page.locator('#demo-intro'));
  const rows = await tableRows(page, '#demo-intro table');
  expect(rows.map((r) => r[0])).toEqual(frames.map((f) => String(f.iteration)));
  expect(rows.map((r) => r[2])).toEqual(frames.map((f) => String(f.accuracy)));
  rows.forEach((r, i) => expect(Math.abs(Number(r[1]) - frames[i].loss) / frames[i].loss).toBeLessThan(1e-12));
  // And a different seed gives different numbers.
  const other = await runToEnd(introTrain, { ...config, seed: 8 }, nodeContext);
  expect(other.frames.at(-1)!.loss).not.toBe(frames.at(-1)!.loss);
});
