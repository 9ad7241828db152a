/**
 * Claim P5 on the colour-shape images: what the per-channel mean (VGG) and the mean image
 * (AlexNet) remove, what they leave, and how the three inputs train. Thresholds checked over
 * seeds 1–4 (IMG_SEEDS=1,2,3,4); the default run uses seeds 1 and 2.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { prepImages } from '../../src/core/experiments/prep-images.ts';
import { prepImagesTrain, type PrepImagesTrainConfig } from '../../src/core/experiments/prep-images-train.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { Rng } from '../../src/core/rng.ts';
import { colourShapes, IMAGE_SIZE, pixelIndex } from '../../src/core/data/shapes.ts';

const SEEDS = (process.env.IMG_SEEDS ?? '1,2').split(',').map(Number);

test('P5: the colour-shape images are made from the seed alone, 32×32×3 bytes with ten balanced-ish classes', () => {
  const a = colourShapes(50, new Rng(7));
  const b = colourShapes(50, new Rng(7));
  expect(a.pixels.length).toBe(50 * IMAGE_SIZE);
  expect(a.pixels).toEqual(b.pixels);
  expect(a.labels).toEqual(b.labels);
  expect(colourShapes(50, new Rng(8)).pixels).not.toEqual(a.pixels);
  expect(pixelIndex(31, 31, 2)).toBe(IMAGE_SIZE - 1);
  const counts = new Array<number>(10).fill(0);
  for (const l of colourShapes(2000, new Rng(1)).labels) counts[l]++;
  for (const c of counts) expect(c).toBeGreaterThan(150);
});

describe.each(SEEDS)('seed %i', (seed) => {
  test('P5: the per-channel mean leaves the spatial mean structure, the mean image removes it', async () => {
    const { result } = await runToEnd(prepImages, { train: 1000, test: 200, examples: 2, seed }, nodeContext);
    const { none, channel, image } = result.residual;
    // Raw pixels: a large mean at every position.
    expect(none.train).toBeGreaterThan(80);
    // Per channel: each channel's average is gone …
    for (const v of channel.rgb) expect(Math.abs(v)).toBeLessThan(1e-9);
    // … but the mean still varies from position to position (sky above, ground below), on
    // training and held-out images alike.
    expect(channel.train).toBeGreaterThan(20);
    expect(channel.test).toBeGreaterThan(0.8 * channel.train);
    const rowsB = channel.rows[2];
    expect(rowsB[0]).toBeGreaterThan(20); // blue sky in the top row
    expect(rowsB[31]).toBeLessThan(-20); // and not at the bottom
    // The mean image removes the mean at every position: zero on the training images (up to
    // rounding), and only sampling error on held-out ones.
    expect(image.train).toBeLessThan(1e-9);
    expect(image.test).toBeLessThan(0.2 * channel.test);
    // Neither removes what differs between images.
    expect(image.spread).toBeGreaterThan(25);
    expect(channel.spread).toBeGreaterThan(image.spread);
    // The mean-image residual is the per-channel one minus the spatial structure: Pythagoras on the RMS.
    expect(channel.spread ** 2).toBeCloseTo(image.spread ** 2 + channel.train ** 2, 6);
  });

  const race = (over: Partial<PrepImagesTrainConfig>) =>
    runToEnd(
      prepImagesTrain,
      { train: 1000, classifier: 'linear', lr: 0.02, steps: 300, evalEvery: 100, seed, ...over },
      nodeContext,
    ).then((r) => r.result.final.loss);

  test('P5: both centrings train faster than raw pixels; a linear classifier hardly tells them apart, a small ReLU net does', async () => {
    const [raw, channel, image] = await race({});
    expect(raw).toBeGreaterThan(channel + 0.2);
    expect(raw).toBeGreaterThan(image + 0.2);
    expect(Math.abs(channel - image)).toBeLessThan(0.05);
    const [rawR, channelR, imageR] = await race({ classifier: 'relu', lr: 0.05 });
    expect(rawR).toBeGreaterThan(channelR + 0.1);
    expect(imageR).toBeLessThan(channelR - 0.05);
  });
});
