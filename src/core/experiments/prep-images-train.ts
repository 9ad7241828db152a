/**
 * Raw, per-channel-centred and mean-image-centred colour images (P5) as training inputs: the
 * same classifier, from the same initial weights, trained on the same mini-batches of the
 * course's colour-shape images (data/shapes.ts) with each of the three inputs, all on the unit
 * scale (values / 255). Reports the training loss of each on a fixed 300 of the training images.
 *
 *   const { result } = await runToEnd(prepImagesTrain, { classifier: 'linear', lr: 0.02, steps: 300, … }, ctx);
 *   result.final.loss     // [raw, per-channel, mean image]
 *
 * classifier 'linear': softmax regression, 3,072 → 10; 'relu': one hidden layer of 16 ReLU units,
 * He-initialised. Plain SGD, batches of 32. Each entry builds its batch from the stored bytes when
 * the trainer picks the rows (a BatchSource), so no float copy of the whole set is kept.
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { centred, type Centring } from '../data/shapes.ts';
import { buildMlp, evaluate, gatherLabels } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';
import { shapeImages } from './lib/shape-images.ts';
import { CENTRINGS } from './prep-images.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'prep-images-train';

export interface PrepImagesTrainConfig {
  train: number;
  classifier: 'linear' | 'relu';
  lr: number;
  steps: number;
  evalEvery: number;
  seed: number;
}

export interface PrepImagesTrainFrame {
  step: number;
  /** Training loss of [raw, per-channel, mean image] on the probe images (NaN once diverged). */
  loss: number[];
}

export interface PrepImagesTrainResult {
  final: PrepImagesTrainFrame;
  diverged: boolean[];
}

const PROBE = 300;

export const prepImagesTrain: Experiment<PrepImagesTrainConfig, PrepImagesTrainFrame, PrepImagesTrainResult> =
  async function* (config) {
    checkLimit('maxIterations', config.steps, 'steps');
    const { train: set, mean } = shapeImages(config.train, 0, config.seed);
    const root = new Rng(config.seed);
    const sizes = config.classifier === 'linear' ? [3072, 10] : [3072, 16, 10];
    const scale = 1 / 255;
    const probeRows = Array.from({ length: Math.min(PROBE, set.n) }, (_, i) => i);
    const probeY = gatherLabels(set.labels, probeRows);
    const probes = CENTRINGS.map((c) => centred(set, c, mean, probeRows, scale));
    const source = (c: Centring) => ({
      rows: set.n,
      batch: (idx: ArrayLike<number>) => ({ x: centred(set, c, mean, idx, scale), y: gatherLabels(set.labels, idx) }),
    });
    const trainer = new Trainer({
      entries: CENTRINGS.map((c) => ({
        name: c,
        // The same fork name: every entry starts from the same weights.
        net: buildMlp({ sizes, activation: 'relu', init: { kind: 'he', dist: 'normal' } }, root.fork('init')),
        optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }),
        data: source(c),
      })),
      data: source('none'),
      batchSize: 32,
      shuffle: root.fork('shuffle'),
    });
    let last: PrepImagesTrainFrame = { step: 0, loss: [] };
    const run = train(trainer, {
      steps: config.steps,
      every: config.evalEvery,
      atStart: true,
      probe: (e) => (e.diverged ? NaN : evaluate(e.net, probes[e.index], probeY).loss),
    });
    for (const f of run) {
      if (!f.probed) continue;
      last = { step: f.step, loss: f.entries.map((e) => e.probe!) };
      yield last;
    }
    return { final: last, diverged: trainer.entries.map((e) => e.diverged) };
  };
export default prepImagesTrain;
