/**
 * Claim O12: what dropout does at training and at test time, run through the experiment the demo
 * runs (`opt-dropout`) on three seeds.
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { optDropout } from '../../src/core/experiments/opt-dropout.ts';

const run = async (seed: number, p = 0.5) =>
  (await runToEnd(optDropout, { p, masks: 100, steps: 2000, grid: 16, seed }, nodeContext)).result;

test('O12: inverted dropout keeps the expected activation; the test-time network stands in for the average of thinned networks; the train–test gap shrinks', async () => {
  for (const seed of [1, 2, 3]) {
    const r = await run(seed);
    // Training time: survivors are scaled by 1/(1 − p), so over 100 masks the mean output of the
    // first dropout layer is its test-time output, up to the sampling error √(p/((1 − p)·100)) = 0.1.
    expect(r.maskMean).toBeGreaterThan(0.7 * r.maskMeanExpected);
    expect(r.maskMean).toBeLessThan(1.3 * r.maskMeanExpected);
    // Test time: the full network, unscaled, predicts what the average of 100 thinned networks
    // predicts on almost every test point (measured 94–97%); one thinned network agrees far less
    // (measured 84–88%) and is less accurate.
    expect(r.agreement, `seed ${seed}`).toBeGreaterThan(0.92);
    expect(r.agreement - r.singleAgreement).toBeGreaterThan(0.05);
    expect(r.dropout.test).toBeGreaterThan(r.singleTest);
    expect(Math.abs(r.ensembleTest - r.dropout.test)).toBeLessThan(0.03);
    // It regularises: on 75 noisy training points the gap between training and test accuracy is
    // smaller with dropout than without (measured 0.30 → 0.25, 0.31 → 0.04, 0.28 → 0.17).
    expect(r.dropout.gap, `seed ${seed}`).toBeLessThan(r.plain.gap - 0.03);
    expect(r.dropout.train).toBeLessThan(r.plain.train);
  }
});

test('without dropout there is nothing to average: a larger p thins the networks more', async () => {
  const light = await run(1, 0.1);
  const heavy = await run(1, 0.7);
  expect(light.singleAgreement).toBeGreaterThan(heavy.singleAgreement);
  expect(light.maskMeanExpected).toBeLessThan(heavy.maskMeanExpected);
});
