/**
 * The training engine: one or more named networks, each with its own optimiser, loss, weight
 * decay and learning-rate schedule, trained side by side on ONE stream of minibatches. Every
 * experiment that trains configures this instead of writing a loop: a race of optimisers is
 * several entries, a raw-vs-centred comparison is two entries that read the same rows of two
 * datasets, a single run is one entry.
 *
 *   const trainer = new Trainer({
 *     entries: [
 *       { name: 'sgd', net: netA, optimizer: makeOptimizer({ kind: 'sgd', lr: 0.1 }) },
 *       { name: 'adam', net: netB, optimizer: makeOptimizer({ kind: 'adam', lr: 1e-3 }), weightDecay: 1e-4 },
 *     ],
 *     data: { x, y },
 *     batchSize: 64,
 *     shuffle: rng.fork('shuffle'),
 *   });
 *   for (const frame of train(trainer, { steps: 300, every: 10, probe: (e) => evaluate(e.net, xVal, yVal) })) {
 *     frame.step;                    // 1, 2, …, 300: one frame per step
 *     frame.entries[1].report;       // this step's StepReport for 'adam' (null once it has diverged)
 *     frame.entries[1].probe;        // on steps 10, 20, …, 300: the probe's value, else null
 *     frame.entries[1].window;       // on those steps: the reports since the previous probe
 *   }
 *
 * Each step draws one batch of row indices and gives every live entry the same rows (from its
 * own dataset if it has one). Each entry's step is a transaction (train-step.ts): an entry whose
 * step is rejected is marked diverged, keeps its last good state and is not trained again.
 * Frames come on a step count, never on elapsed time, so every machine shows the same frames.
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';
import type { Sequential } from './model.ts';
import type { Optimizer } from './optimizers.ts';
import type { Labels, Loss } from './losses.ts';
import type { Schedule } from './schedules.ts';
import { trainStep, type StepReport } from './train-step.ts';
import { batchIterator, gatherLabels, gatherRows, type BatchIterator } from './batching.ts';

/** Inputs and targets, row by row (targets: class labels, or a matrix for a regression loss). */
export interface Dataset<T = Labels> {
  x: Matrix;
  y: T;
}

/** Rows that are built when a batch picks them (e.g. scaled as they are read), instead of stored. */
export interface BatchSource<T = Labels> {
  readonly rows: number;
  batch(indices: ArrayLike<number>): Dataset<T>;
}

export interface Entry<T = Labels> {
  name: string;
  net: Sequential;
  optimizer: Optimizer;
  /** Default: softmax cross-entropy on class labels. */
  loss?: Loss<T>;
  /** L2 strength λ (default 0). */
  weightDecay?: number;
  /** The learning rate of the entry's step t (t = steps it has taken, from 0). */
  schedule?: Schedule;
  /** This entry's own view of the rows (same count and order as the trainer's data). */
  data?: Dataset<T> | BatchSource<T>;
}

export interface TrainerOptions<T = Labels> {
  entries: Entry<T>[];
  data: Dataset<T> | BatchSource<T>;
  /** Rows per step; unset: every step sees all rows, in order (full-batch gradient descent). */
  batchSize?: number;
  /** The stream that orders the rows each epoch (required with batchSize). */
  shuffle?: Rng;
}

/** One entry as training goes: its network and optimiser, and whether it has diverged. */
export interface EntryState<T = Labels> extends Readonly<Entry<T>> {
  /** Index in the trainer's entries. */
  readonly index: number;
  /** True once a step was rejected (NaN/Inf): the entry is not trained again. */
  readonly diverged: boolean;
  /** The step (1-based) that was rejected, or null. */
  readonly divergedAt: number | null;
  /** The report of the entry's last step (null before the first). */
  readonly last: StepReport | null;
}

type MutableState<T> = { -readonly [K in keyof EntryState<T>]: EntryState<T>[K] };

export class Trainer<T = Labels> {
  readonly entries: readonly EntryState<T>[];
  /** The shuffled batches (null for full-batch training). */
  readonly batches: BatchIterator | null;
  private readonly states: MutableState<T>[];
  private readonly data: Dataset<T> | BatchSource<T>;
  private steps = 0;
  /** Gathered batches of each dataset, reused while the batch size stays the same. */
  private readonly gathered = new Map<Dataset<T> | BatchSource<T>, Dataset<T>>();

  constructor(options: TrainerOptions<T>) {
    if (options.entries.length === 0) throw new Error('Trainer: no entries to train');
    const n = rowsOf(options.data);
    for (const e of options.entries) {
      if (e.data && rowsOf(e.data) !== n)
        throw new Error(`Trainer: entry '${e.name}' has ${rowsOf(e.data)} rows, the data ${n}`);
    }
    this.data = options.data;
    if (options.batchSize !== undefined) {
      if (!options.shuffle) throw new Error('Trainer: minibatches need a shuffle stream');
      this.batches = batchIterator(n, options.batchSize, options.shuffle);
    } else {
      if (!isDataset(options.data)) throw new Error('Trainer: full-batch training needs stored rows');
      this.batches = null;
    }
    this.states = options.entries.map((e, index) => ({ ...e, index, diverged: false, divergedAt: null, last: null }));
    this.entries = this.states;
  }

  /** Steps taken (batches drawn). */
  get step(): number {
    return this.steps;
  }

  /** True while at least one entry is still training. */
  get live(): boolean {
    return this.states.some((s) => !s.diverged);
  }

  /** Takes `steps` steps without frames (stops early once every entry has diverged). */
  run(steps: number): void {
    for (let i = 0; i < steps && this.live; i++) this.next();
  }

