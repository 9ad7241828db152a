/**
 * The sequential network and the MLP builder.
 *
 *   const { init } = streams(seed);
 *   const net = buildMlp({ sizes: [2, 100, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' } }, init);
 *   const scores = net.forward(x, true);       // training mode: caches what backward needs
 *   net.backward(dscores);                     // fills every param's grad
 *   net.infer(xTest);                          // inference mode, separate buffers
 *
 * An MLP here is, for each hidden layer, Dense → [BatchNorm] → activation → [Dropout], and a
 * last Dense that outputs class scores (no activation: the softmax lives in the loss). With
 * `maxoutK`, each hidden Dense + activation is a Maxout layer instead.
 */
import type { Matrix } from './matrix.ts';
import type { Rng } from './rng.ts';
import type { Layer, LayerKind, Param } from './layers/layer.ts';
import type { InitSpec } from './init.ts';
import type { ActivationName, ActivationSpec } from './activations.ts';
import { Dense, type Precision } from './layers/dense.ts';
import { Activation } from './layers/activation.ts';
import { BatchNorm } from './layers/batchnorm.ts';
import { Dropout } from './layers/dropout.ts';
import { Maxout } from './layers/maxout.ts';
import { PReLU } from './layers/prelu.ts';
import { checkBatchLimits, checkMlpLimits } from './limits.ts';

/** Every layer the core has; a network holds these, told apart by `kind`. */
export type AnyLayer = Dense | Activation | BatchNorm | Dropout | Maxout | PReLU;

/** The layer class of a kind: LayerOf<'batchnorm'> is BatchNorm. */
export type LayerOf<K extends LayerKind> = Extract<AnyLayer, { kind: K }>;

/** Layers applied one after the other; backward runs them in reverse. */
export class Sequential {
  readonly layers: readonly AnyLayer[];
  private readonly paramList: Param[];
  /** Per row: the widest layer output and the sum of all outputs (for the memory limits). */
  private readonly widest: number;
  private readonly widthSum: number;
  /** Every layer's state buffers (running statistics), in layer order. */
  private readonly stateList: Float64Array[];
  /** Every parameter's value at the last checkpoint (allocated on first use). */
  private saved: Float64Array[] | null = null;
  /** Every state buffer at the last checkpoint. */
  private savedState: Float64Array[] | null = null;

  constructor(layers: AnyLayer[]) {
    this.layers = layers;
    this.paramList = layers.flatMap((l) => l.params());
    this.stateList = layers.flatMap((l: Layer) => l.state?.() ?? []);
    let widest = 0;
    let sum = 0;
    for (const l of layers) {
      // A maxout layer holds k pre-activations per output unit.
      const w = l.outputSize * (l.kind === 'maxout' ? l.k : 1);
      widest = Math.max(widest, w);
      sum += w;
    }
    this.widest = widest;
    this.widthSum = sum;
  }

  /** Runs x (one example per row) through every layer, caching for backward. training: dropout on, BN batch stats. */
  forward(x: Matrix, training: boolean): Matrix {
    checkBatchLimits(x.rows, this.widest, this.widthSum);
    let h = x;
    for (let i = 0; i < this.layers.length; i++) h = this.layers[i].forward(h, training);
    return h;
  }

  /** Back-propagates ∂L/∂output through every layer; fills every param's grad; returns ∂L/∂x. */
  backward(dout: Matrix): Matrix {
    let g = dout;
    for (let i = this.layers.length - 1; i >= 0; i--) g = this.layers[i].backward(g);
    return g;
  }

  /**
   * Fills every param's grad as `backward` does, without ∂L/∂x: the first layer skips that product
   * if it can (a Dense layer on 784 pixels: a sixth of a training step's multiply-adds).
   */
  backwardParams(dout: Matrix): void {
    let g = dout;
    for (let i = this.layers.length - 1; i >= 1; i--) g = this.layers[i].backward(g);
    const first = this.layers[0] as Layer;
    if (first.backwardParams) first.backwardParams(g);
    else first.backward(g);
  }

  /**
   * Inference mode through every layer's own inference buffers: nothing a pending backward
   * reads is touched, so a demo may evaluate between a training forward and its backward.
   */
  infer(x: Matrix): Matrix {
    checkBatchLimits(x.rows, this.widest, this.widthSum);
    let h = x;
    for (let i = 0; i < this.layers.length; i++) h = this.layers[i].infer(h);
    return h;
  }

  /** The layers of one kind, in order, typed: net.layersOf('batchnorm') is BatchNorm[]. */
  layersOf<K extends LayerKind>(kind: K): LayerOf<K>[] {
    return this.layers.filter((l): l is LayerOf<K> => l.kind === kind);
  }

  /** All learned parameters, in layer order (the same array every call). */
  params(): Param[] {
    return this.paramList;
  }

  /** Number of learned values. */
  paramCount(): number {
    let n = 0;
    for (const p of this.paramList) n += p.value.length;
    return n;
  }

  /** The number of classes (columns) the network outputs. */
  get outputSize(): number {
    return this.layers[this.layers.length - 1].outputSize;
  }

