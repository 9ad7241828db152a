/**
 * What every layer shares. A layer maps a batch (one example per row) forward, and maps the
 * gradient of the loss with respect to its output back to the gradient with respect to its
 * input, filling the gradients of its parameters on the way:
 *
 *   const h = layer.forward(x, true);     // training mode (dropout active, BN batch stats)
 *   const dx = layer.backward(dh);        // fills layer.params()[i].grad, returns dL/dx
 *
 * `backward` uses what the last `forward` cached, so call them in pairs.
 */
import type { Matrix } from '../matrix.ts';

/** A learned parameter and its gradient, side by side (same length, row-major shape). */
export interface Param {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly value: Float64Array;
  readonly grad: Float64Array;
  /** Whether L2 weight decay applies (weights yes; biases, BN γ/β and PReLU slopes no). */
  readonly decay: boolean;
}

export function param(name: string, rows: number, cols: number, decay: boolean, value?: Float64Array): Param {
  return {
    name,
    rows,
    cols,
    value: value ?? new Float64Array(rows * cols),
    grad: new Float64Array(rows * cols),
    decay,
  };
}

export interface Layer {
  /** A short kind name: 'dense', 'activation', 'batchnorm', 'dropout', 'maxout', 'prelu'. */
  readonly kind: string;
  readonly inputSize: number;
  readonly outputSize: number;
  forward(x: Matrix, training: boolean): Matrix;
  backward(dout: Matrix): Matrix;
  params(): Param[];
}
