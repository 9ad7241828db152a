/**
 * A fully connected (dense, affine) layer: y = xW + b.
 *
 *   const layer = new Dense(784, 100, { init: { kind: 'he', dist: 'normal' }, rng: streams(1).init });
 *   const y = layer.forward(x, true);     // x: N × 784  →  y: N × 100
 *   const dx = layer.backward(dy);        // fills layer.W.grad and layer.b.grad
 *
 * Shapes (one example per row):  x: N × nIn,  W: nIn × nOut,  b: 1 × nOut,  y: N × nOut.
 *
 * Forward:   y = x·W + b                 (b added to every row)
 * Backward:  dW = xᵀ·dy                  (nIn × nOut: sums over the batch)
 *            db = Σᵢ dyᵢ                 (column sums of dy)
 *            dx = dy·Wᵀ                  (N × nIn: passed on to the layer below)
 *
 * The gradients are written (not added) into W.grad and b.grad on every backward call. With
 * `precision: 'float32'` the three products round their operands to float32 (matmulF32); the
 * sums, the bias and the gradients' storage stay float64.
 */
import { matmul, matmulAT, matmulBT, matrix, type Matrix } from '../matrix.ts';
import { matmulATF32, matmulBTF32, matmulF32 } from '../matrix32.ts';
import type { Rng } from '../rng.ts';
import { initWeights, type InitSpec } from '../init.ts';
import { param, type Layer, type Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

/** The arithmetic of a Dense layer's products (see matmulF32 in matrix32.ts). */
export type Precision = 'float64' | 'float32';

export interface DenseOptions {
  /** How W is drawn (fan-in = nIn, fan-out = nOut). */
  init: InitSpec;
  rng: Rng;
  /** The value every bias starts at (default 0). */
  biasInit?: number;
  /** Its three products in float64 (the default) or in float32; all else stays float64. */
  precision?: Precision;
}

export class Dense implements Layer {
  readonly kind = 'dense';
  readonly inputSize: number;
  readonly outputSize: number;
  /** The weights, nIn × nOut (L2 decay applies). */
  readonly W: Param;
  /** The biases, 1 × nOut (no decay). */
  readonly b: Param;

  // W and its gradient seen as matrices (they share W.value / W.grad: no copies).
  private readonly Wm: Matrix;
  private readonly dWm: Matrix;
  private readonly out: BufferCache;
  private readonly inferOut: BufferCache;
  private readonly dxOut: BufferCache;
  private x: Matrix | null = null;
  /** The products: float64 (matrix.ts) or float32 of float64 matrices (matrix32.ts). */
  private readonly mul: typeof matmul;
  private readonly mulAT: typeof matmulAT;
  private readonly mulBT: typeof matmulBT;

  constructor(nIn: number, nOut: number, opts: DenseOptions) {
    this.inputSize = nIn;
    this.outputSize = nOut;
    this.W = param('W', nIn, nOut, true);
    this.b = param('b', 1, nOut, false);
    initWeights(opts.init, nIn, nOut, opts.rng, this.W.value);
    this.b.value.fill(opts.biasInit ?? 0);
    this.Wm = matrix(nIn, nOut, this.W.value);
    this.dWm = matrix(nIn, nOut, this.W.grad);
    this.out = new BufferCache(nOut);
    this.inferOut = new BufferCache(nOut);
    this.dxOut = new BufferCache(nIn);
    const f32 = opts.precision === 'float32';
    this.mul = f32 ? matmulF32 : matmul;
    this.mulAT = f32 ? matmulATF32 : matmulAT;
    this.mulBT = f32 ? matmulBTF32 : matmulBT;
  }

  forward(x: Matrix, _training: boolean): Matrix {
    const y = this.affine(x, this.out);
    this.x = x;
    return y;
  }

  infer(x: Matrix): Matrix {
    return this.affine(x, this.inferOut);
  }

  /** y = x·W + b, into a buffer of `out`. */
  private affine(x: Matrix, out: BufferCache): Matrix {
    if (x.cols !== this.inputSize) throw new Error(`Dense: input has ${x.cols} columns, expected ${this.inputSize}`);
    const y = this.mul(x, this.Wm, out.get(x.rows)); // y = x·W
    const Y = y.data,
      b = this.b.value,
      n = this.outputSize;
    for (let i = 0; i < x.rows; i++) {
      const row = i * n;
      for (let j = 0; j < n; j++) Y[row + j] += b[j]; //  + b
    }
    return y;
  }

  backward(dout: Matrix): Matrix {
    const x = this.backwardParams(dout);
    return this.mulBT(dout, this.Wm, this.dxOut.get(x.rows)); // dx = dy·Wᵀ
  }

  /** dW and db only (no dx): for a first layer, whose input gradient nobody reads. Returns x. */
  backwardParams(dout: Matrix): Matrix {
    const x = this.x;
    if (!x) throw new Error('Dense: backward before forward');
    if (dout.rows !== x.rows || dout.cols !== this.outputSize) {
      throw new Error(`Dense: dout is ${dout.rows}×${dout.cols}, expected ${x.rows}×${this.outputSize}`);
    }
    this.mulAT(x, dout, this.dWm); // dW = xᵀ·dy
    const db = this.b.grad,
      D = dout.data,
      n = this.outputSize;
    db.fill(0);
    for (let i = 0; i < dout.rows; i++) {
      const row = i * n;
      for (let j = 0; j < n; j++) db[j] += D[row + j]; // db = Σᵢ dyᵢ
    }
    return x;
  }

  params(): Param[] {
    return [this.W, this.b];
  }
}
