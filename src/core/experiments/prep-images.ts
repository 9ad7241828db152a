/**
 * Mean image or per-channel mean (P5): what each subtraction removes from colour images and what
 * it leaves, measured on the course's generated colour-shape images (data/shapes.ts), 32×32×3
 * like CIFAR-10's. AlexNet subtracts the training set's mean image, 3,072 numbers; VGG subtracts
 * the mean of each colour channel, 3 numbers.
 *
 *   const { result } = await runToEnd(prepImages, { train: 1000, test: 200, examples: 4, seed: 1 }, ctx);
 *   result.residual.channel.train   // RMS over pixel positions of the mean left after per-channel centring
 *   result.residual.image.train     // ≈ 0: the mean image removes the mean at every position
 *
 * For each centring c ∈ {none, channel, image}, with x̃ = x − (what c subtracts, from the
 * training images only):
 *   residual[c].train   √( (1/3072) Σ_p (mean over training images of x̃_p)² )   the mean left, as an RMS
 *   residual[c].test    the same over the held-out images
 *   residual[c].rgb     the mean left in each colour channel (averaged over the 1,024 positions)
 *   spread[c]           √( mean over images and positions of x̃² ): the size of what is left in all
 * and, for the chart, the mean left in each row (averaged over columns), per channel.
 */
import type { Experiment } from './types.ts';
import {
  CHANNELS,
  IMAGE_SIZE,
  SHAPE_NAMES,
  SIDE,
  channelMeans,
  subtracted,
  type Centring,
  type ImageSet,
} from '../data/shapes.ts';
import { shapeImages } from './lib/shape-images.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'prep-images';

export const CENTRINGS: readonly Centring[] = ['none', 'channel', 'image'];

export interface PrepImagesConfig {
  train: number;
  test: number;
  /** How many training images to return for display. */
  examples: number;
  seed: number;
}

export interface Residual {
  train: number;
  test: number;
  rgb: [number, number, number];
  /** RMS of everything left (mean and per-image differences), training images. */
  spread: number;
  /** Largest |x̃| over the training images. */
  maxAbs: number;
  /** Per channel, per row: the mean left, averaged over the row's columns (training images). */
  rows: number[][];
}

export interface PrepImagesResult {
  /** The training mean image, [32, 32, 3] row-major (3,072 values, 0–255 scale). */
  meanImage: number[];
  channelMeans: [number, number, number];
  /** The first `examples` training images (3,072 values each) and their shapes' names. */
  examples: number[][];
  exampleLabels: string[];
  residual: Record<Centring, Residual>;
  /** Images per class in the training set. */
  classCounts: number[];
}

/** Mean over the images of x − sub, at every position. */
function meanLeft(set: ImageSet, sub: Float64Array): Float64Array {
  const m = new Float64Array(IMAGE_SIZE);
  for (let i = 0; i < set.n; i++) {
    const base = i * IMAGE_SIZE;
    for (let j = 0; j < IMAGE_SIZE; j++) m[j] += set.pixels[base + j] - sub[j];
  }
  for (let j = 0; j < IMAGE_SIZE; j++) m[j] /= set.n;
  return m;
}

const rms = (v: ArrayLike<number>) => {
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j] * v[j];
  return Math.sqrt(s / v.length);
};

export const prepImages: Experiment<PrepImagesConfig, { stage: Centring }, PrepImagesResult> = async function* (
  config,
) {
  const { train, test, mean } = shapeImages(config.train, config.test, config.seed);
  const residual = {} as Record<Centring, Residual>;
  for (const c of CENTRINGS) {
    const sub = subtracted(c, mean);
    const left = meanLeft(train, sub);
    const rgb: [number, number, number] = [0, 0, 0];
    for (let j = 0; j < IMAGE_SIZE; j++) rgb[j % CHANNELS] += left[j] / (SIDE * SIDE);
    const rows = Array.from({ length: CHANNELS }, (_, ch) =>
      Array.from({ length: SIDE }, (_, r) => {
        let s = 0;
        for (let col = 0; col < SIDE; col++) s += left[(r * SIDE + col) * CHANNELS + ch];
        return s / SIDE;
      }),
    );
    let s2 = 0,
      maxAbs = 0;
    for (let i = 0; i < train.n; i++) {
      const base = i * IMAGE_SIZE;
      for (let j = 0; j < IMAGE_SIZE; j++) {
        const v = train.pixels[base + j] - sub[j];
        s2 += v * v;
        if (Math.abs(v) > maxAbs) maxAbs = Math.abs(v);
      }
    }
    residual[c] = {
      train: rms(left),
      test: rms(meanLeft(test, sub)),
      rgb,
      spread: Math.sqrt(s2 / (train.n * IMAGE_SIZE)),
      maxAbs,
      rows,
    };
    yield { stage: c };
  }
  const k = Math.max(0, Math.min(config.examples, train.n));
  const classCounts = new Array<number>(train.classes).fill(0);
  for (let i = 0; i < train.n; i++) classCounts[train.labels[i]]++;
  return {
    meanImage: Array.from(mean),
    channelMeans: channelMeans(train),
    examples: Array.from({ length: k }, (_, i) =>
      Array.from(train.pixels.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)),
    ),
    exampleLabels: Array.from({ length: k }, (_, i) => SHAPE_NAMES[train.labels[i]]),
    residual,
    classCounts,
  };
};
export default prepImages;
