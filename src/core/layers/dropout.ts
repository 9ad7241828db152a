/**
 * Inverted dropout (Srivastava et al. 2014, scaled at training time).
 *
 *   const drop = new Dropout(0.5, streams(1).dropout);   // p = probability of DROPPING a unit
 *   const h = drop.forward(a, true);      // training: each entry zeroed with probability p,
 *                                         //           survivors multiplied by 1/(1 − p)
 *   drop.forward(a, false);               // inference: the identity (returns its input)
 *
 * Training:   mᵢⱼ = [uᵢⱼ ≥ p] / (1 − p),  uᵢⱼ ~ U(0, 1)      (so E[mᵢⱼ] = 1)
 *             y = x ⊙ m
 * Backward:   dx = dy ⊙ m                                    (the same mask)
 * Inference:  y = x,  dx = dy
 *
 * Because survivors are scaled up during training, the expected activation is the same in both
 * modes and inference needs no rescaling. One uniform draw is made per entry whatever p is, so
 * two runs with the same stream and different p drop nested sets of units.
 *
 * `setFixedMask(m)` replaces the random mask by `m` (the multiplier itself, e.g. entries 0 or
 * 1/(1 − p), one per entry of the batch) until `setFixedMask(null)`; gradient checks need it.
 */
import type { Matrix } from '../matrix.ts';
import type { Rng, RngState } from '../rng.ts';
import type { Layer, Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

export class Dropout implements Layer {
  readonly kind = 'dropout';
  /** The width, or 0 if the layer was made without one (then it accepts any width). */
  readonly inputSize: number;
  readonly outputSize: number;
  /** Probability of dropping each entry, in [0, 1). */
  readonly p: number;
  private readonly rng: Rng;
  private fixedMask: Float64Array | null = null;
  private lastMask: Float64Array | null = null;
  private lastTraining = false;
  private saved: RngState | null = null;
  private out: BufferCache | null = null;
  private maskOut: BufferCache | null = null;
  private dxOut: BufferCache | null = null;

  constructor(p: number, rng: Rng, size = 0) {
    if (!(p >= 0 && p < 1)) throw new Error(`Dropout: drop probability must be in [0, 1), got ${p}`);
    this.p = p;
    this.rng = rng;
    this.inputSize = size;
    this.outputSize = size;
  }

  /** Use this multiplier mask in training mode instead of drawing one (null: draw again). */
  setFixedMask(mask: Float64Array | null): void {
    this.fixedMask = mask;
  }

  /** The mask of the last training-mode forward call (null before one, or after inference). */
  get mask(): Float64Array | null {
    return this.lastMask;
  }

  /** Inference: y = x (the mask's 1/(1 − p) scaling already happened at training time). */
  infer(x: Matrix): Matrix {
    if (this.inputSize && x.cols !== this.inputSize) {
      throw new Error(`Dropout: input has ${x.cols} columns, expected ${this.inputSize}`);
    }
    return x;
  }

  checkpoint(): void {
    this.saved = this.rng.save();
  }

  rollback(): void {
    if (!this.saved) throw new Error('Dropout: rollback before checkpoint');
    this.rng.restore(this.saved);
  }

  forward(x: Matrix, training: boolean): Matrix {
    if (this.inputSize && x.cols !== this.inputSize) {
      throw new Error(`Dropout: input has ${x.cols} columns, expected ${this.inputSize}`);
    }
    this.lastTraining = training;
    if (!training) {
      this.lastMask = null;
      return x; // inference: y = x
    }
    if (!this.out || this.out.cols !== x.cols) {
      this.out = new BufferCache(x.cols);
      this.maskOut = new BufferCache(x.cols);
      this.dxOut = new BufferCache(x.cols);
    }
    const X = x.data,
      n = X.length;
    let M: Float64Array;
    if (this.fixedMask) {
      M = this.fixedMask;
      if (M.length !== n) throw new Error(`Dropout: fixed mask has ${M.length} entries, batch has ${n}`);
    } else {
      // m = [u ≥ p] / (1 − p)
      M = this.maskOut!.get(x.rows).data;
      const p = this.p,
        keep = 1 / (1 - p),
        rng = this.rng;
      for (let i = 0; i < n; i++) M[i] = rng.uniform() >= p ? keep : 0;
    }
    const y = this.out.get(x.rows),
      Y = y.data;
    for (let i = 0; i < n; i++) Y[i] = X[i] * M[i]; // y = x ⊙ m
    this.lastMask = M;
    return y;
  }

  backward(dout: Matrix): Matrix {
    if (!this.lastTraining) return dout; // inference: dx = dy
    const M = this.lastMask;
    if (!M || !this.dxOut) throw new Error('Dropout: backward before forward');
    if (dout.data.length !== M.length) throw new Error('Dropout: dout does not match the last batch');
    const dx = this.dxOut.get(dout.rows),
      DX = dx.data,
      DY = dout.data;
    for (let i = 0; i < M.length; i++) DX[i] = DY[i] * M[i]; // dx = dy ⊙ m
    return dx;
  }

  params(): Param[] {
    return [];
  }
}
