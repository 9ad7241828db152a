/**
 * Claims of the data-preprocessing chapter: the raw-vs-centred race (P1), the pipeline's
 * statistics (P2, P3) and training-set statistics applied to held-out data (P4).
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { prepCentring, type PrepCentringConfig } from '../../src/core/experiments/prep-centring.ts';
import { prepPipeline, type PrepPipelineConfig } from '../../src/core/experiments/prep-pipeline.ts';

const CENT: PrepCentringConfig = {
  data: 'spiral',
  offset: 3,
  activation: 'tanh',
  hidden: 32,
  init: 'xavier',
  optimizer: 'sgd',
  lr: 0.1,
  batch: 32,
  iterations: 3000,
  threshold: 0.7,
  trainSize: 1000,
  evalSize: 500,
  evalEvery: 20,
  seed: 1,
};

const PIPE: PrepPipelineConfig = { n: 400, scaleRatio: 20, correlation: 0.8, offset: 30, heldBatch: 4, seed: 1 };

test('P1: the same network learns the shifted spiral much sooner from zero-centred inputs', async () => {
  for (const seed of [1, 2]) {
    const { result } = await runToEnd(prepCentring, { ...CENT, seed }, nodeContext);
    expect(result.centred).not.toBeNull();
    const raw = result.raw ?? CENT.iterations + 1;
    expect(raw).toBeGreaterThan(2 * result.centred!);
  }
});

test('P1 (ReLU): from raw inputs at offset 3 the ReLU net does not reach the threshold in the budget; centred it does', async () => {
  const { result } = await runToEnd(prepCentring, { ...CENT, activation: 'relu' }, nodeContext);
  expect(result.centred).not.toBeNull();
  expect(result.raw === null || result.raw > 3 * result.centred!).toBe(true);
});

const cov = (c: number[]) => ({ v1: c[0], c12: c[1], v2: c[2], corr: c[1] / Math.sqrt(c[0] * c[2]) });

test('P2: normalising puts features of very different scales at unit variance (training statistics)', async () => {
  const { result } = await runToEnd(prepPipeline, PIPE, nodeContext);
  const raw = cov(result.stages[0].trainCov),
    norm = cov(result.stages[2].trainCov);
  expect(raw.v2 / raw.v1).toBeGreaterThan(100); // scale ratio 20 → variance ratio ≈ 400
  expect(norm.v1).toBeCloseTo(1, 10);
  expect(norm.v2).toBeCloseTo(1, 10);
  expect(norm.corr).toBeCloseTo(raw.corr, 10); // normalising does not touch the correlation
  // centring moves the mean to 0 (it was 30)
  expect(Math.abs(result.stages[1].trainMean[0])).toBeLessThan(1e-9);
  expect(Math.abs(result.stages[0].trainMean[0] - 30)).toBeLessThan(1);
});

test('P3: PCA decorrelates (off-diagonal 0) and whitening gives the identity covariance', async () => {
  const { result } = await runToEnd(prepPipeline, PIPE, nodeContext);
  const raw = cov(result.stages[0].trainCov),
    dec = cov(result.stages[3].trainCov),
    white = cov(result.stages[4].trainCov);
  expect(Math.abs(raw.corr)).toBeGreaterThan(0.3);
  expect(Math.abs(dec.c12)).toBeLessThan(1e-9 * dec.v1);
  expect(dec.v1).toBeCloseTo(result.eigenvalues[0], 8);
  expect(dec.v2).toBeCloseTo(result.eigenvalues[1], 8);
  expect(white.v1).toBeCloseTo(1, 8);
  expect(white.v2).toBeCloseTo(1, 8);
  expect(Math.abs(white.c12)).toBeLessThan(1e-9);
});

test('P4: training statistics applied to held-out data; recomputing them on small held-out batches costs accuracy', async () => {
  for (const seed of [1, 2, 3]) {
    const { result } = await runToEnd(prepPipeline, { ...PIPE, seed }, nodeContext);
    const held = cov(result.stages[4].heldCov);
    // The held-out split, whitened with the training statistics, is close to (not exactly) white.
    expect(Math.abs(held.v1 - 1)).toBeLessThan(0.4);
    expect(Math.abs(held.v2 - 1)).toBeLessThan(0.4);
    expect(Math.abs(result.stages[4].heldMean[0])).toBeLessThan(0.3);
    expect(result.accTrainStats).toBeGreaterThan(0.85);
    expect(result.accOwnStats).toBeLessThan(result.accTrainStats - 0.1);
    expect(result.shift).toBeGreaterThan(0.5); // the same point lands elsewhere
  }
});
