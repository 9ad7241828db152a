/**
 * A config plus a seed gives the same numbers in Node and in the reader's browser, bit for bit:
 * the test runs the introduction's experiment here, in Node, and compares it with the table the
 * demo fills in Chromium (computed in its worker). Gaussian initial weights, tanh and sigmoid,
 * and the softmax loss all go through the core's own exp/log/tanh/sin/cos (src/core/mathfn.ts),
 * because the engines' Math functions differ in the last bit between Node and Chromium. The same
 * holds for an experiment whose products are float32 (MNIST by initialisation), computed in
 * Chromium by a pool of workers.
 */
import { test, expect } from '@playwright/test';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { introTrain } from '../../src/core/experiments/intro-train.ts';
import { initMnist } from '../../src/core/experiments/init-mnist.ts';
import { precisionOf } from '../../src/core/experiments/lib/precision.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { showDemo, tableRows } from './util';

for (const activation of ['tanh', 'sigmoid'] as const) {
  test(`a config and a seed give bit-identical losses and accuracies in Node and in Chromium (${activation})`, async ({
    page,
  }) => {
    const config = { hidden: 16, activation, lr: 0.02, iterations: 80, seed: 7 };
    const { frames } = await runToEnd(introTrain, config, nodeContext);
    await page.goto(
      `/chapters/introduction/?hidden=${config.hidden}&act=${config.activation}&lr=${config.lr}&iters=${config.iterations}&seed=${config.seed}`,
    );
    await showDemo(page.locator('#demo-intro'));
    const rows = await tableRows(page, '#demo-intro table');
    expect(rows.length).toBeGreaterThan(3);
    // The table prints each number in full (shortest round-trip form), so equal strings are equal bits.
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      frames.map((f) => [String(f.iteration), String(f.loss), String(f.accuracy)]),
    );
    // And a different seed gives different numbers.
    const other = await runToEnd(introTrain, { ...config, seed: 8 }, nodeContext);
    expect(other.frames.at(-1)!.loss).not.toBe(frames.at(-1)!.loss);
  });
}

test('a float32 experiment, spread over the worker pool, gives the same bits in Node and in Chromium', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(precisionOf('init-mnist')).toBe('float32');
  const config = { iterations: 40, lr: 0.02, batch: 32, seed: 4, every: 10 };
  const { frames, result } = await runToEnd(initMnist, config, nodeContext);
  await page.goto(
    `/chapters/weight-initialisation/?mn.iters=${config.iterations}&mn.lr=${config.lr}&mn.batch=${config.batch}&mn.seed=${config.seed}`,
  );
  const demo = page.locator('#demo-init-mnist');
  await showDemo(demo);
  await demo.getByRole('button', { name: /Run/ }).click();
  const rows = await tableRows(page, '#init-mnist-table table');
  const curve = (run: number) => frames.filter((f) => f.run === run).map((f) => String(f.loss));
  expect(rows.map((r) => r[0])).toEqual(['10', '20', '30', '40']);
  for (const run of [0, 1, 2]) expect(rows.map((r) => r[1 + run])).toEqual(curve(run));
  const final = await tableRows(page, '#init-mnist-final table');
  expect(final.map((r) => r.slice(1).map(Number))).toEqual(
    result.runs.map((r) => [r.loss, r.testLoss, r.testAccuracy]),
  );
});
