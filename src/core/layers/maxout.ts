/**
 * A maxout layer (Goodfellow et al. 2013): each output unit is the maximum of k affine pieces.
 *
 *   const layer = new Maxout(784, 100, 2, { init: { kind: 'glorot', dist: 'uniform' }, rng });
 *   const y = layer.forward(x, true);     // x: N × 784  →  y: N × 100
 *   layer.backward(dy);                   // fills layer.W.grad, layer.b.grad
 *   layer.paramCount()                    // 784·100·2 + 100·2: k times a Dense layer's
 *
 * Shapes: W is nIn × (nOut·k), laid out as k blocks side by side, W = [W₀ | W₁ | … | W_{k−1}],
 * each Wₚ being nIn × nOut; likewise b = [b₀ | … | b_{k−1}]. Column p·nOut + j is piece p of
 * unit j.
 *
 * Forward:   z = x·W + b                         (all pieces at once: N × nOut·k)
 *            yᵢⱼ = maxₚ zᵢ,ₚ·nOut+ⱼ               (pᵢⱼ* = the winning piece; ties → lowest p)
 * Backward:  dzᵢ,ₚ·nOut+ⱼ = dyᵢⱼ if p = pᵢⱼ*, else 0   (the max routes the gradient to its winner)
 *            dW = xᵀ·dz,  db = Σᵢ dzᵢ,  dx = dz·Wᵀ     (as for a dense layer)
 *
 * The initialiser sees fan-in nIn and fan-out nOut (each piece is an nIn → nOut map).
 */
import { matmul, matmulAT, matmulBT, matrix, type Matrix } from '../matrix.ts';
import type { Rng } from '../rng.ts';
import { initWeights, type InitSpec } from '../init.ts';
import { param, type Layer, type Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

export interface MaxoutOptions {
  init: InitSpec;
  rng: Rng;
}

/** The pieces' values z, the outputs and the winning piece of each output, per batch size. */
interface MaxoutBuffers {
  z: BufferCache;
  out: BufferCache;
  arg: BufferCache;
}

function maxoutBuffers(nOut: number, k: number): MaxoutBuffers {
  return { z: new BufferCache(nOut * k), out: new BufferCache(nOut), arg: new BufferCache(nOut) };
}

export class Maxout implements Layer {
  readonly kind = 'maxout';
  readonly inputSize: number;
  readonly outputSize: number;
  /** Pieces per unit. */
  readonly k: number;
  /** Weights of all pieces, nIn × (nOut·k) (decay). */
  readonly W: Param;
  /** Biases of all pieces, 1 × (nOut·k) (no decay). */
  readonly b: Param;

  private readonly Wm: Matrix;
  private readonly dWm: Matrix;
  private readonly train: MaxoutBuffers;
  private readonly inference: MaxoutBuffers;
  private readonly dzOut: BufferCache;
  private readonly dxOut: BufferCache;
  private x: Matrix | null = null;
  private arg: Matrix | null = null;

  constructor(nIn: number, nOut: number, k: number, opts: MaxoutOptions) {
    if (!(k >= 1 && Number.isInteger(k))) throw new Error(`Maxout: k must be a positive integer, got ${k}`);
    this.inputSize = nIn;
    this.outputSize = nOut;
    this.k = k;
    this.W = param('W', nIn, nOut * k, true);
    this.b = param('b', 1, nOut * k, false);
    initWeights(opts.init, nIn, nOut, opts.rng, this.W.value);
    this.Wm = matrix(nIn, nOut * k, this.W.value);
    this.dWm = matrix(nIn, nOut * k, this.W.grad);
    this.train = maxoutBuffers(nOut, k);
    this.inference = maxoutBuffers(nOut, k);
    this.dzOut = new BufferCache(nOut * k);
    this.dxOut = new BufferCache(nIn);
  }

  /** Number of learned numbers: nIn·nOut·k weights plus nOut·k biases. */
  paramCount(): number {
    return this.W.value.length + this.b.value.length;
  }

  forward(x: Matrix, _training: boolean): Matrix {
    const { y, arg } = this.pieces(x, this.train);
    this.x = x;
    this.arg = arg;
    return y;
  }

  infer(x: Matrix): Matrix {
    return this.pieces(x, this.inference).y;
  }

  /** Every piece's value, and per output the largest one and which piece it was. */
  private pieces(x: Matrix, bufs: MaxoutBuffers): { y: Matrix; arg: Matrix } {
    if (x.cols !== this.inputSize) throw new Error(`Maxout: input has ${x.cols} columns, expected ${this.inputSize}`);
    const N = x.rows,
      n = this.outputSize,
      k = this.k,
      w = n * k;
    const z = matmul(x, this.Wm, bufs.z.get(N)); // z = x·W   (+ b, added piece by piece below)
    const Z = z.data,
      b = this.b.value;
    const y = bufs.out.get(N),
      Y = y.data;
    const arg = bufs.arg.get(N),
      A = arg.data;
    for (let i = 0; i < N; i++) {
      const row = i * w;
      for (let j = 0; j < n; j++) {
        // yᵢⱼ = maxₚ (x·Wₚ + bₚ)ᵢⱼ
        let best = Z[row + j] + b[j];
        let bestP = 0;
        for (let p = 1; p < k; p++) {
          const v = Z[row + p * n + j] + b[p * n + j];
          if (v > best) {
            best = v;
            bestP = p;
          }
        }
        Y[i * n + j] = best;
        A[i * n + j] = bestP;
      }
    }
    return { y, arg };
  }

  backward(dout: Matrix): Matrix {
    const x = this.x,
      arg = this.arg;
    if (!x || !arg) throw new Error('Maxout: backward before forward');
    const N = x.rows,
      n = this.outputSize,
      w = n * this.k;
    if (dout.rows !== N || dout.cols !== n)
      throw new Error(`Maxout: dout is ${dout.rows}×${dout.cols}, expected ${N}×${n}`);
    // dz: the gradient of each output goes to its winning piece only
    const dz = this.dzOut.get(N),
      DZ = dz.data,
      DY = dout.data,
      A = arg.data;
    DZ.fill(0);
    for (let i = 0; i < N; i++) {
      for (let j = 0; j < n; j++) DZ[i * w + A[i * n + j] * n + j] = DY[i * n + j];
    }
    matmulAT(x, dz, this.dWm); // dW = xᵀ·dz
    const db = this.b.grad;
    db.fill(0);
    for (let i = 0; i < N; i++) for (let c = 0; c < w; c++) db[c] += DZ[i * w + c]; // db = Σᵢ dzᵢ
    return matmulBT(dz, this.Wm, this.dxOut.get(N)); // dx = dz·Wᵀ
  }

  params(): Param[] {
    return [this.W, this.b];
  }
}
