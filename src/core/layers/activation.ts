/**
 * An elementwise activation layer: a = f(z), applied to every entry.
 *
 *   const act = new Activation('relu', 100);
 *   const a = act.forward(z, true);       // a = relu(z)
 *   const dz = act.backward(da);          // dz = da ⊙ f'(z)
 *   act.z, act.a                          // the last pre- and post-activations (for probes)
 *
 * Forward:   aᵢⱼ = f(zᵢⱼ)
 * Backward:  dzᵢⱼ = daᵢⱼ · f'(zᵢⱼ)       (the chain rule, one entry at a time: no mixing)
 *
 * `z` is the input matrix as it was passed in (not a copy) and `a` the layer's own output
 * buffer; both stay valid until the next forward call. The loops over the entries live in
 * activations.ts (activationForward / activationBackward), next to the functions themselves.
 */
import type { Matrix } from '../matrix.ts';
import {
  activation,
  activationBackward,
  activationForward,
  type ActivationFn,
  type ActivationName,
  type ActivationSpec,
} from '../activations.ts';
import type { Layer, Param } from './layer.ts';
import { BufferCache } from './buffers.ts';

export class Activation implements Layer {
  readonly kind = 'activation';
  readonly inputSize: number;
  readonly outputSize: number;
  /** The function and its derivative. */
  readonly fn: ActivationFn;
  /** The last input (pre-activations), or null before the first forward call. */
  z: Matrix | null = null;
  /** The last output (post-activations), or null before the first forward call. */
  a: Matrix | null = null;

  private readonly out: BufferCache;
  private readonly inferOut: BufferCache;
  private readonly dzOut: BufferCache;

  constructor(spec: ActivationSpec | ActivationName, size: number) {
    this.fn = activation(spec);
    this.inputSize = size;
    this.outputSize = size;
    this.out = new BufferCache(size);
    this.inferOut = new BufferCache(size);
    this.dzOut = new BufferCache(size);
  }

  forward(z: Matrix, _training: boolean): Matrix {
    const a = this.apply(z, this.out);
    this.z = z;
    this.a = a;
    return a;
  }

  infer(z: Matrix): Matrix {
    return this.apply(z, this.inferOut);
  }

  private apply(z: Matrix, out: BufferCache): Matrix {
    if (z.cols !== this.inputSize)
      throw new Error(`Activation: input has ${z.cols} columns, expected ${this.inputSize}`);
    const a = out.get(z.rows);
    activationForward(this.fn, z.data, a.data); // aᵢ = f(zᵢ), for every entry i
    return a;
  }

  backward(da: Matrix): Matrix {
    const z = this.z,
      a = this.a;
    if (!z || !a) throw new Error('Activation: backward before forward');
    if (da.rows !== z.rows || da.cols !== z.cols) {
      throw new Error(`Activation: gradient is ${da.rows}×${da.cols}, expected ${z.rows}×${z.cols}`);
    }
    const dz = this.dzOut.get(z.rows);
    activationBackward(this.fn, z.data, a.data, da.data, dz.data); // dzᵢ = daᵢ·f'(zᵢ)
    return dz;
  }

  params(): Param[] {
    return [];
  }
}
