/**
 * runOnDemand (src/lib/run-on-demand.svelte.ts) with the real worker: the Run / Step / Reset
 * behaviour every heavy demo shares, and what a change of setting does.
 */
import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { ExperimentRunner } from '../../src/lib/runner.svelte';
import { runOnDemand, type RunHandlers, type RunOnDemandOptions } from '../../src/lib/run-on-demand.svelte';
import type { IntroTrainConfig, IntroTrainFrame, IntroTrainResult } from '../../src/core/experiments/intro-train';
import { sleep, until } from './util';

/** A runner, reactive settings and the handlers, inside an effect root (as in a component). */
function setUp(options: Partial<RunOnDemandOptions<IntroTrainConfig>> = {}) {
  const settings = $state<IntroTrainConfig>({ hidden: 8, activation: 'relu', lr: 0.01, iterations: 60, seed: 1 });
  const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train');
  let cleared = 0;
  let buttons!: RunHandlers;
  const destroy = $effect.root(() => {
    buttons = runOnDemand(run, () => ({ ...settings }), {
      ready: () => true,
      delay: 50,
      clear: () => cleared++,
      ...options,
    });
  });
  flushSync();
  return {
    settings,
    run,
    buttons,
    cleared: () => cleared,
    done() {
      destroy();
      run.dispose();
    },
  };
}

describe('runOnDemand', () => {
  test('nothing runs before Run; Run runs; a change of setting then restarts the run', async () => {
    const t = setUp();
    await sleep(300);
    flushSync();
    expect(t.run.status).toBe('idle');
    t.buttons.onplay();
    await until(() => t.run.status === 'done');
    expect(t.run.result!.iterations).toBe(60);
    t.settings.iterations = 30;
    flushSync();
    await until(() => t.run.status === 'done' && t.run.result!.iterations === 30);
    expect(t.run.frames.map((f) => f.iteration)).toEqual([0, 10, 20, 30]);
    expect(t.cleared()).toBe(2); // before each start
    t.done();
  });

  test('Step on a demo that has not run shows one frame and pauses; Reset starts over, paused', async () => {
    const t = setUp();
    t.buttons.onstep();
    await until(() => t.run.status === 'paused' && t.run.frames.length === 1);
    t.buttons.onstep();
    await until(() => t.run.status === 'paused' && t.run.frames.length === 2);
    t.buttons.onreset();
    flushSync();
    expect(t.run.status).toBe('paused');
    expect(t.run.frames.length).toBe(0);
    t.buttons.onplay(); // resumes
    await until(() => t.run.status === 'done');
    expect(t.run.frames.length).toBe(7);
    t.done();
  });

  test('Run pressed while a restart waits starts that run once, and nothing restarts it after', async () => {
    const t = setUp();
    t.buttons.onplay();
    await until(() => t.run.status === 'done');
    expect(t.cleared()).toBe(1);
    // The change schedules a restart 50 ms later; the reader presses Run before it comes.
    t.settings.iterations = 30;
    flushSync();
    t.buttons.onplay();
    expect(t.cleared()).toBe(2);
    await sleep(200);
    await until(() => t.run.status === 'done');
    expect(t.run.result!.iterations).toBe(30);
    expect(t.cleared()).toBe(2); // one start for the press, none from the waiting restart
    t.done();
  });

  test('while a run computes, the page root carries data-computing (the service worker waits for it to go)', async () => {
    const root = document.documentElement;
    const t = setUp();
    expect(root.hasAttribute('data-computing')).toBe(false);
    t.buttons.onplay();
    expect(root.hasAttribute('data-computing')).toBe(true);
    await until(() => t.run.status === 'done');
    expect(root.hasAttribute('data-computing')).toBe(false);
    t.settings.iterations = 4000;
    t.buttons.onplay();
    t.buttons.onpause();
    await until(() => t.run.status === 'paused');
    expect(root.hasAttribute('data-computing')).toBe(false);
    t.buttons.onplay();
    expect(root.hasAttribute('data-computing')).toBe(true);
    t.done(); // disposed mid-run: no longer computing
    expect(root.hasAttribute('data-computing')).toBe(false);
  });

  test("onChange 'stop': a change of setting stops the run and clears it; Run starts the new one", async () => {
    const t = setUp({ onChange: 'stop' });
    // Long enough still to be running when the setting changes, however busy the machine.
    t.settings.iterations = 4000;
    flushSync();
    t.buttons.onplay();
    await until(() => t.run.frames.length > 0);
    expect(t.run.status).toBe('running');
    const before = t.cleared();
    t.settings.iterations = 5000;
    flushSync();
    expect(t.run.status).toBe('idle');
    expect(t.cleared()).toBe(before + 1);
    await sleep(300);
    flushSync();
    expect(t.run.status).toBe('idle'); // no restart by itself
    t.settings.iterations = 20;
    t.buttons.onplay();
    await until(() => t.run.status === 'done');
    expect(t.run.result!.iterations).toBe(20);
    t.done();
  });

  test("start 'on-load' runs at once, without Run", async () => {
    const t = setUp({ start: 'on-load' });
    await until(() => t.run.status === 'done');
    expect(t.run.result!.iterations).toBe(60);
    expect(t.run.frames[0].iteration).toBe(0);
    t.done();
  });

  test("start 'on-load': settings with nothing to run stop it and Run does nothing", async () => {
    const t = setUp({ start: 'on-load', runnable: (c) => c.hidden > 8 });
    await sleep(300);
    flushSync();
    expect(t.run.status).toBe('idle'); // hidden = 8 is not runnable here
    expect(t.buttons.disabled).toBe(true); // RunControls disables Run, Step and Reset
    t.buttons.onplay();
    flushSync();
    expect(t.run.status).toBe('idle');
    t.settings.hidden = 12;
    flushSync();
    await until(() => t.run.status === 'done');
    expect(t.run.config!.hidden).toBe(12);
    expect(t.buttons.disabled).toBe(false);
    t.done();
  });
});
