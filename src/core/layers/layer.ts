/**
 * What every layer shares. A layer maps a batch (one example per row) forward, and maps the
 * gradient of the loss with respect to its output back to the gradient with respect to its
 * input, filling the gradients of its parameters on the way:
 *
 *   const h = layer.forward(x, true);     // training mode (dropout active, BN batch stats)
 *   const dx = layer.backward(dh);        // fills layer.params()[i].grad, returns dL/dx
 *
 * `backward` uses what the last `forward` cached, so call them in pairs. An inference pass in
 * between (monitoring, say) goes through `infer`, which writes its own buffers and caches
 * nothing, so it cannot disturb the pair:
 *
 *   const h = layer.forward(x, true);
 *   layer.infer(xOther);                  // leaves what backward reads untouched
 *   const dx = layer.backward(dh);
 *
 * A training step is a transaction (see train-step.ts). Besides its parameters, a layer may
 * hold numbers that a training forward changes (BatchNorm's running statistics): `state()`
 * lists them, and the network saves, checks and restores them with the parameters. Other state
 * (Dropout's random stream) is saved by `checkpoint` and put back by `rollback`.
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

/** The kinds of layer the core has (each class in this folder declares one). */
export type LayerKind = 'dense' | 'activation' | 'batchnorm' | 'dropout' | 'maxout' | 'prelu';

export interface Layer {
  readonly kind: LayerKind;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Maps a batch forward, caching what `backward` needs. training: dropout on, BN batch statistics. */
  forward(x: Matrix, training: boolean): Matrix;
  /** Back-propagates ∂L/∂output from the last `forward`; fills the params' grads; returns ∂L/∂x. */
  backward(dout: Matrix): Matrix;
  /**
   * The parameter gradients of `backward` without ∂L/∂x, for a first layer whose input gradient
   * nobody reads (training): it saves the largest product of a network on images. Optional.
   */
  backwardParams?(dout: Matrix): void;
  /** Inference-mode forward into separate buffers, caching nothing (a pending backward is unaffected). */
  infer(x: Matrix): Matrix;
  params(): Param[];
  /** Numbers other than parameters that a training forward changes (e.g. running statistics). */
  state?(): Float64Array[];
  /** Saves state that is not numbers (a random stream's position) before a training step. */
  checkpoint?(): void;
  /** Puts back what the last `checkpoint` saved. */
  rollback?(): void;
}
