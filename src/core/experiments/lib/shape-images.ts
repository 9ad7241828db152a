/**
 * The colour-shape images of the preprocessing and babysitting chapters, drawn the same way by
 * every experiment that uses them: a training set and a held-out set from their own named
 * streams of the seed, and the training set's mean image (the statistics come from it alone).
 *
 *   const { train, test, mean } = shapeImages(1000, 200, seed);
 */
import { Rng } from '../../rng.ts';
import { colourShapes, meanImage, type ImageSet } from '../../data/shapes.ts';
import { checkLimit } from '../../limits.ts';

export function shapeImages(
  nTrain: number,
  nTest: number,
  seed: number,
): { train: ImageSet; test: ImageSet; mean: Float64Array } {
  checkLimit('maxSamples', nTrain + nTest, 'images');
  const root = new Rng(seed);
  const train = colourShapes(nTrain, root.fork('train images'));
  const test = colourShapes(nTest, root.fork('test images'));
  return { train, test, mean: meanImage(train) };
}
