/**
 * The limits that keep a reader's tab alive. Every demo lets the reader pick widths, depths,
 * batch sizes and step counts; these caps make an absurd choice fail fast with a clear message
 * instead of freezing or crashing the page (a Float64 element is 8 bytes; a tab has a few
 * hundred MB to spare at best).
 *
 *   checkMlpLimits({ sizes: [784, 100, 10], ... }, 256);   // fine
 *   checkMlpLimits({ sizes: [784, 1e6, 10], ... }, 256);   // throws LimitError:
 *   // "limit maxWidth exceeded: layer width is 1000000 (sizes[1]), the maximum is 4096"
 *
 * A demo catches `LimitError` and shows its message; the numbers are in `LIMITS`.
 */

export const LIMITS = {
  /** Units in one layer (the input counts too: MNIST's 784 is well inside). */
  maxWidth: 4096,
  /** Weight layers (Dense or Maxout) in one network: deep enough for vanishing-gradient demos. */
  maxDepth: 100,
  /** Learned numbers. Values + gradients + Adam's two moments = 4 × 8 B × 4M = 128 MB. */
  maxParams: 4_000_000,
  /** Elements of one activation buffer (batch × width, × k for maxout): 2²² = 32 MB. */
  maxActivationElements: 4_194_304,
  /**
   * Elements of all activation buffers of one forward pass (batch × Σ widths): 2²³ = 64 MB;
   * layers keep a few buffers of each size (output, input gradient), so a few times that in all.
   */
  maxTotalActivationElements: 8_388_608,
  /** Rows in one batch (forward, train or evaluate). */
  maxBatch: 10_000,
  /** Points in a generated data set. */
  maxSamples: 100_000,
  /** Optimisation steps in one run. */
  maxIterations: 1_000_000,
  /** Pieces per maxout unit. */
  maxMaxoutK: 16,
} as const;

export type LimitName = keyof typeof LIMITS;

/** A request beyond one of `LIMITS`. `limit` names it, `value` is what was asked for. */
export class LimitError extends Error {
  readonly limit: LimitName;
  readonly value: number;
  readonly max: number;

  constructor(limit: LimitName, value: number, what: string) {
    const max = LIMITS[limit];
    super(`limit ${limit} exceeded: ${what} is ${value}, the maximum is ${max}`);
    this.name = 'LimitError';
    this.limit = limit;
    this.value = value;
    this.max = max;
  }
}

/** Throws a LimitError if `value` exceeds LIMITS[limit] (or is not a finite number). */
export function checkLimit(limit: LimitName, value: number, what: string = limit): void {
  if (!(value <= LIMITS[limit])) throw new LimitError(limit, value, what);
}

/** The parts of an MLP config the limits look at (structurally the same as network.ts's MlpConfig). */
export interface MlpShape {
  sizes: number[];
  maxoutK?: number;
}

/** Number of learned values of the MLP `buildMlp` would make from `config`. */
export function mlpParamCount(config: MlpShape & { batchNorm?: boolean; activation?: unknown }): number {
  const { sizes } = config;
  const k = config.maxoutK ?? 1;
  let total = 0;
  for (let i = 0; i + 1 < sizes.length; i++) {
    const hidden = i + 2 < sizes.length;
    const pieces = hidden ? k : 1;
    total += pieces * (sizes[i] * sizes[i + 1] + sizes[i + 1]); // W and b
    if (hidden && config.batchNorm) total += 2 * sizes[i + 1]; // γ and β
    if (hidden && config.activation === 'prelu') total += sizes[i + 1]; // one slope per unit (at most)
  }
  return total;
}

/**
 * Checks an MLP config (and a batch size) against LIMITS: width of every layer, depth,
 * parameter count, maxout k, batch rows, and the activation memory of one forward pass.
 * Throws LimitError naming the first limit exceeded.
 */
export function checkMlpLimits(config: MlpShape & { batchNorm?: boolean; activation?: unknown }, batch = 1): void {
  const { sizes } = config;
  for (let i = 0; i < sizes.length; i++) checkLimit('maxWidth', sizes[i], `layer width (sizes[${i}])`);
  checkLimit('maxDepth', sizes.length - 1, 'number of weight layers (sizes.length − 1)');
  const k = config.maxoutK ?? 1;
  checkLimit('maxMaxoutK', k, 'maxoutK');
  checkLimit('maxBatch', batch, 'batch size');
  checkLimit('maxParams', mlpParamCount(config), 'parameter count');
  let widest = 0;
  let sum = 0;
  for (let i = 1; i < sizes.length; i++) {
    const w = (i < sizes.length - 1 ? k : 1) * sizes[i];
    widest = Math.max(widest, w);
    sum += w;
  }
  checkBatchLimits(batch, widest, sum);
}

/**
 * Checks one forward pass of `batch` rows through layers whose widest output has `widest`
 * elements per row and whose outputs have `sum` elements per row in all.
 */
export function checkBatchLimits(batch: number, widest: number, sum: number): void {
  checkLimit('maxBatch', batch, 'batch size');
  checkLimit('maxActivationElements', batch * widest, `batch × widest layer (${batch} × ${widest})`);
  checkLimit('maxTotalActivationElements', batch * sum, `batch × sum of layer widths (${batch} × ${sum})`);
}
