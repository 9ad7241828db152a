/**
 * Runs an experiment in a Web Worker for a demo, with reactive state the demo can render.
 *
 *   import type * as initStats from '../core/experiments/init-stats';
 *   const run = experimentRunner<typeof initStats>('init-stats');   // config, frames, result typed
 *   // an id that is not the module's own id is a type error
 *   $effect(() => run.start(config));     // a new config cancels the stale run
 *   run.frames; run.last; run.result; run.finished; run.status; run.error; run.refusal;
 *   run.pause(); run.resume(); run.step(); run.cancel();
 *
 * Demos do not write that effect themselves: `runOnDemand` / `runOnChange`
 * (run-on-demand.svelte.ts) decide when to start and restart.
 *
 * When the core refuses a size (a LimitError), `error` is a sentence for the reader saying what
 * was too large and which setting to lower (the demo names its controls with `lower`), `refusal`
 * holds the limit, the value and the maximum, and `finished` still holds the last good result.
 *
 * Frames arriving faster than the screen refreshes are applied once per animation frame (at most
 * once a second after a run's first frame when the reader prefers reduced motion: the figures
 * then change in a few steps rather than redraw continuously; a pause, an error and the result
 * are applied at once). A
 * worker that does not stop within a second of a cancel is terminated and replaced, so a stale
 * computation can never hold the demo hostage.
 */
import { onDestroy, untrack } from 'svelte';
import type { Experiment } from '../core/experiments/types';
import type { LimitName } from '../core/limits';
import { refusalMessage, refusalOf, type Refusal } from './refusal';
import { ui, DEFAULT_LOCALE, type Locale } from '../i18n';
import { prefersReducedMotion, REDUCED_MS } from './motion';

export type RunStatus = 'idle' | 'running' | 'paused' | 'done' | 'error';

type Outbound =
  | { type: 'frame'; runId: number; frame: unknown }
  | { type: 'done'; runId: number; result: unknown }
  | { type: 'error'; runId: number; message: string; name: string; limit?: string; value?: number; max?: number }
  | { type: 'paused'; runId: number }
  | { type: 'cancelled'; runId: number }
  | { type: 'pool'; runId: number; workers: number };

/** What a demo imports (as a type) from an experiment module: its id and the experiment. */
export interface ExperimentModule {
  readonly id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any config/frame/result
  default: Experiment<any, any, any>;
}

type Parts<M extends ExperimentModule> = M['default'] extends Experiment<infer C, infer F, infer R> ? [C, F, R] : never;
export type ConfigOf<M extends ExperimentModule> = Parts<M>[0];
export type FrameOf<M extends ExperimentModule> = Parts<M>[1];
export type ResultOf<M extends ExperimentModule> = Parts<M>[2];
/** The runner of an experiment module. */
export type RunnerOf<M extends ExperimentModule> = ExperimentRunner<ConfigOf<M>, FrameOf<M>, ResultOf<M>>;

/**
 * The runner of experiment module M, typed by it: `id` must be the module's own `id` (its file
 * name), so a typo or a renamed experiment is caught by the type check, and the worker loads
 * exactly that module.
 */
export function experimentRunner<M extends ExperimentModule>(
  id: M['id'],
  opts?: RunnerOptions<FrameOf<M>>,
): RunnerOf<M> {
  return new ExperimentRunner(id, opts);
}

export interface RunnerOptions<F> {
  /** Keep every frame in `frames` (default true); otherwise only `last`. */
  keepFrames?: boolean;
  /** Upper bound on kept frames (oldest dropped), to bound memory. */
  maxFrames?: number;
  /** Called for every frame, in order, before the state updates. */
  onFrame?: (frame: F) => void;
  /**
   * The settings to lower when the core refuses a size, in the demo's words, by limit:
   * `{ maxTotalActivationElements: 'the samples, the layers or the units per layer' }`.
   */
  lower?: Partial<Record<LimitName, string>>;
  /** The page's language: a refusal is worded in it. */
  lang?: Locale;
}

