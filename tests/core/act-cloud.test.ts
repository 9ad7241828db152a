/**
 * Claim A15 on the data-cloud experiment (act-cloud): a 2-8-3 ReLU network on the spiral, each
 * first-layer unit a line in the input plane. Thresholds checked over seeds 1–6
 * (CLOUD_SEEDS=1,2,3,4,5,6); the default run uses seeds 1–3.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { actCloud, halfPlane, type ActCloudConfig } from '../../src/core/experiments/act-cloud.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';

const SEEDS = (process.env.CLOUD_SEEDS ?? '1,2,3').split(',').map(Number);
const base = (over: Partial<ActCloudConfig>, seed: number): ActCloudConfig => ({
  data: 'spiral',
  hidden: 8,
  biasInit: 0,
  lr: 1,
  batch: 32,
  iterations: 1000,
  every: 20,
  seed,
  ...over,
});

test('A15: halfPlane clips a unit’s line and its active side to the view square', () => {
  // x > 0.5: the right strip of [−1, 1]², cut at x = 0.5.
  const r = halfPlane(1, 0, -0.5, 1);
  expect(r.segment).toEqual([0.5, -1, 0.5, 1]);
  expect(r.polygon).toEqual([0.5, -1, 1, -1, 1, 1, 0.5, 1]);
  // A line outside the square: the whole square or nothing is active, and there is no segment.
  expect(halfPlane(1, 1, 5, 1)).toEqual({ polygon: [-1, -1, 1, -1, 1, 1, -1, 1], segment: [] });
  expect(halfPlane(1, 1, -5, 1)).toEqual({ polygon: [], segment: [] });
});

describe.each(SEEDS)('seed %i', (seed) => {
  test('A15: a bad start (hidden biases −2) leaves most units dead from the first step, and they stay dead', async () => {
    const { frames, result } = await runToEnd(actCloud, base({ biasInit: -2 }, seed), nodeContext);
    expect(result.deadAtStart).toBeGreaterThanOrEqual(0.6);
    expect(result.final.deadFraction).toBeGreaterThanOrEqual(result.deadAtStart);
    // Dead means: no data point on the active side, and exactly zero gradient on w and b.
    for (const f of frames) {
      for (let j = 0; j < f.active.length; j++) if (f.active[j] === 0) expect(f.grad[j]).toBe(0);
    }
    expect(result.maxDeadGrad).toBe(0);
    expect(result.frozen).toBe(true);
    expect(result.revived).toBe(0);
  });

  test('A15: a too-large learning rate (5) kills most units of a healthy start during training', async () => {
    const { result } = await runToEnd(actCloud, base({ lr: 5 }, seed), nodeContext);
    expect(result.deadAtStart).toBe(0);
    expect(result.final.deadFraction).toBeGreaterThanOrEqual(0.6);
    expect(result.frozen).toBe(true);
    expect(result.revived).toBe(0);
  });

  test('A15: with a good setting (bias 0, learning rate 1) few units die and the network learns', async () => {
    const { result } = await runToEnd(actCloud, base({}, seed), nodeContext);
    expect(result.maxDeadFraction).toBeLessThanOrEqual(0.125);
    expect(result.final.accuracy).toBeGreaterThan(0.8);
    // Alive units do receive a gradient.
    const alive = result.final.grad.filter((_, j) => result.final.active[j] > 0);
    expect(alive.some((g) => g > 0)).toBe(true);
  });
});
