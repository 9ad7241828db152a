/**
 * Output buffers for layers: allocated once per batch size, then reused.
 *
 *   const out = new BufferCache(nOut);
 *   const y = out.get(x.rows);      // an x.rows × nOut matrix, the same one on every call
 *
 * A layer's forward pass writes into a buffer it owns, so a training loop allocates nothing
 * after its first step. A few batch sizes are kept at once (a training batch, an evaluation
 * batch, a smaller last batch) so that alternating between them does not reallocate; the
 * oldest is dropped beyond that. The matrix a layer returns therefore stays valid only until
 * that layer's next call with the same batch size.
 */
import { matrix, type Matrix } from '../matrix.ts';

const KEEP = 4;

export class BufferCache {
  readonly cols: number;
  private readonly byRows = new Map<number, Matrix>();

  constructor(cols: number) {
    this.cols = cols;
  }

  /** A rows × cols matrix owned by this cache (contents left from its last use). */
  get(rows: number): Matrix {
    let m = this.byRows.get(rows);
    if (m === undefined) {
      if (this.byRows.size >= KEEP) this.byRows.delete(this.byRows.keys().next().value as number);
      m = matrix(rows, this.cols);
      this.byRows.set(rows, m);
    }
    return m;
  }
}
