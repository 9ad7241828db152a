/**
 * The experiment registry: every module in src/core/experiments/ is an experiment whose `id` is
 * its file name, so a demo's typed runner (experimentRunner<typeof module>('id')) names exactly
 * the module the worker loads.
 */
import { expect, test } from 'vitest';
import { experimentFiles, loadExperiment } from '../../src/core/experiments/index.ts';

test('every experiment module exports its file name as id and an experiment as default', async () => {
  const files = experimentFiles();
  expect(files.length).toBeGreaterThan(30);
  for (const file of files) {
    const run = await loadExperiment(file);
    expect(typeof run, file).toBe('function');
  }
  await expect(loadExperiment('no-such-experiment')).rejects.toThrow(/unknown experiment/);
  await expect(loadExperiment('../types')).rejects.toThrow(/unknown experiment/);
});
