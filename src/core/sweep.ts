/**
 * Sweeps: several independent runs of one computation (a learning-rate sweep, a race of
 * activations, the trials of a search), scheduled over a pool of lanes. Each run is fully
 * described by its own config — its seed included — so which lane computes it, and in what
 * order the runs finish, cannot change a single number: the result is combined from the runs'
 * results in plan order, bit for bit the same as running them one after the other.
 *
 *   export const sweep: Sweep<Config, RunConfig, RunFrame, RunResult, Frame, Result> = {
 *     runs: (config) => config.lrs.map((lr) => ({ lr, seed: config.seed })),
 *     run: oneRun,                                  // an experiment: (runConfig, ctx) → frames, result
 *     frame: (i, f) => ({ kind: 'point', run: i, ...f }),   // a run's frame as a frame of the sweep
 *     finished: (i, r) => ({ kind: 'row', run: i, ...r }), // when run i finishes
 *     combine: (results) => ({ rows: results }),
 *   };
 *   export default sweepExperiment(sweep);          // the serial experiment: tests, build, fallback
 *
 * In Node (tests, build-time runs) the default export runs the sweep with one lane, in order. In
 * the browser the experiment worker runs the same `runSweep` with a pool of lanes: itself and
 * further workers (src/workers/experiment.worker.ts). Frames stream as runs produce them; the
 * result waits for every run.
 *
 * Two things keep every lane busy. With several lanes, the costliest runs go first (`cost`), so
 * that short runs fill the gaps at the end rather than one long run trailing alone. And the
 * thread that coordinates also computes runs of its own: between their steps it lets the other
 * lanes' messages in (`poll`) every few milliseconds, so a lane that has finished gets its next
 * run at once instead of after this thread's whole run. A run that would otherwise compute for
 * long without a frame yields unshown frames (ticks) to make room for that.
 */
import type { Experiment, ExperimentContext } from './experiments/types.ts';

export interface Sweep<C, RC, RF, RR, F, R> {
  /** The independent runs of this config, in order. Each must carry everything it depends on. */
  runs(config: C): RC[];
  /** One run. */
  run: Experiment<RC, RF, RR>;
  /**
   * A run's relative cost (any unit; absent: all equal). With several lanes the costliest
   * pending run is handed out first; with one lane runs go in plan order. Only the schedule
   * depends on it, never a number.
   */
  cost?(run: RC, config: C): number;
  /** Run i's frame as a frame of the sweep (null or absent: not shown). */
  frame?(i: number, f: RF, config: C): F | null;
  /** A frame when run i has finished (null or absent: none). */
  finished?(i: number, r: RR, config: C): F | null;
  /**
   * Further runs, once every run so far has finished (a coarse-to-fine search plans its fine
   * trials from the coarse results). Called with the results so far, in plan order; [] or
   * absent: the sweep is complete. The new runs go after the others in plan order.
   */
  more?(config: C, results: readonly RR[]): RC[];
  /** The sweep's result, from every run's result in plan order (it may load data through ctx). */
  combine(results: RR[], config: C, ctx: ExperimentContext): R | Promise<R>;
}

/** Something that can compute runs: the current thread, or a worker. */
export interface Lane<RC, RF, RR> {
  /** Starts a run; its frames and then its result arrive through the callbacks. */
  start(config: RC, onFrame: (f: RF) => void, onDone: (r: RR) => void, onError: (e: Error) => void): void;
}

/** A lane that runs the experiment in this thread (a generator stepped by `runSweep`). */
export const LOCAL = 'local' as const;

/** With other lanes, the longest this thread computes before it lets their messages in (ms). */
export const POLL_MS = 2;

type Event<RF, RR> =
  | { i: number; lane: number; kind: 'frame'; frame: RF }
  | { i: number; lane: number; kind: 'done'; result: RR }
  | { i: number; lane: number; kind: 'error'; error: Error };

