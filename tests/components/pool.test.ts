/**
 * The worker pool in Chromium: a sweep's runs spread over the demo's worker and its helpers give
 * the serial result bit for bit (four experiments), stream their frames, and a cancel stops every helper.
 */
import { describe, expect, test } from 'vitest';
import { ExperimentRunner } from '../../src/lib/runner.svelte';
import { runToEnd } from '../../src/core/experiments/types';
import { browserContext } from '../../src/lib/mnist-browser';
import { bnLr, type BnLrConfig, type BnLrFrame, type BnLrResult } from '../../src/core/experiments/bn-lr';
import { sanityGallery, type SanityGalleryConfig } from '../../src/core/experiments/sanity-gallery';
import { searchRandom } from '../../src/core/experiments/search-random';
import { optRace } from '../../src/core/experiments/opt-race';
import { SMALL_OPT_RACE, SMALL_SEARCH_RANDOM } from '../shared/small-sweeps';
import { until } from './util';

const exact = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? `#${x}` : x));

describe('a sweep over the worker pool', () => {
  test('gives the result of running its runs one after the other, here in the page', async () => {
    const config: BnLrConfig = {
      lrCount: 3,
      lrMin: 0.01,
      lrMax: 10,
      trainSize: 300,
      hiddenLayers: 2,
      width: 20,
      iterations: 60,
      batch: 50,
      threshold: 0.3,
      seed: 5,
    };
    const run = new ExperimentRunner<BnLrConfig, BnLrFrame, BnLrResult>('bn-lr');
    run.start(config);
    await until(() => run.workers > 1, 20_000); // the pool started helpers
    await until(() => run.status === 'done', 60_000);
    const serial = await runToEnd(bnLr, config, browserContext);
    expect(exact(run.result)).toBe(exact(serial.result));
    expect(run.frames.filter((f) => f.kind === 'final').length).toBe(6);
    await until(() => run.workers === 0); // helpers end with the run
    run.dispose();
  });

  test('the gallery too; and a cancel mid-sweep leaves no helper running', async () => {
    const config: SanityGalleryConfig = { steps: 60, seed: 2 };
    const run = new ExperimentRunner<SanityGalleryConfig, unknown, unknown>('sanity-gallery');
    run.start(config);
    await until(() => run.status === 'done', 60_000);
    const serial = await runToEnd(sanityGallery, config, browserContext);
    expect(exact(run.result)).toBe(exact(serial.result));

    run.start({ steps: 2000, seed: 3 });
    await until(() => run.workers > 1 && run.frames.length > 3, 30_000);
    run.cancel();
    await until(() => run.workers === 0, 5_000);
    run.dispose();
  });

  test('a two-stage search (fine trials planned from the coarse ones) and a race of optimisers too', async () => {
    for (const [id, experiment, config] of [
      ['search-random', searchRandom, SMALL_SEARCH_RANDOM],
      ['opt-race', optRace, SMALL_OPT_RACE],
    ] as const) {
      const run = new ExperimentRunner<unknown, unknown, unknown>(id);
      run.start(config);
      await until(() => run.status === 'done', 60_000);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each experiment's own config type
      const serial = await runToEnd(experiment as any, config, browserContext);
      expect(exact(run.result), id).toBe(exact(serial.result));
      expect(run.frames.length, id).toBe(serial.frames.length);
      await until(() => run.workers === 0);
      run.dispose();
    }
  });
});
