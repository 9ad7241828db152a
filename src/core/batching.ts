/**
 * Minibatches: a shuffled stream of row indices, and copies of the rows they pick.
 *
 *   const batches = batchIterator(data.x.rows, 64, rng.fork('shuffle'));
 *   const idx = batches.next();                          // 64 row indices
 *   const x = gatherRows(data.x, idx), y = gatherLabels(data.y, idx);
 */
import { matrix, type Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';

/** Shuffled minibatches of row indices, epoch after epoch. */
export interface BatchIterator {
  /** The next batch: a view of `batchSize` indices (fewer at the end of an epoch). */
  next(): Int32Array;
  /** Completed epochs (a pass over all n rows). */
  readonly epoch: number;
  /** Batches per epoch: ⌈n / batchSize⌉. */
  readonly batchesPerEpoch: number;
}

/**
 * Each epoch visits every row index 0..n−1 exactly once, in a fresh order drawn from `rng`
 * (Fisher–Yates); batches are consecutive slices of that order, the last one possibly smaller.
 * The returned arrays are views, valid until the next epoch starts.
 */
export function batchIterator(n: number, batchSize: number, rng: Rng): BatchIterator {
  if (!(n >= 1 && batchSize >= 1))
    throw new Error(`batchIterator: need n ≥ 1 and batchSize ≥ 1, got ${n}, ${batchSize}`);
  const size = Math.min(batchSize, n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let pos = n; // forces a shuffle on the first call
  let epoch = -1;
  return {
    next(): Int32Array {
      if (pos >= n) {
        rng.shuffle(order);
        pos = 0;
        epoch++;
      }
      const end = Math.min(pos + size, n);
      const batch = order.subarray(pos, end);
      pos = end;
      return batch;
    },
    get epoch() {
      return Math.max(0, pos >= n ? epoch + 1 : epoch);
    },
    batchesPerEpoch: Math.ceil(n / size),
  };
}

/** The rows [start, start + count) of x as a matrix that shares x's storage (no copy). */
export function rowSlice(x: Matrix, start: number, count: number): Matrix {
  return matrix(count, x.cols, x.data.subarray(start * x.cols, (start + count) * x.cols));
}

/** Copies the rows `indices` of x into a new (or the given) indices.length × x.cols matrix. */
export function gatherRows(x: Matrix, indices: ArrayLike<number>, out?: Matrix): Matrix {
  const m = indices.length;
  const c = x.cols;
  const res = out ?? matrix(m, c);
  if (res.rows !== m || res.cols !== c)
    throw new Error(`gatherRows: out is ${res.rows}×${res.cols}, expected ${m}×${c}`);
  const X = x.data,
    R = res.data;
  for (let r = 0; r < m; r++) {
    const i = indices[r];
    if (!(i >= 0 && i < x.rows)) throw new Error(`gatherRows: index ${i} outside 0..${x.rows - 1}`);
    R.set(X.subarray(i * c, i * c + c), r * c);
  }
  return res;
}

/** Copies labels[indices] into a new (or the given) Int32Array. */
export function gatherLabels(labels: ArrayLike<number>, indices: ArrayLike<number>, out?: Int32Array): Int32Array {
  const res = out ?? new Int32Array(indices.length);
  if (res.length !== indices.length)
    throw new Error(`gatherLabels: out has ${res.length} entries, expected ${indices.length}`);
  for (let r = 0; r < indices.length; r++) res[r] = labels[indices[r]];
  return res;
}
