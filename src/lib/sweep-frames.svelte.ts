/**
 * A sweep's frames as its demo keeps them. The runs of a sweep (src/core/sweep.ts) are computed
 * side by side by a pool of workers, so the frames of different runs arrive interleaved, each
 * saying which run it belongs to. A demo keeps the frames worth drawing, and each run's position
 * for the progress counter (the runner then need not keep every frame):
 *
 *   const frames = new SweepFrames<Frame>({ run: (f) => f.run, at: (f) => f.iteration, keep: (f) => f.loss !== null });
 *   const run = experimentRunner<…>('opt-race', { keepFrames: false, onFrame: frames.add });
 *   runOnDemand(run, () => config, { clear: frames.clear, … });
 *   frames.curves(3)        // the kept frames of runs 0, 1, 2, each in arrival (= its own) order
 *   frames.progress         // the runs' positions added up
 *
 * `alignedRows` lays such curves side by side as table rows.
 */
export interface SweepFramesOptions<F> {
  /** Which run a frame belongs to (a number, or a key when runs are named by several numbers). */
  run: (f: F) => number | string;
  /** How far its run has got (an iteration, an epoch): the progress counter adds these up. */
  at: (f: F) => number;
  /** Whether to keep the frame for the chart and the table (progress-only frames need not be). */
  keep: (f: F) => boolean;
}

export class SweepFrames<F> {
  /** The kept frames, in arrival order. */
  kept = $state.raw<F[]>([]);
  #at = $state.raw<Record<string, number>>({});
  readonly #opts: SweepFramesOptions<F>;

  constructor(opts: SweepFramesOptions<F>) {
    this.#opts = opts;
  }

  /** Takes a frame (pass as the runner's `onFrame`). */
  add = (f: F): void => {
    this.#at = { ...this.#at, [this.#opts.run(f)]: this.#opts.at(f) };
    if (this.#opts.keep(f)) this.kept = [...this.kept, f];
  };

  /** Forgets every frame (pass as runOnDemand's `clear`). */
  clear = (): void => {
    this.kept = [];
    this.#at = {};
  };

  /** Every run's position, added up. */
  get progress(): number {
    return Object.values(this.#at).reduce((sum, at) => sum + at, 0);
  }

  /** The kept frames of runs 0 … count − 1, one list per run (runs numbered by `run`). */
  curves(count: number): F[][] {
    const out: F[][] = Array.from({ length: count }, () => []);
    for (const f of this.kept) out[this.#opts.run(f) as number]?.push(f);
    return out;
  }
}

/**
 * Table rows from runs' curves whose k-th points belong together (the same iteration or epoch):
 * row k is `row(first, point)`, where `first` is the k-th point of the longest curve and
 * `point(i)` is run i's k-th point, or null while run i has not got that far.
 */
export function alignedRows<F, R>(
  curves: readonly (readonly F[])[],
  row: (first: F, point: (i: number) => F | null) => R,
): R[] {
  const longest = curves.reduce<readonly F[]>((a, c) => (c.length > a.length ? c : a), []);
  return longest.map((first, k) => row(first, (i) => curves[i][k] ?? null));
}