let nextRunId = 1;

/**
 * The runners computing right now, in this page. While there is one, the page's root element
 * carries `data-computing`: the service worker's first install waits for it to go
 * (src/components/site/OfflineSupport.astro), so as not to take a core from the demos.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping read through the DOM attribute, not state
const computing = new Set<object>();

function setComputing(runner: object, on: boolean) {
  if (on) computing.add(runner);
  else computing.delete(runner);
  if (typeof document !== 'undefined') document.documentElement.toggleAttribute('data-computing', computing.size > 0);
}

export class ExperimentRunner<C, F, R> {
  #status = $state<RunStatus>('idle');
  /** 'running' while the worker computes (and while a step is asked for), 'paused', 'done', 'error' or 'idle'. */
  get status(): RunStatus {
    return this.#status;
  }
  set status(value: RunStatus) {
    this.#status = value;
    setComputing(this, value === 'running');
  }
  frames = $state.raw<F[]>([]);
  last = $state.raw<F | null>(null);
  result = $state.raw<R | null>(null);
  /** Why the last run stopped, for the reader (a refused size is worded by refusal.ts). */
  error = $state<string | null>(null);
  errorName = $state<string | null>(null);
  /** The limit the core refused, with the value asked for and its maximum. */
  refusal = $state.raw<Refusal | null>(null);
  /** The config of the current (or last) run. */
  config = $state.raw<C | null>(null);
  /**
   * The last run that finished, with its config. Unlike `result` it is kept while a new run
   * computes, so a figure can stay on screen (and say which settings it shows) instead of
   * emptying at every change of setting.
   */
  finished = $state.raw<{ result: R; config: C } | null>(null);
  /** Workers computing a sweep's runs (this demo's worker and its helpers; 0 when none is running). */
  workers = $state(0);

  private worker: Worker | null = null;
  private runId = 0;
  private buffer: F[] = [];
  private flushScheduled = false;
  /** When frames were last applied (performance.now(); 0 before the run's first). */
  private flushedAt = 0;
  private killTimer: ReturnType<typeof setTimeout> | null = null;
  private startMessage: object | null = null;
  private readonly opts: Required<Omit<RunnerOptions<F>, 'onFrame' | 'lower'>> &
    Pick<RunnerOptions<F>, 'onFrame' | 'lower'>;

  constructor(
    readonly experimentId: string,
    opts: RunnerOptions<F> = {},
  ) {
    this.opts = {
      keepFrames: opts.keepFrames ?? true,
      maxFrames: opts.maxFrames ?? 20000,
      onFrame: opts.onFrame,
      lower: opts.lower,
      lang: opts.lang ?? DEFAULT_LOCALE,
    };
    try {
      onDestroy(() => this.dispose());
    } catch {
      // Created outside a component: the owner calls dispose().
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- the worker's address, not state
    const w = new Worker(new URL('../workers/experiment.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<Outbound>) => this.receive(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      this.fail(e.message || ui(this.opts.lang).refusal.workerFailed, 'Error');
      this.replaceWorker();
    };
    this.worker = w;
    return w;
  }

  private replaceWorker() {
    this.worker?.terminate();
    this.worker = null;
  }

  private receive(msg: Outbound) {
    // The helper count is about the worker, whichever run it was for (a cancelled run reports 0 too).
    if (msg.type === 'pool') {
      this.workers = msg.workers;
      return;
    }
    if (msg.runId !== this.runId) {
      if (msg.type === 'cancelled' && this.killTimer) {
        clearTimeout(this.killTimer);
        this.killTimer = null;
      }
      return;
    }
    switch (msg.type) {
      case 'frame':
        this.buffer.push(msg.frame as F);
        this.scheduleFlush();
        break;
      case 'done':
        this.flush();
        this.result = msg.result as R;
        this.finished = { result: this.result, config: this.config as C };
        this.status = 'done';
        break;
      case 'error':
        this.flush();
        this.fail(msg.message, msg.name, refusalOf(msg));
        break;
      case 'paused':
        this.flush();
        if (this.status === 'running') this.status = 'paused';
        break;
    }
  }

  private fail(message: string, name: string, refusal: Refusal | null = null) {
    this.refusal = refusal;
    this.error = refusal ? refusalMessage(refusal, this.opts.lower?.[refusal.limit], this.opts.lang) : message;
    this.errorName = name;
    this.status = 'error';
  }

  private scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const raf =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => setTimeout(f, 16);
    const wait = prefersReducedMotion() && this.flushedAt ? this.flushedAt + REDUCED_MS - performance.now() : 0;
    if (wait > 0) setTimeout(() => raf(() => this.flush()), wait);
    else raf(() => this.flush());
  }

  private flush() {
    this.flushScheduled = false;
    if (!this.buffer.length) return;
    const batch = this.buffer;
    this.buffer = [];
    this.flushedAt = performance.now();
    if (this.opts.onFrame) for (const f of batch) this.opts.onFrame(f);
    if (this.opts.keepFrames) {
      const all = this.frames.concat(batch);
      this.frames = all.length > this.opts.maxFrames ? all.slice(all.length - this.opts.maxFrames) : all;
    }
    this.last = batch[batch.length - 1];
  }

  /**
   * Starts a run of `config`, cancelling any run in progress. Safe to call inside an `$effect`:
   * the effect depends on `config` only, not on the runner's own state.
   */
  start(config: C, { paused = false }: { paused?: boolean } = {}): void {
    if (typeof Worker === 'undefined') return;
    untrack(() => this.startUntracked(config, paused));
  }

  private startUntracked(config: C, paused: boolean): void {
    this.cancelCurrent();
    this.runId = nextRunId++;
    this.buffer = [];
    this.flushedAt = 0;
    this.frames = [];
    this.last = null;
    this.result = null;
    this.error = null;
    this.errorName = null;
    this.refusal = null;
    this.config = config;
    this.status = paused ? 'paused' : 'running';
    // $state proxies cannot be cloned into a worker: send a plain snapshot.
    const plain = $state.snapshot(config) as C;
    this.startMessage = { type: 'start', runId: this.runId, id: this.experimentId, config: plain, paused };
    this.ensureWorker().postMessage(this.startMessage);
  }

  private cancelCurrent() {
    if (!this.worker || (this.status !== 'running' && this.status !== 'paused')) return;
    const w = this.worker;
    w.postMessage({ type: 'cancel', runId: this.runId });
    if (this.killTimer) clearTimeout(this.killTimer);
    this.killTimer = setTimeout(() => {
      // The worker is still inside a long computation: replace it, and hand the run that was
      // started since (if any) to the new worker.
      this.killTimer = null;
      if (this.worker !== w) return w.terminate();
      this.replaceWorker();
      if ((this.status === 'running' || this.status === 'paused') && this.startMessage) {
        this.ensureWorker().postMessage({ ...this.startMessage, paused: this.status === 'paused' });
      }
    }, 1000);
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.worker?.postMessage({ type: 'pause', runId: this.runId });
  }

  resume(): void {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.worker?.postMessage({ type: 'resume', runId: this.runId });
  }

  /** Produces one more frame, then pauses. */
  step(): void {
    if (this.status !== 'paused') return;
    this.status = 'running';
    this.worker?.postMessage({ type: 'step', runId: this.runId });
  }

  cancel(): void {
    this.cancelCurrent();
    this.flush();
    this.runId = nextRunId++;
    if (this.status === 'running' || this.status === 'paused') this.status = 'idle';
  }

  dispose(): void {
    setComputing(this, false);
    if (this.killTimer) clearTimeout(this.killTimer);
    this.worker?.terminate();
    this.worker = null;
  }
}
