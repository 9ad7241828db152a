/**
 * Probes: small, read-only measurements a demo takes of a network at any step.
 *
 *   const layers = forwardProbe(net, x);               // inference-mode pass, layer by layer
 *   layers.filter((l) => l.kind === 'activation')      // e.g. tanh layers of a deep net
 *         .map((l) => [l.post.std, l.saturated]);      //   → their spread and saturation
 *   histogram(act.a.data, 40, -1, 1);                  // a histogram of one layer's outputs
 *   deadUnits(reluOutputs).fraction;                   // ReLUs that never fire on this batch
 *
 * None of these change the network or allocate per element.
 */
import type { Matrix } from './matrix.ts';
import type { Layer } from './layers/layer.ts';

type Values = Float64Array | Matrix;

function arr(values: Values): Float64Array {
  return values instanceof Float64Array ? values : values.data;
}

export interface Moments {
  mean: number;
  /** Population variance Σ(x − mean)²/n. */
  variance: number;
  /** Population standard deviation √variance. */
  std: number;
  min: number;
  max: number;
  n: number;
}

/**
 * Mean, standard deviation (population, two-pass for accuracy), min and max. With n = 0 every
 * statistic is NaN; a NaN among the values makes mean and std NaN.
 */
export function moments(values: Values): Moments {
  const a = arr(values);
  const n = a.length;
  if (n === 0) return { mean: NaN, variance: NaN, std: NaN, min: NaN, max: NaN, n: 0 };
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = a[i];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i] - mean;
    ss += d * d;
  }
  const variance = ss / n;
  return { mean, variance, std: Math.sqrt(variance), min, max, n };
}

/** The median of the finite values (NaN and ±∞ are left out); NaN if there are none. */
export function median(values: ArrayLike<number>): number {
  const v = Array.from(values)
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
  if (!v.length) return NaN;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

export interface Histogram {
  /** bins + 1 edges, lo … hi. */
  edges: number[];
  /** bins counts; bin i covers [edges[i], edges[i+1]) and the last bin includes hi. */
  counts: number[];
  /** NaNs, counted apart from the bins. */
  nan: number;
}

/**
 * Counts values in `bins` equal bins over [lo, hi]. Values below lo (including −∞) go to the
 * first bin and values above hi (including +∞) to the last, so the counts always sum to the
 * number of non-NaN values.
 */
export function histogram(values: Values, bins: number, lo: number, hi: number): Histogram {
  if (!(bins >= 1) || !Number.isInteger(bins))
    throw new Error(`histogram: bins must be a positive integer, got ${bins}`);
  if (!(hi > lo)) throw new Error(`histogram: need lo < hi, got [${lo}, ${hi}]`);
  const a = arr(values);
  const counts = new Array<number>(bins).fill(0);
  const edges = new Array<number>(bins + 1);
  for (let i = 0; i <= bins; i++) edges[i] = lo + ((hi - lo) * i) / bins;
  const scale = bins / (hi - lo);
  let nan = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v !== v) {
      nan++;
      continue;
    }
    let b = Math.floor((v - lo) * scale);
    if (b < 0) b = 0;
    else if (b >= bins) b = bins - 1;
    counts[b]++;
  }
  return { edges, counts, nan };
}

/**
 * Fraction of activations in a saturated (flat) region of their nonlinearity:
 * sigmoid outputs below 0.01 or above 0.99, tanh outputs with |h| > 0.99. For any other
 * activation name it is 0 (they have no two-sided saturation worth counting).
 */
export function saturatedFraction(values: Values, activationName: string): number {
  const a = arr(values);
  if (a.length === 0) return 0;
  let s = 0;
  if (activationName === 'sigmoid') {
    for (let i = 0; i < a.length; i++) if (a[i] < 0.01 || a[i] > 0.99) s++;
  } else if (activationName === 'tanh') {
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]) > 0.99) s++;
  } else {
    return 0;
  }
  return s / a.length;
}

/** Fraction of values exactly equal to 0 (e.g. ReLU outputs that are off). */
export function zeroFraction(values: Values): number {
  const a = arr(values);
  if (a.length === 0) return 0;
  let z = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === 0) z++;
  return z / a.length;
}

export interface DeadUnits {
  /** Units whose output is ≤ 0 for every row of the batch. */
  dead: number;
  /** dead / number of units. */
  fraction: number;
  /** 1 for a dead unit, 0 otherwise, one entry per column. */
  perUnit: Uint8Array;
}

/**
 * Dead units in a batch of layer outputs (rows = examples, columns = units): a unit is dead if
 * its output is ≤ 0 on every row, so (for a ReLU) no gradient flows through it on this batch.
 */
export function deadUnits(outputs: Matrix): DeadUnits {
  const { rows, cols, data } = outputs;
  const perUnit = new Uint8Array(cols).fill(rows > 0 ? 1 : 0);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) if (data[base + j] > 0) perUnit[j] = 0;
  }
  let dead = 0;
  for (let j = 0; j < cols; j++) dead += perUnit[j];
  return { dead, fraction: cols > 0 ? dead / cols : 0, perUnit };
}

/** True when every value is finite (no NaN, no ±∞). */
export function isFiniteArray(values: Values): boolean {
  const a = arr(values);
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

export interface LayerProbe {
  /** Position in net.layers. */
  index: number;
  /** The layer's kind: 'dense', 'activation', 'batchnorm', 'dropout', 'maxout', 'prelu', … */
  kind: string;
  /** For Activation layers: the function's name (e.g. 'tanh'). */
  activation?: string;
  /** Statistics of the layer's input (set for activation-like layers: activation, prelu, maxout). */
  pre?: Moments;
  /** Statistics of the layer's output. */
  post: Moments;
  /** Activation-like layers: saturatedFraction of the output (0 unless sigmoid/tanh). */
  saturated?: number;
  /** Activation-like layers: fraction of outputs exactly 0. */
  zeros?: number;
  /** Activation-like layers: fraction of units ≤ 0 on every row (dead ReLUs). */
  deadFraction?: number;
  /** A copy of the input, when `keepValues` is set (activation-like layers only). */
  preValues?: Float64Array;
  /** A copy of the output, when `keepValues` is set. */
  postValues?: Float64Array;
}

const ACTIVATION_LIKE = new Set(['activation', 'prelu', 'maxout']);

/**
 * Runs `x` through the network in inference mode, one layer at a time, and measures each
 * layer's output (and, for activation-like layers, its input). With `keepValues`, copies of the
 * activations are returned too (for histograms); otherwise nothing per element is kept.
 */
export function forwardProbe(
  net: { readonly layers: readonly Layer[] },
  x: Matrix,
  options: { keepValues?: boolean } = {},
): LayerProbe[] {
  const out: LayerProbe[] = [];
  let h = x;
  for (let i = 0; i < net.layers.length; i++) {
    const layer = net.layers[i];
    const input = h;
    h = layer.forward(input, false);
    const probe: LayerProbe = { index: i, kind: layer.kind, post: moments(h) };
    if (ACTIVATION_LIKE.has(layer.kind)) {
      const name = (layer as { fn?: { name?: string } }).fn?.name;
      if (name !== undefined) probe.activation = name;
      probe.pre = moments(input);
      probe.saturated = name ? saturatedFraction(h, name) : 0;
      probe.zeros = zeroFraction(h);
      probe.deadFraction = deadUnits(h).fraction;
      if (options.keepValues) probe.preValues = input.data.slice();
    }
    if (options.keepValues) probe.postValues = h.data.slice();
    out.push(probe);
  }
  return out;
}