  /** Saves every parameter and every layer's other state (running statistics, dropout stream). */
  checkpoint(): void {
    if (!this.saved) this.saved = this.paramList.map((p) => new Float64Array(p.value.length));
    if (!this.savedState) this.savedState = this.stateList.map((s) => new Float64Array(s.length));
    for (let i = 0; i < this.paramList.length; i++) this.saved[i].set(this.paramList[i].value);
    for (let i = 0; i < this.stateList.length; i++) this.savedState[i].set(this.stateList[i]);
    for (const l of this.layers as readonly Layer[]) l.checkpoint?.();
  }

  /** Puts back everything the last checkpoint saved. */
  rollback(): void {
    if (!this.saved || !this.savedState) throw new Error('Sequential: rollback before checkpoint');
    for (let i = 0; i < this.paramList.length; i++) this.paramList[i].value.set(this.saved[i]);
    for (let i = 0; i < this.stateList.length; i++) this.stateList[i].set(this.savedState[i]);
    for (const l of this.layers as readonly Layer[]) l.rollback?.();
  }

  /** True if every parameter and every state number is finite (no NaN, no ±∞). */
  isFinite(): boolean {
    for (const p of this.paramList) if (!allFinite(p.value)) return false;
    for (const s of this.stateList) if (!allFinite(s)) return false;
    return true;
  }

  /** The value of param i at the last checkpoint (read-only use). */
  savedValue(i: number): Float64Array {
    if (!this.saved) throw new Error('Sequential: savedValue before checkpoint');
    return this.saved[i];
  }
}

/**
 * x − x is 0 for every finite x and NaN for NaN and ±∞: a branch-free pass (called every step),
 * with four sums so that the additions do not wait for each other.
 */
function allFinite(v: Float64Array): boolean {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  const n4 = v.length - (v.length % 4);
  for (let i = 0; i < n4; i += 4) {
    s0 += v[i] - v[i];
    s1 += v[i + 1] - v[i + 1];
    s2 += v[i + 2] - v[i + 2];
    s3 += v[i + 3] - v[i + 3];
  }
  for (let i = n4; i < v.length; i++) s0 += v[i] - v[i];
  return s0 + s1 + s2 + s3 === 0;
}

export interface MlpConfig {
  /** Layer widths [in, h1, …, out]: sizes.length − 1 Dense layers. */
  sizes: number[];
  /** The hidden nonlinearity; 'prelu' uses a learned PReLU slope per unit. */
  activation: ActivationSpec | ActivationName | 'prelu';
  /** How every weight matrix is drawn. */
  init: InitSpec;
  /** The starting value of every Dense bias (default 0). */
  biasInit?: number;
  /** Batch normalisation between each hidden Dense and its activation. */
  batchNorm?: boolean;
  /** Drop probability of a Dropout layer after each hidden activation (0 or unset: none). */
  dropout?: number;
  /** Maxout units with this many pieces replace each hidden Dense + activation. */
  maxoutK?: number;
  /**
   * How the Dense layers compute their matrix products: 'float64' (the default) or 'float32'
   * (operands rounded to float32, as TensorFlow.js computes, about twice as fast; weights, their
   * updates and everything else stay float64). Which experiment uses which:
   * src/core/experiments/lib/precision.ts.
   */
  precision?: Precision;
}

/**
 * Builds an MLP from a config, drawing weights from `rng` (layer by layer, in order) and dropout
 * masks from `dropoutRng` (default: rng.fork('dropout')). Checks LIMITS first.
 */
export function buildMlp(config: MlpConfig, rng: Rng, dropoutRng?: Rng): Sequential {
  const { sizes } = config;
  if (!Array.isArray(sizes) || sizes.length < 2) throw new Error('buildMlp: sizes needs at least [in, out]');
  for (const s of sizes) {
    if (!Number.isInteger(s) || s < 1) throw new Error(`buildMlp: every size must be a positive integer, got ${s}`);
  }
  checkMlpLimits(config, 1);
  const k = config.maxoutK;
  if (k !== undefined && !(Number.isInteger(k) && k >= 1)) {
    throw new Error(`buildMlp: maxoutK must be a positive integer, got ${k}`);
  }
  if (k !== undefined && config.batchNorm) throw new Error('buildMlp: batchNorm with maxoutK is not supported');
  const p = config.dropout ?? 0;
  const dropRng = p > 0 ? (dropoutRng ?? rng.fork('dropout')) : null;
  const layers: AnyLayer[] = [];
  const dense = { init: config.init, rng, biasInit: config.biasInit, precision: config.precision };
  const last = sizes.length - 2;
  for (let i = 0; i <= last; i++) {
    const nIn = sizes[i];
    const nOut = sizes[i + 1];
    if (i === last) {
      layers.push(new Dense(nIn, nOut, dense));
      break;
    }
    if (k !== undefined) {
      layers.push(new Maxout(nIn, nOut, k, { init: config.init, rng }));
    } else {
      layers.push(new Dense(nIn, nOut, dense));
      if (config.batchNorm) layers.push(new BatchNorm(nOut));
      layers.push(config.activation === 'prelu' ? new PReLU(nOut) : new Activation(config.activation, nOut));
    }
    if (dropRng) layers.push(new Dropout(p, dropRng, nOut));
  }
  return new Sequential(layers);
}
