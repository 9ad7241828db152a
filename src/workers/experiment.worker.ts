/**
 * The one worker every demo uses. It runs an experiment (an async generator, see
 * src/core/experiments/types.ts) in time slices, posting each frame it yields, so that the
 * page stays responsive and a pause, a single step or a cancel takes effect between frames.
 *
 * Messages in:  { type: 'start', runId, id, config, paused } | { type: 'pause' | 'resume' | 'step' | 'cancel', runId }
 * Messages out: { type: 'frame', runId, frame } | { type: 'done', runId, result }
 *               | { type: 'error', runId, message, name, limit?, value?, max? }   (limit… for a LimitError)
 *               | { type: 'paused', runId } | { type: 'cancelled', runId }
 */
import { loadExperiment } from '../core/experiments/index.ts';
import { browserContext } from '../lib/mnist-browser.ts';

type Inbound =
  | { type: 'start'; runId: number; id: string; config: unknown; paused?: boolean }
  | { type: 'pause' | 'resume' | 'step' | 'cancel'; runId: number };

interface Run {
  runId: number;
  id: string;
  config: unknown;
  gen: AsyncGenerator<unknown, unknown, void> | null;
  paused: boolean;
  /** Frames still to produce while paused (from 'step'). */
  steps: number;
  wake: (() => void) | null;
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

async function drive(run: Run) {
  let sliceStart = performance.now();
  try {
    const experiment = await loadExperiment(run.id);
    if (current !== run) return;
    run.gen = experiment(run.config, browserContext);
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
        current = null;
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
      current = null;
    }
  }
}

function stop(run: Run) {
  void run.gen?.return(undefined).catch(() => {});
  run.wake?.();
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
    };
    current = run;
    void drive(run);
    return;
  }
  const run = current;
  if (!run || run.runId !== msg.runId) return;
  switch (msg.type) {
    case 'pause':
      run.paused = true;
      break;
    case 'resume':
      run.paused = false;
      run.wake?.();
      break;
    case 'step':
      run.paused = true;
      run.steps++;
      run.wake?.();
      break;
    case 'cancel':
      current = null;
      stop(run);
      post({ type: 'cancelled', runId: run.runId });
      break;
  }
};
