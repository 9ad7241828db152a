/**
 * The demo toolkit in a real Chromium: controls keep values in range, the data table is the
 * figure's text alternative with a CSV, and the worker runner streams, pauses, steps and cancels.
 */
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { flushSync } from 'svelte';
import Slider from '../../src/components/controls/Slider.svelte';
import RunControls from '../../src/components/controls/RunControls.svelte';
import DataTable from '../../src/components/DataTable.svelte';
import DemoFrame from '../../src/components/DemoFrame.svelte';
import { ExperimentRunner, type RunStatus } from '../../src/lib/runner.svelte';
import FrameWithTable from './FrameWithTable.svelte';
import type { IntroTrainConfig, IntroTrainFrame, IntroTrainResult } from '../../src/core/experiments/intro-train';
import { sleep, until } from './util';

describe('Slider', () => {
  test('a typed value outside the range is clamped, with a note', async () => {
    const screen = await render(Slider, { props: { label: 'layers', value: 5, min: 1, max: 20, step: 1 } });
    const typed = screen.getByLabelText('layers (type a value)');
    await userEvent.clear(typed);
    await userEvent.type(typed, '999{Enter}');
    await expect.element(screen.getByText('kept within 1–20')).toBeVisible();
    expect((typed.element() as HTMLInputElement).value).toBe('20');
    const range = screen.getByLabelText('layers', { exact: true }).element() as HTMLInputElement;
    expect(range.value).toBe('20');
  });

  test('text that is not a number is refused and the value kept', async () => {
    const screen = await render(Slider, { props: { label: 'rate', value: 0.01, min: 1e-6, max: 10, log: true } });
    const typed = screen.getByLabelText('rate (type a value)');
    await userEvent.clear(typed);
    await userEvent.type(typed, 'fast{Enter}');
    await expect.element(screen.getByText('“fast” is not a number')).toBeVisible();
    expect((typed.element() as HTMLInputElement).value).toBe('0.01');
  });

  test('a log slider maps its position to powers of ten', async () => {
    const screen = await render(Slider, { props: { label: 'rate', value: 0.01, min: 1e-6, max: 10, log: true } });
    const range = screen.getByLabelText('rate', { exact: true }).element() as HTMLInputElement;
    expect(Number(range.value)).toBeCloseTo(-2, 10);
    expect(range.min).toBe('-6');
    expect(range.max).toBe('1');
    expect(range.getAttribute('aria-valuetext')).toBe('0.01');
  });
});

describe('DataTable', () => {
  const columns = [
    { key: 'layer', label: 'layer' },
    { key: 'std', label: 'std' },
  ];
  test('shows numbers in the reader format, keeps each exact value in data-value, and exposes its state', async () => {
    const rows = [
      { layer: 1, std: 0.1234567890123 },
      { layer: 2, std: 1e-7 },
    ];
    const screen = await render(DataTable, { props: { columns, rows, caption: 'Per-layer std', state: 'done' } });
    const table = screen.container.querySelector('table')!;
    expect(table.dataset.state).toBe('done');
    const cells = [...table.querySelectorAll('tbody td')].map((td) => td.textContent);
    expect(cells).toEqual(['1', '0.123', '2', '1×10⁻⁷']);
    const exact = [...table.querySelectorAll('tbody td')].map((td) => td.getAttribute('data-value'));
    expect(exact).toEqual(['1', '0.1234567890123', '2', '1e-7']);
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['layer', 'std']);
  });

  test('says in its summary whether it is being computed or waits for Run', async () => {
    const pending = await render(DataTable, { props: { columns, rows: [], caption: 'a', state: 'pending' } });
    expect(pending.container.querySelector('summary')!.textContent).toContain('0 rows, updating');
    expect(pending.container.querySelector('table')!.getAttribute('aria-busy')).toBe('true');
    const idle = await render(DataTable, { props: { columns, rows: [], caption: 'b', state: 'idle' } });
    expect(idle.container.querySelector('summary')!.textContent).toContain('0 rows, press Run to fill it');
    expect(idle.container.querySelector('table')!.dataset.state).toBe('idle');
    expect(idle.container.querySelector('table')!.getAttribute('aria-busy')).toBe('false');
  });

  test('long tables show a limit but keep every row for the CSV', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ layer: i, std: i / 10 }));
    const screen = await render(DataTable, {
      props: { columns, rows, caption: 'c', state: 'done', limit: 10, open: true },
    });
    expect(screen.container.querySelectorAll('tbody tr').length).toBe(10);
    await expect.element(screen.getByText(/Showing the first 10 of 30 rows/)).toBeVisible();
    // The CSV behind "Download CSV": every row, not the 10 shown.
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return create.call(URL, b);
    };
    try {
      await screen.getByRole('button', { name: 'Download CSV' }).click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs.length).toBe(1);
    const lines = (await blobs[0].text()).trimEnd().split('\r\n');
    expect(lines.length).toBe(31);
    expect(lines[0]).toBe('layer,std');
    expect(lines[30]).toBe('29,2.9');
  });
});

