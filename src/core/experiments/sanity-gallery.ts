/**
 * Claim S8: the gallery of loss-curve shapes. Runs the learning-rate probe (sanity-lr) for five
 * presets one after another, with the same seed and step count, and names each curve's shape
 * (lib/sanity-shapes.ts):
 *
 *   const { result } = await runToEnd(sanityGallery, { steps: 600, seed: 1 }, ctx);
 *   result.runs.map((r) => [r.preset, r.shape])
 *   // low → slow and linear, good → steep then flat, high → plateaus high,
 *   // explodes → explodes, bad init → plateau then drop
 */
import type { Experiment } from './types.ts';
import { sanityLr, LR_PRESETS, type LrPresetName, type SanityLrResult } from './sanity-lr.ts';
import type { CurveShape } from './lib/sanity-shapes.ts';
import { checkRange } from './lib/sanity-data.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'sanity-gallery';

export const GALLERY_PRESETS: readonly LrPresetName[] = ['low', 'good', 'high', 'explodes', 'bad init'];

export interface SanityGalleryConfig {
  steps: number;
  seed: number;
}

export interface SanityGalleryFrame {
  preset: LrPresetName;
  step: number;
  loss: number;
  diverged: boolean;
}

export interface SanityGalleryRun {
  preset: LrPresetName;
  shape: CurveShape;
  initialLoss: number;
  finalLoss: number;
  diverged: boolean;
  divergedAt: number | null;
  finalValAccuracy: number;
}

export interface SanityGalleryResult {
  runs: SanityGalleryRun[];
}

export const sanityGallery: Experiment<SanityGalleryConfig, SanityGalleryFrame, SanityGalleryResult> = async function* (
  config,
  ctx,
) {
  checkRange('steps', config.steps, 50, 5000);
  const runs: SanityGalleryRun[] = [];
  for (const preset of GALLERY_PRESETS) {
    const it = sanityLr(
      {
        ...LR_PRESETS[preset],
        hidden: 100,
        steps: config.steps,
        batch: 64,
        evalEvery: config.steps,
        seed: config.seed,
      },
      ctx,
    );
    let r: SanityLrResult;
    for (;;) {
      const s = await it.next();
      if (s.done) {
        r = s.value;
        break;
      }
      if (s.value.step > 0) yield { preset, step: s.value.step, loss: s.value.loss, diverged: s.value.diverged };
    }
    runs.push({
      preset,
      shape: r.shape,
      initialLoss: r.initialLoss,
      finalLoss: r.finalLoss,
      diverged: r.diverged,
      divergedAt: r.divergedAt,
      finalValAccuracy: r.finalValAccuracy,
    });
  }
  return { runs };
};
export default sanityGallery;
