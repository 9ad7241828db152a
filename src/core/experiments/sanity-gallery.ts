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
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
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

/** One panel of the gallery: a preset of the learning-rate probe, with the gallery's steps and seed. */
export interface SanityGalleryPanel {
  preset: LrPresetName;
  steps: number;
  seed: number;
}

/** The probe run of one preset: its loss curve as it trains, then its summary. */
async function* panelRun(
  p: SanityGalleryPanel,
  ctx: ExperimentContext,
): AsyncGenerator<SanityGalleryFrame, SanityGalleryRun, void> {
  const { preset } = p;
  const it = sanityLr(
    { ...LR_PRESETS[preset], hidden: 100, steps: p.steps, batch: 64, evalEvery: p.steps, seed: p.seed },
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
  const { shape, initialLoss, finalLoss, diverged, divergedAt, finalValAccuracy } = r;
  return { preset, shape, initialLoss, finalLoss, diverged, divergedAt, finalValAccuracy };
}

/** The five presets, each run on its own (the pool may run several at once). */
export const sweep: Sweep<
  SanityGalleryConfig,
  SanityGalleryPanel,
  SanityGalleryFrame,
  SanityGalleryRun,
  SanityGalleryFrame,
  SanityGalleryResult
> = {
  runs(config) {
    checkRange('steps', config.steps, 50, 5000);
    return GALLERY_PRESETS.map((preset) => ({ preset, steps: config.steps, seed: config.seed }));
  },
  run: panelRun,
  frame: (_i, f) => f,
  combine: (runs) => ({ runs }),
};

export const sanityGallery: Experiment<SanityGalleryConfig, SanityGalleryFrame, SanityGalleryResult> =
  sweepExperiment(sweep);
export default sanityGallery;