describe('RunControls', () => {
  test('calls the handlers and shows the progress', async () => {
    const calls: string[] = [];
    const screen = await render(RunControls, {
      props: {
        status: 'paused',
        done: 120,
        total: 2000,
        onplay: () => calls.push('play'),
        onpause: () => calls.push('pause'),
        onstep: () => calls.push('step'),
        onreset: () => calls.push('reset'),
      },
    });
    await screen.getByRole('button', { name: /Resume/ }).click();
    await screen.getByRole('button', { name: 'Step' }).click();
    await screen.getByRole('button', { name: /Reset/ }).click();
    expect(calls).toEqual(['play', 'step', 'reset']);
    await expect.element(screen.getByText('120 / 2,000 iterations')).toBeVisible();
  });

  test('Run and Pause are one button: it keeps the keyboard focus as its label changes', async () => {
    const calls: string[] = [];
    let setStatus = (_: RunStatus) => {};
    const screen = await render(RunControls, {
      props: {
        status: 'idle',
        onplay: () => {
          calls.push('play');
          setStatus('running');
        },
        onpause: () => {
          calls.push('pause');
          setStatus('paused');
        },
        onreset: () => {},
      },
    });
    setStatus = (status) => screen.rerender({ status });
    (screen.getByRole('button', { name: /Run/ }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    flushSync();
    await expect.element(screen.getByRole('button', { name: /Pause/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    flushSync();
    await expect.element(screen.getByRole('button', { name: /Resume/ })).toHaveFocus();
    expect(calls).toEqual(['play', 'pause']);
  });

  test('once a run has progressed for a second, it says how long it takes on this machine', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const at = async (t: number, props: { status?: RunStatus; done: number }) => {
      now = t;
      await screen.rerender(props);
      flushSync();
    };
    const screen = await render(RunControls, {
      props: { status: 'idle', done: 0, total: 1000, onplay: () => {}, onpause: () => {}, onreset: () => {} },
    });
    await at(0, { status: 'running', done: 0 });
    await at(3000, { done: 10 }); // the first frame (loading the data took 3 s)
    expect(screen.container.querySelector('[data-eta]')).toBeNull();
    await at(4000, { done: 20 }); // 10 iterations a second from then on: 98 s left
    await expect.element(screen.getByText('about 1 min 42 s on this machine, 1 min 38 s left')).toBeVisible();
    await at(5000, { status: 'paused', done: 30 });
    await at(60_000, { status: 'running', done: 30 }); // a pause does not count
    await at(61_000, { done: 40 });
    await expect.element(screen.getByText(/^about 1 min 42 s on this machine, 1 min 36 s left$/)).toBeVisible();
    await at(157_000, { status: 'done', done: 1000 });
    await expect.element(screen.getByText('took 1 min 42 s')).toBeVisible();
    clock.mockRestore();
  });

  test('Run, Step and Reset are disabled when there is nothing to run', async () => {
    const screen = await render(RunControls, {
      props: {
        status: 'idle',
        disabled: true,
        onplay: () => {},
        onpause: () => {},
        onstep: () => {},
        onreset: () => {},
      },
    });
    await expect.element(screen.getByRole('button', { name: /Run/ })).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: 'Step' })).toBeDisabled();
    await expect.element(screen.getByRole('button', { name: /Reset/ })).toBeDisabled();
  });
});

describe('DemoFrame', () => {
  test('shows notices and errors', async () => {
    const screen = await render(DemoFrame, {
      props: { title: 'T', notices: ['layers: "x" is not a number; using 10.'], error: 'diverged at 12' },
    });
    await expect.element(screen.getByText('layers: "x" is not a number; using 10.')).toBeVisible();
    await expect.element(screen.getByRole('alert')).toHaveTextContent('diverged at 12');
  });

  test('a table waiting for a run that stopped with an error says so instead of "updating"', async () => {
    const screen = await render(FrameWithTable, { props: { error: 'Too big. Lower the width.' } });
    const table = screen.container.querySelector('table')!;
    expect(table.dataset.state).toBe('stopped');
    expect(table.getAttribute('aria-busy')).toBe('false');
    await expect.element(screen.getByText(/not updated/)).toBeInTheDocument();
    screen.rerender({ error: null });
    await expect.poll(() => table.dataset.state).toBe('pending');
  });

  test('a new body follows in a task of its own, its state with it', async () => {
    const columns = [
      { key: 'layer', label: 'layer' },
      { key: 'std', label: 'std' },
    ];
    const rows = [{ layer: 1, std: 0.5 }];
    const screen = await render(DataTable, { props: { columns, rows, caption: 'd', state: 'pending' } });
    const table = screen.container.querySelector('table')!;
    // The first body is drawn at once.
    expect(table.querySelectorAll('tbody tr').length).toBe(1);
    screen.rerender({ columns, rows: [...rows, { layer: 2, std: 0.25 }], caption: 'd', state: 'done' });
    flushSync();
    // Still the old rows and the old state at the end of the task that changed them …
    expect(table.querySelectorAll('tbody tr').length).toBe(1);
    expect(table.dataset.state).toBe('pending');
    // … then both together.
    await new Promise((r) => setTimeout(r, 0));
    await expect.poll(() => table.querySelectorAll('tbody tr').length).toBe(2);
    expect(table.dataset.state).toBe('done');
  });

  test('a run that starts makes the table "pending" in the same task (a test or a reader never sees a stale "idle")', async () => {
    const columns = [{ key: 'layer', label: 'layer' }];
    const rows = [{ layer: 1 }];
    const screen = await render(DataTable, { props: { columns, rows, caption: 'f', state: 'idle' } });
    const table = screen.container.querySelector('table')!;
    expect(table.dataset.state).toBe('idle');
    screen.rerender({ columns, rows: [], caption: 'f', state: 'pending' });
    flushSync();
    expect(table.dataset.state).toBe('pending');
    expect(table.getAttribute('aria-busy')).toBe('true');
  });

  test('a long new body fills in a few hundred cells per task, and says done only when every row is in', async () => {
    const columns = [
      { key: 'layer', label: 'layer' },
      { key: 'std', label: 'std' },
    ];
    const screen = await render(DataTable, { props: { columns, rows: [], caption: 'e', state: 'pending' } });
    const table = screen.container.querySelector('table')!;
    const rows = Array.from({ length: 450 }, (_, i) => ({ layer: i, std: i / 7 }));
    screen.rerender({ columns, rows, caption: 'e', state: 'done' });
    // Every state the table passes through, as (rows shown, data-state).
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const s = `${table.querySelectorAll('tbody tr').length} ${table.dataset.state}`;
      if (seen.at(-1) !== s) seen.push(s);
    });
    observer.observe(table, { subtree: true, childList: true, attributes: true });
    await expect.poll(() => table.dataset.state).toBe('done');
    observer.disconnect();
    // 400 cells per task: 200 rows of two columns, then 400, then all 450.
    expect(seen).toEqual(['200 pending', '400 pending', '450 done']);
    expect(table.querySelector('tbody tr:last-child td')!.textContent).toBe('449');
  });
});

