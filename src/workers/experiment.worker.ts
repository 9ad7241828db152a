/**
 * The one worker every demo uses. It runs an experiment (an async generator, see
 * src/core/experiments/types.ts) in time slices, posting each frame it yields, so that the
 * page stays responsive and a pause, a single step or a cancel takes effect between frames.
 *
 * A sweep (an experiment module that exports `sweep`, see src/core/sweep.ts) is spread over a
 * pool: this worker computes runs itself and hands others to helper workers — copies of this
 * script, started with `part: 'run'` — up to navigator.hardwareConcurrency − 1 of them. Every run
 * carries its own seed, so the result is the same as one worker running them in order.
 *
 * Messages in:  { type: 'start', runId, id, config, paused, part? } | { type: 'pause' | 'resume' | 'step' | 'cancel', runId }
 * Messages out: { type: 'frame', runId, frame } | { type: 'done', runId, result } | { type: 'error', runId, message, name, limit?, value?, max? }
 *               | { type: 'paused', runId } | { type: 'cancelled', runId } | { type: 'pool', runId, workers }
 *               (limit, value and max come with a LimitError)
 */
import { loadExperimentModule } from '../core/experiments/index.ts';
import { LOCAL, runSweep, type Lane } from '../core/sweep.ts';
import { browserContext } from '../lib/mnist-browser.ts';

type Inbound =
  | { type: 'start'; runId: number; id: string; config: unknown; paused?: boolean; part?: 'run' }
  | { type: 'pause' | 'resume' | 'step' | 'cancel'; runId: number };

type Outbound =
  | { type: 'frame'; runId: number; frame: unknown }
  | { type: 'done'; runId: number; result: unknown }
  | {
      type: 'error';
      runId: number;
      message: string;
      name: string;
      limit?: string;
      value?: number;
      max?: number;
    };

interface Run {
  runId: number;
  id: string;
  config: unknown;
  gen: AsyncGenerator<unknown, unknown, void> | null;
  paused: boolean;
  /** Frames still to produce while paused (from 'step'). */
  steps: number;
  wake: (() => void) | null;
  /** The helper workers of a sweep (terminated when the run ends). */
  helpers: Worker[];
}

const SLICE_MS = 25;
let current: Run | null = null;

/** Yields to the event loop (so messages are read) without setTimeout's 4 ms clamp. */
const channel = new MessageChannel();
const pending: (() => void)[] = [];
channel.port1.onmessage = () => pending.shift()?.();
function macrotask(): Promise<void> {
  return new Promise((resolve) => {
    pending.push(resolve);
    channel.port2.postMessage(0);
  });
}

function post(msg: object, transfer: Transferable[] = []) {
  (self as unknown as Worker).postMessage(msg, transfer);
}

/** Helper workers a sweep may use besides this one: one per further core, none in a helper itself. */
function helperCount(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  return Math.max(0, Math.min(7, cores - 1));
}

/** A lane of the pool: a helper worker that runs one whole run of the sweep at a time. */
function helperLane(run: Run, worker: Worker): Lane<unknown, unknown, unknown> {
  let part = 0;
  return {
    start(config, onFrame, onDone, onError) {
      const partId = ++part;
      worker.onmessage = (e: MessageEvent<Outbound>) => {
        const m = e.data;
        if (m.runId !== partId || current !== run) return;
        if (m.type === 'frame') onFrame(m.frame);
        else if (m.type === 'done') onDone(m.result);
        else if (m.type === 'error')
          onError(Object.assign(new Error(m.message), { name: m.name, limit: m.limit, value: m.value, max: m.max }));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        onError(new Error(e.message || 'a helper worker failed'));
      };
      worker.postMessage({ type: 'start', runId: partId, id: run.id, config, paused: run.paused, part: 'run' });
    },
  };
}

async function drive(run: Run, part?: 'run') {
  let sliceStart = performance.now();
  try {
    const mod = await loadExperimentModule(run.id);
    if (current !== run) return;
    if (part === 'run') {
      if (!mod.sweep) throw new Error(`experiment "${run.id}" is not a sweep`);
      run.gen = mod.sweep.run(run.config, browserContext);
    } else if (mod.sweep && helperCount() > 0 && typeof Worker !== 'undefined') {
      for (let k = 0; k < helperCount(); k++) run.helpers.push(new Worker(self.location.href, { type: 'module' }));
      post({ type: 'pool', runId: run.runId, workers: run.helpers.length + 1 });
      // Between its own runs' steps this worker lets the helpers' messages in (src/core/sweep.ts).
      const lanes = [LOCAL, ...run.helpers.map((w) => helperLane(run, w))];
      run.gen = runSweep(mod.sweep, run.config, browserContext, lanes, macrotask);
    } else {
      run.gen = mod.default(run.config, browserContext);
    }
    while (current === run) {
      if (run.paused && run.steps === 0) {
        post({ type: 'paused', runId: run.runId });
        await new Promise<void>((resolve) => (run.wake = resolve));
        run.wake = null;
        sliceStart = performance.now();
        continue;
      }
      const step = await run.gen.next();
      if (current !== run) break;
      if (step.done) {
        post({ type: 'done', runId: run.runId, result: step.value });
        end(run);
        return;
      }
      post({ type: 'frame', runId: run.runId, frame: step.value });
      if (run.paused && run.steps > 0) run.steps--;
      if (performance.now() - sliceStart > SLICE_MS) {
        await macrotask();
        sliceStart = performance.now();
      }
    }
  } catch (err) {
    if (current === run) {
      const e = err instanceof Error ? err : new Error(String(err));
      // A LimitError says which limit, what was asked for and the maximum: the page words it.
      const { limit, value, max } = e as Error & { limit?: string; value?: number; max?: number };
      post({ type: 'error', runId: run.runId, message: e.message, name: e.name, limit, value, max });
      end(run);
    }
  }
}

/** The run is over: its helpers stop, and this worker is free. */
function end(run: Run) {
  for (const w of run.helpers) w.terminate();
  if (run.helpers.length) post({ type: 'pool', runId: run.runId, workers: 0 });
  run.helpers = [];
  if (current === run) current = null;
}

function stop(run: Run) {
  void run.gen?.return(undefined).catch(() => {});
  run.wake?.();
  end(run);
}

/** Pause, resume and step reach the helpers too, so that a paused sweep computes nothing. */
function forward(run: Run, type: 'pause' | 'resume' | 'step') {
  for (const w of run.helpers) w.postMessage({ type, runId: -1 });
}

self.onmessage = (event: MessageEvent<Inbound>) => {
  const msg = event.data;
  if (msg.type === 'start') {
    if (current) stop(current);
    const run: Run = {
      runId: msg.runId,
      id: msg.id,
      config: msg.config,
      gen: null,
      paused: !!msg.paused,
      steps: 0,
      wake: null,
      helpers: [],
    };
    current = run;
    void drive(run, msg.part);
    return;
  }
  const run = current;
  // A helper obeys its coordinator whatever run id it was given (-1).
  if (!run || (run.runId !== msg.runId && msg.runId !== -1)) return;
  switch (msg.type) {
    case 'pause':
      run.paused = true;
      forward(run, 'pause');
      break;
    case 'resume':
      run.paused = false;
      forward(run, 'resume');
      run.wake?.();
      break;
    case 'step':
      run.paused = true;
      run.steps++;
      forward(run, 'step');
      run.wake?.();
      break;
    case 'cancel':
      current = null;
      stop(run);
      post({ type: 'cancelled', runId: run.runId });
      break;
  }
};