/**
 * Runs every run of `sweep` over the lanes: `LOCAL` is computed here, between the other lanes'
 * messages; any other lane is handed whole runs. Yields the sweep's frames as they come (plan
 * order with one lane), returns the combined result (always in plan order).
 *
 * `poll` lets the other lanes' messages in (a macrotask: the worker's MessageChannel turn,
 * setImmediate in Node); with other lanes it is awaited between the local run's steps once
 * POLL_MS have passed. Without it, messages come in only when the caller turns the event loop.
 */
export async function* runSweep<C, RC, RF, RR, F, R>(
  sweep: Sweep<C, RC, RF, RR, F, R>,
  config: C,
  ctx: ExperimentContext,
  lanes: readonly (typeof LOCAL | Lane<RC, RF, RR>)[] = [LOCAL],
  poll?: () => Promise<void>,
): AsyncGenerator<F, R, void> {
  const runs = sweep.runs(config);
  const results: RR[] = new Array<RR>(runs.length);
  /** Runs planned but not yet handed to a lane, in the order they will be handed out. */
  const queue: number[] = [];
  const costOf = (i: number) => sweep.cost?.(runs[i], config) ?? 0;
  const events: Event<RF, RR>[] = [];
  let wake: (() => void) | null = null;
  const push = (e: Event<RF, RR>) => {
    events.push(e);
    wake?.();
  };
  let remaining = runs.length;
  const idle: number[] = lanes.map((_, k) => k);
  /** The local lane's current run, stepped here (a holder: `assign` sets it). */
  const here: { run: { i: number; it: AsyncGenerator<RF, RR, void> } | null } = { run: null };

  const assign = () => {
    while (idle.length && queue.length) {
      const lane = idle.shift()!;
      const i = queue.shift()!;
      const target = lanes[lane];
      if (target === LOCAL) here.run = { i, it: sweep.run(runs[i], ctx) };
      else
        target.start(
          runs[i],
          (frame) => push({ i, lane, kind: 'frame', frame }),
          (result) => push({ i, lane, kind: 'done', result }),
          (error) => push({ i, lane, kind: 'error', error }),
        );
    }
  };

  /** When every run so far has finished: the sweep's further runs, if it has any. */
  const extend = () => {
    const extra = remaining === 0 && sweep.more ? sweep.more(config, results) : [];
    runs.push(...extra);
    remaining += extra.length;
    for (let i = runs.length - extra.length; i < runs.length; i++) queue.push(i);
    // Costliest first (a stable sort: equal costs stay in plan order).
    if (lanes.length > 1 && sweep.cost) queue.sort((a, b) => costOf(b) - costOf(a));
    assign();
  };

  queue.push(...runs.keys());
  extend();
  let polled = performance.now();
  while (remaining > 0) {
    if (here.run) {
      const { i, it } = here.run;
      const step = await it.next();
      if (poll && lanes.length > 1 && performance.now() - polled >= POLL_MS) {
        await poll();
        polled = performance.now();
      }
      if (step.done) {
        here.run = null;
        events.push({ i, lane: lanes.indexOf(LOCAL), kind: 'done', result: step.value });
      } else events.push({ i, lane: lanes.indexOf(LOCAL), kind: 'frame', frame: step.value });
    } else if (!events.length) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    while (events.length) {
      const e = events.shift()!;
      if (e.kind === 'error') throw e.error;
      if (e.kind === 'frame') {
        const f = sweep.frame?.(e.i, e.frame, config);
        if (f != null) yield f;
        continue;
      }
      results[e.i] = e.result;
      remaining--;
      idle.push(e.lane);
      const f = sweep.finished?.(e.i, e.result, config);
      if (f != null) yield f;
      extend();
    }
  }
  return await sweep.combine(results, config, ctx);
}

/** The sweep as an ordinary experiment: its runs one after the other, in this thread. */
export function sweepExperiment<C, RC, RF, RR, F, R>(sweep: Sweep<C, RC, RF, RR, F, R>): Experiment<C, F, R> {
  return (config, ctx) => runSweep(sweep, config, ctx);
}