  /**
   * Stops training one entry as if it had diverged now (e.g. its evaluation is no longer
   * finite, though its weights are).
   */
  halt(index: number): void {
    const s = this.states[index];
    if (s.diverged) return;
    s.diverged = true;
    s.divergedAt = this.steps;
  }

  /**
   * One step: the next batch, and one update of every live entry on it. Returns each entry's
   * report (null for an entry that had diverged before this step).
   */
  next(): (StepReport | null)[] {
    const idx = this.batches ? this.batches.next() : null;
    this.steps++;
    return this.states.map((s) => {
      if (s.diverged) return null;
      const { x, y } = this.batchOf(s.data ?? this.data, idx);
      if (s.schedule) s.optimizer.lr = s.schedule(s.optimizer.t);
      const r = trainStep(s.net, s.optimizer, x, y, {
        loss: s.loss as Loss<T>,
        weightDecay: s.weightDecay ?? 0,
      });
      s.last = r;
      if (r.diverged) {
        s.diverged = true;
        s.divergedAt = this.steps;
      }
      return r;
    });
  }

  /** The rows of this step from one dataset (all rows, in order, for full-batch training). */
  private batchOf(data: Dataset<T> | BatchSource<T>, idx: Int32Array | null): Dataset<T> {
    if (!isDataset(data)) return data.batch(idx ?? Int32Array.from({ length: data.rows }, (_, i) => i));
    if (!idx) return data;
    let b = this.gathered.get(data);
    if (!b || b.x.rows !== idx.length) {
      const y = isMatrix(data.y) ? matrix(idx.length, data.y.cols) : new Int32Array(idx.length);
      b = { x: matrix(idx.length, data.x.cols), y: y as T };
      this.gathered.set(data, b);
    }
    gatherRows(data.x, idx, b.x);
    if (isMatrix(data.y)) gatherRows(data.y, idx, b.y as Matrix);
    else gatherLabels(data.y as Labels, idx, b.y as Int32Array);
    return b;
  }
}

function isDataset<T>(d: Dataset<T> | BatchSource<T>): d is Dataset<T> {
  return 'x' in d;
}

function isMatrix(y: unknown): y is Matrix {
  return typeof y === 'object' && y !== null && 'cols' in y && 'data' in y;
}

function rowsOf<T>(d: Dataset<T> | BatchSource<T>): number {
  return isDataset(d) ? d.x.rows : d.rows;
}

export interface TrainRun<P, T = Labels> {
  /** Steps to take (fewer if every entry diverges first). */
  steps: number;
  /** Probe on every `every`-th step and on the last one; or on the steps this function picks. */
  every?: number | ((step: number) => boolean);
  /** Also yield a probed frame at step 0, before any update. */
  atStart?: boolean;
  /** What each entry reports on a probe step (an evaluation, a measurement); called for diverged entries too. */
  probe?: (entry: EntryState<T>, step: number) => P;
  /** End early once every entry has diverged (default true). */
  stopWhenAllDiverged?: boolean;
}

export interface EntryFrame<P> {
  name: string;
  /** This step's report (null at step 0 and once the entry had diverged before this step). */
  report: StepReport | null;
  diverged: boolean;
  divergedAt: number | null;
  /** The probe's value on a probe step, else null. */
  probe: P | null;
  /** On a probe step: the accepted reports since the previous probe step (else empty). */
  window: StepReport[];
}

export interface TrainFrame<P> {
  /** Steps taken so far (0 for the frame before training). */
  step: number;
  /** True if the probe ran on this frame. */
  probed: boolean;
  /** True on the last frame (the run's last step, or the step at which every entry had diverged). */
  last: boolean;
  entries: EntryFrame<P>[];
}

/** Runs a trainer for `run.steps` steps, yielding one frame per step (see the file comment). */
export function* train<P = undefined, T = Labels>(
  trainer: Trainer<T>,
  run: TrainRun<P, T>,
): Generator<TrainFrame<P>, void, void> {
  const every = run.every ?? run.steps;
  const due = typeof every === 'function' ? every : (step: number) => step % every === 0;
  const stopEarly = run.stopWhenAllDiverged ?? true;
  const windows: StepReport[][] = trainer.entries.map(() => []);
  const frame = (step: number, reports: (StepReport | null)[], probed: boolean, last: boolean): TrainFrame<P> => ({
    step,
    probed,
    last,
    entries: trainer.entries.map((e, i) => {
      const window = probed ? windows[i] : [];
      if (probed) windows[i] = [];
      return {
        name: e.name,
        report: reports[i],
        diverged: e.diverged,
        divergedAt: e.divergedAt,
        probe: probed && run.probe ? run.probe(e, step) : null,
        window,
      };
    }),
  });
  if (run.atStart)
    yield frame(
      trainer.step,
      trainer.entries.map(() => null),
      true,
      run.steps === 0,
    );
  for (let s = 1; s <= run.steps; s++) {
    const reports = trainer.next();
    reports.forEach((r, i) => r && !r.diverged && windows[i].push(r));
    const last = s === run.steps || (stopEarly && !trainer.live);
    yield frame(trainer.step, reports, last || due(trainer.step), last);
    if (last) return;
  }
}

/** The mean of one number of each report (NaN for none): meanOf(window, 'loss'). */
export function meanOf(reports: readonly StepReport[], key: 'loss' | 'dataLoss' | 'accuracy'): number {
  if (reports.length === 0) return NaN;
  let s = 0;
  for (const r of reports) s += r[key];
  return s / reports.length;
}
