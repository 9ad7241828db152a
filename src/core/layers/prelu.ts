/**
 * Parametric ReLU (He et al. 2015): a leaky ReLU whose negative slope α is learned.
 *
 *   const act = new PReLU(100);                     // one α per unit, starting at 0.25
 *   const shared = new PReLU(100, { shared: true }); // one α for the whole layer
 *   act.forward(z, true);  act.backward(dy);         // fills act.alpha.grad
 *
 * Forward:   yᵢⱼ = zᵢⱼ          if zᵢⱼ > 0
 *            yᵢⱼ = αⱼ·zᵢⱼ       otherwise
 * Backward:  dzᵢⱼ = dyᵢⱼ        if zᵢⱼ > 0,  else dyᵢⱼ·αⱼ
 *            dαⱼ  = Σᵢ dyᵢⱼ·zᵢⱼ over the entries with zᵢⱼ ≤ 0   (summed over all j if shared)
 * (At z = 0 exactly the "z > 0" rule picks the α piece, as for leaky ReLU.)
 */
import type { Matrix } from '../matrix.ts';
import { param, type Layer, type Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

export interface PReLUOptions {
  /** The initial slope (default 0.25, as in the paper). */
  alpha0?: number;
  /** One α for all units instead of one per unit (default false). */
  shared?: boolean;
}

export class PReLU implements Layer {
  readonly kind = 'prelu';
  readonly inputSize: number;
  readonly outputSize: number;
  readonly shared: boolean;
  /** The slopes: 1 × size, or 1 × 1 if shared (no decay). */
  readonly alpha: Param;
  private readonly out: BufferCache;
  private readonly inferOut: BufferCache;
  private readonly dzOut: BufferCache;
  private z: Matrix | null = null;

  constructor(size: number, opts: PReLUOptions = {}) {
    this.inputSize = size;
    this.outputSize = size;
    this.shared = opts.shared ?? false;
    const n = this.shared ? 1 : size;
    this.alpha = param('alpha', 1, n, false, new Float64Array(n).fill(opts.alpha0 ?? 0.25));
    this.out = new BufferCache(size);
    this.inferOut = new BufferCache(size);
    this.dzOut = new BufferCache(size);
  }

  forward(z: Matrix, _training: boolean): Matrix {
    const y = this.apply(z, this.out);
    this.z = z;
    return y;
  }

  infer(z: Matrix): Matrix {
    return this.apply(z, this.inferOut);
  }

  private apply(z: Matrix, out: BufferCache): Matrix {
    const D = this.inputSize;
    if (z.cols !== D) throw new Error(`PReLU: input has ${z.cols} columns, expected ${D}`);
    const y = out.get(z.rows),
      Z = z.data,
      Y = y.data,
      a = this.alpha.value;
    const step = this.shared ? 0 : 1; // index of unit j's α: j, or always 0 when shared
    for (let i = 0; i < z.rows; i++) {
      for (let j = 0; j < D; j++) {
        const k = i * D + j,
          v = Z[k];
        Y[k] = v > 0 ? v : a[j * step] * v; // y = z, or α·z
      }
    }
    return y;
  }

  backward(dout: Matrix): Matrix {
    const z = this.z;
    if (!z) throw new Error('PReLU: backward before forward');
    const D = this.inputSize;
    if (dout.rows !== z.rows || dout.cols !== D)
      throw new Error(`PReLU: dout is ${dout.rows}×${dout.cols}, expected ${z.rows}×${D}`);
    const dz = this.dzOut.get(z.rows),
      Z = z.data,
      DY = dout.data,
      DZ = dz.data;
    const a = this.alpha.value,
      da = this.alpha.grad;
    const step = this.shared ? 0 : 1;
    da.fill(0);
    for (let i = 0; i < z.rows; i++) {
      for (let j = 0; j < D; j++) {
        const k = i * D + j,
          v = Z[k];
        if (v > 0) {
          DZ[k] = DY[k]; //                 dz = dy
        } else {
          DZ[k] = DY[k] * a[j * step]; //   dz = dy·α
          da[j * step] += DY[k] * v; //      dα += dy·z
        }
      }
    }
    return dz;
  }

  params(): Param[] {
    return [this.alpha];
  }
}
