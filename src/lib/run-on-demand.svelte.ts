/**
 * Run, Pause, Step and Reset for a demo whose experiment is heavy (MNIST training), written
 * once so that every such demo behaves the same way:
 *
 * - nothing runs until the reader presses Run or Step, so a page with several heavy demos does
 *   not load the processor on arrival (`start: 'on-load'` runs at once instead);
 * - Step on a demo that has not run starts a run and shows its first frame; Reset starts over,
 *   paused;
 * - once the demo has run, changing a setting either restarts the run after a short pause
 *   (`onChange: 'restart'`, the default; dragging a slider restarts it once, not fifty times) or
 *   stops it and waits for Run (`onChange: 'stop'`, for sweeps that take minutes).
 *
 *   const buttons = runOnDemand(run, () => config, { ready: () => params.ready, clear: () => (evals = []) });
 *   <RunControls status={run.status} done={…} total={…} {...buttons} />
 *
 * Call it while the component initialises (it creates an effect).
 */
import { untrack } from 'svelte';
import type { ExperimentRunner } from './runner.svelte';

export interface RunOnDemandOptions<C> {
  /** False until the URL state has been read (no run may start from the defaults first). */
  ready: () => boolean;
  /** 'on-run' (default): wait for Run or Step; 'on-load': run as soon as the page is ready. */
  start?: 'on-run' | 'on-load';
  /** After a change of setting: 'restart' (default) or 'stop' the run that has started. */
  onChange?: 'restart' | 'stop';
  /** Clears what the demo collected from the frames; called before every start and on stop. */
  clear?: () => void;
  /** False when the settings leave nothing to run (e.g. every optimiser switched off). */
  runnable?: (config: C) => boolean;
  /** Milliseconds to wait after the last change before restarting (default 300). */
  delay?: number;
}

/** The handlers RunControls takes, and whether there is anything to run. */
export interface RunHandlers {
  onplay: () => void;
  onpause: () => void;
  onstep: () => void;
  onreset: () => void;
  /** True while the settings leave nothing to run (`runnable` is false): Run, Step and Reset are disabled. */
  readonly disabled: boolean;
}

export function runOnDemand<C, F, R>(
  run: ExperimentRunner<C, F, R>,
  config: () => C,
  options: RunOnDemandOptions<C>,
): RunHandlers {
  const { ready, clear, runnable = () => true, delay = 300, onChange = 'restart' } = options;
  // Not reactive on purpose: pressing Run must not re-trigger the effect below.
  let started = options.start === 'on-load';
  let timer: ReturnType<typeof setTimeout> | undefined;

  function begin(c: C, paused: boolean) {
    // A press of Run, Step or Reset starts the run of the current settings itself: a restart
    // still waiting for the end of a drag would only start it over.
    clearTimeout(timer);
    clear?.();
    run.start(c, { paused });
  }

  $effect(() => {
    // Read the config first, so that the effect depends on it even before the first run.
    const c = config();
    if (!ready()) return;
    // untrack: the run's status must not become a dependency of this effect.
    untrack(() => {
      clearTimeout(timer);
      if (!started) return;
      // A run of these very settings is already under way (Run was pressed before this effect ran).
      const busy = run.status === 'running' || run.status === 'paused';
      if (busy && JSON.stringify(run.config) === JSON.stringify(c)) return;
      if (onChange === 'stop' || !runnable(c)) {
        run.cancel();
        clear?.();
        return;
      }
      const wait = run.status === 'idle' ? 0 : delay;
      timer = setTimeout(() => begin(c, run.status === 'paused'), wait);
    });
    return () => clearTimeout(timer);
  });

  return {
    get disabled() {
      return !runnable(config());
    },
    onplay() {
      const c = config();
      if (!runnable(c)) return;
      started = true;
      if (run.status === 'paused') run.resume();
      else begin(c, false);
    },
    onpause() {
      run.pause();
    },
    onstep() {
      const c = config();
      if (run.status === 'paused') return run.step();
      if (!runnable(c)) return;
      started = true;
      begin(c, true);
      run.step();
    },
    onreset() {
      const c = config();
      if (!runnable(c)) return;
      started = true;
      begin(c, true);
    },
  };
}

/**
 * For a demo without Run controls (a computation of a moment): run as soon as the page is ready
 * and again after every change of setting, `delay` ms after the last one (0 for demos that follow
 * a drag).
 *
 *   runOnChange(run, () => config, { ready: () => params.ready, delay: 80 });
 */
export function runOnChange<C, F, R>(
  run: ExperimentRunner<C, F, R>,
  config: () => C,
  options: Pick<RunOnDemandOptions<C>, 'ready' | 'delay' | 'clear' | 'runnable'>,
): void {
  runOnDemand(run, config, { ...options, start: 'on-load' });
}
