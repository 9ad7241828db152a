/**
 * How long a run takes on the reader's machine, measured while it runs: the time it has been
 * running (pauses left out) and the rate at which its progress moves once the first frame has
 * arrived (the first frame also pays for loading data), hence the time left and the whole.
 *
 *   const clock = new RunClock(() => run.status, () => iteration, () => iterations);
 *   clock.left; clock.whole;   // ms, once a second of progress has been measured, else null
 *   clock.took;                // ms, when the run is done
 *
 * Create it while a component initialises (it uses an effect).
 */
import { untrack } from 'svelte';
import type { RunStatus } from '../../lib/runner.svelte';
import { ui, type Ui } from '../../i18n';

/** Progress measured for at least this long before an estimate is shown. */
const MEASURE_MS = 1000;

export class RunClock {
  left = $state<number | null>(null);
  whole = $state<number | null>(null);
  took = $state<number | null>(null);

  #active = 0;
  #since: number | null = null;
  #lastStatus: RunStatus = 'idle';
  #lastDone = 0;
  /** Elapsed time and progress at the first frame of the run. */
  #first: { at: number; done: number } | null = null;

  constructor(status: () => RunStatus, done: () => number, total: () => number) {
    $effect(() => {
      const s = status();
      const d = done();
      const t = total();
      untrack(() => this.#update(s, d, t));
    });
  }

  #elapsed(now: number): number {
    return this.#active + (this.#since === null ? 0 : now - this.#since);
  }

  #update(status: RunStatus, done: number, total: number) {
    const now = performance.now();
    const busy = status === 'running' || status === 'paused';
    const wasIdle = this.#lastStatus === 'idle' || this.#lastStatus === 'done' || this.#lastStatus === 'error';
    if ((busy && wasIdle) || done < this.#lastDone) {
      // A new run (or a reset): start measuring again.
      this.#active = 0;
      this.#since = null;
      this.#first = null;
      this.left = this.whole = this.took = null;
    }
    this.#lastStatus = status;
    this.#lastDone = done;
    if (status === 'running' && this.#since === null) this.#since = now;
    if (status !== 'running' && this.#since !== null) {
      this.#active += now - this.#since;
      this.#since = null;
    }
    const elapsed = this.#elapsed(now);
    if (done > 0 && this.#first === null) this.#first = { at: elapsed, done };
    if (status === 'done') {
      this.took = this.#first ? elapsed : null;
      this.left = this.whole = null;
      return;
    }
    const f = this.#first;
    if (!f || total <= 0 || done <= f.done || elapsed - f.at < MEASURE_MS) return;
    const rate = (done - f.done) / (elapsed - f.at);
    this.left = Math.max(0, (total - done) / rate);
    this.whole = elapsed + this.left;
  }
}

/** "5 s", "48 s", "1 min 13 s", "12 min" (in the words of `t`, the run controls' catalog). */
export function durationText(
  ms: number,
  t: Pick<Ui['run'], 'seconds' | 'minutes' | 'minutesSeconds'> = ui().run,
): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return t.seconds(s);
  const m = Math.floor(s / 60);
  if (m >= 10) return t.minutes(Math.round(s / 60));
  const r = s % 60;
  return r ? t.minutesSeconds(m, r) : t.minutes(m);
}
