/**
 * The introduction's experiment: the small network learns the spiral (the chapter quotes the
 * accuracy it reaches, computed at build time from the same call).
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { introTrain } from '../../src/core/experiments/intro-train.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';

test('intro: a 32-32 ReLU network fits the 3-arm spiral above 95% training accuracy', async () => {
  const { frames, result } = await runToEnd(
    introTrain,
    { hidden: 32, activation: 'relu', lr: 0.01, iterations: 600, seed: 1 },
    nodeContext,
  );
  expect(result.diverged).toBe(false);
  expect(result.accuracy).toBeGreaterThan(0.95);
  expect(frames[0].loss).toBeGreaterThan(0.9); // starts near ln 3 ≈ 1.10
  expect(frames[0].loss).toBeLessThan(1.5);
  expect(frames.map((f) => f.iteration)).toEqual(Array.from({ length: 61 }, (_, i) => 10 * i));
});

test('intro: a learning rate of 1 wrecks training: the network ends guessing uniformly (loss ≈ ln 3)', async () => {
  const { result } = await runToEnd(
    introTrain,
    { hidden: 32, activation: 'relu', lr: 1, iterations: 200, seed: 1 },
    nodeContext,
  );
  expect(result.diverged).toBe(false);
  expect(result.accuracy).toBeLessThan(0.5);
  expect(Math.abs(result.loss - Math.log(3))).toBeLessThan(0.01);
});