describe('ExperimentRunner (real worker)', () => {
  const config: IntroTrainConfig = { hidden: 8, activation: 'relu', lr: 0.01, iterations: 60, seed: 1 };

  test('streams frames from the worker and finishes with a result', async () => {
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train');
    run.start(config);
    await until(() => run.status === 'done');
    expect(run.frames.map((f) => f.iteration)).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(run.result!.iterations).toBe(60);
    expect(run.last).toEqual(run.frames[6]);
    run.dispose();
  });

  test('starts paused, steps one frame at a time, resumes', async () => {
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train');
    run.start(config, { paused: true });
    await sleep(200);
    expect(run.frames.length).toBe(0);
    run.step();
    await until(() => run.frames.length === 1 && run.status === 'paused');
    run.step();
    await until(() => run.frames.length === 2 && run.status === 'paused');
    expect(run.frames.map((f) => f.iteration)).toEqual([0, 10]);
    run.resume();
    await until(() => run.status === 'done');
    expect(run.frames.length).toBe(7);
    run.dispose();
  });

  test('a new start cancels the stale run: only the new run reports', async () => {
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train');
    run.start({ ...config, iterations: 5000 });
    await until(() => run.frames.length > 0);
    run.start({ ...config, iterations: 30 });
    await until(() => run.status === 'done');
    expect(run.result!.iterations).toBe(30);
    expect(run.frames.map((f) => f.iteration)).toEqual([0, 10, 20, 30]);
    run.dispose();
  });

  test('`finished` keeps the last finished result and its config while the next run computes', async () => {
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train');
    run.start(config);
    await until(() => run.status === 'done');
    run.start({ ...config, iterations: 5000 });
    flushSync();
    expect(run.result).toBeNull();
    expect(run.finished!.result.iterations).toBe(60);
    expect(run.finished!.config.iterations).toBe(60);
    run.cancel();
    run.dispose();
  });

  test('a size the core refuses is a sentence naming the setting to lower; the last result stays', async () => {
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train', {
      lower: { maxWidth: 'the hidden units' },
    });
    run.start(config);
    await until(() => run.status === 'done');
    run.start({ ...config, hidden: 5000 });
    await until(() => run.status === 'error');
    expect(run.errorName).toBe('LimitError');
    expect(run.refusal).toEqual({ limit: 'maxWidth', value: 5000, max: 4096 });
    expect(run.error).not.toMatch(/limit|exceeded|maxWidth/);
    expect(run.error).toContain('5,000');
    expect(run.error).toMatch(/Lower the hidden units\.$/);
    expect(run.finished!.config.hidden).toBe(8);
    run.start(config);
    await until(() => run.status === 'done');
    expect(run.error).toBeNull();
    expect(run.refusal).toBeNull();
    run.dispose();
  });

  test('with reduced motion, frames are applied at most once a second after the first', async () => {
    const reduce = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation((q: string) => ({ matches: q.includes('reduced-motion'), media: q }) as MediaQueryList);
    const run = new ExperimentRunner<IntroTrainConfig, IntroTrainFrame, IntroTrainResult>('intro-train', {
      keepFrames: false,
    });
    run.start({ ...config, iterations: 100_000 });
    const applied: number[] = [];
    let last: IntroTrainFrame | null = null;
    const t0 = performance.now();
    while (performance.now() - t0 < 2500) {
      await sleep(20);
      flushSync();
      if (run.last !== last) {
        last = run.last;
        applied.push(performance.now());
      }
    }
    run.cancel();
    run.dispose();
    reduce.mockRestore();
    expect(applied.length).toBeGreaterThanOrEqual(2);
    expect(applied.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < applied.length; i++) expect(applied[i] - applied[i - 1]).toBeGreaterThan(900);
  });

  test('an unknown experiment is reported as an error, not thrown', async () => {
    const run = new ExperimentRunner('no-such-experiment');
    run.start({});
    await until(() => run.status === 'error');
    expect(run.error).toContain('unknown experiment');
    run.dispose();
  });
});
