/**
 * Data, splits and small helpers shared by the babysitting and hyperparameter-search experiments.
 *
 *   const data = await ctx.loadMnist();
 *   const val = validationSet(data, 'centered');               // 1,000 × 784, fixed
 *   const batch = trainBatch(data, indices, 'centered');       // indices in 0..TRAIN_COUNT−1
 *   const net = twoLayerNet({ hidden: 100, init: 'he' }, rng);
 *
 * The split. The course's MNIST subset ships 7,996 training and 2,004 test images and no
 * validation set. The training images are stored in a random order (the labels of the last
 * 1,000 are spread over all ten digits, 82 to 125 of each), so the split is simply positional and
 * needs no seed:
 *
 *   train       training images 0 … 6,995        (6,996 images)  the only ones gradients see
 *   validation  training images 6,996 … 7,995    (1,000 images)  every tuning decision
 *   test        the 2,004 test images                             touched once, at the very end
 *
 * Input scales. 'unit' is pixel/255 in [0, 1]; 'centered' subtracts the training mean image
 * from that (zero-mean inputs, the course's default); 'raw' is the centered value times 255,
 * i.e. mean-subtracted grey levels in −255 … 255, the scale of the lecture whose learning rates
 * the chapter quotes. For plain SGD on a two-layer net, multiplying the inputs by s multiplies
 * the first layer's gradient by s and the effect of a step on the scores by s², so the same
 * learning rate is 255² ≈ 65,000 times stronger on 'raw' than on 'centered' for that layer.
 */
import type { MnistData, MnistSplit } from '../../data/mnist.ts';
import { mnistMatrix } from '../../data/mnist.ts';
import type { Matrix } from '../../matrix.ts';
import type { Rng } from '../../rng.ts';
import { buildMlp, type Sequential } from '../../network.ts';
import type { InitSpec } from '../../init.ts';
import type { Precision } from '../../layers/dense.ts';

export const TRAIN_COUNT = 6996;
export const VAL_START = 6996;
export const VAL_COUNT = 1000;
export const TEST_COUNT = 2004;
export const CLASSES = 10;

export type InputScale = 'unit' | 'centered' | 'raw';
export const INPUT_SCALES: readonly InputScale[] = ['centered', 'unit', 'raw'];

function scaled(split: MnistSplit, select: ArrayLike<number> | { start: number; count: number }, scale: InputScale) {
  const m = mnistMatrix(split, select, { scale: scale === 'unit' ? 'unit' : 'centered' });
  if (scale === 'raw') {
    const d = m.x.data;
    for (let i = 0; i < d.length; i++) d[i] *= 255;
  }
  return m;
}

/** A batch of training images: `indices` are positions 0 … TRAIN_COUNT−1 of the train part. */
export function trainBatch(
  data: MnistData,
  indices: ArrayLike<number>,
  scale: InputScale,
): { x: Matrix; y: Int32Array } {
  for (let i = 0; i < indices.length; i++) {
    if (!(indices[i] >= 0 && indices[i] < TRAIN_COUNT))
      throw new Error(`trainBatch: index ${indices[i]} is not in the train part`);
  }
  return scaled(data.train, indices, scale);
}

/** The first `count` images of the train part (the subsets the overfitting demos use). */
export function trainSubset(data: MnistData, count: number, scale: InputScale): { x: Matrix; y: Int32Array } {
  if (!(Number.isInteger(count) && count >= 1 && count <= TRAIN_COUNT))
    throw new Error(`trainSubset: count ${count} not in 1…${TRAIN_COUNT}`);
  return scaled(data.train, { start: 0, count }, scale);
}

/** The validation set: training images 6,996 … 7,995. */
export function validationSet(data: MnistData, scale: InputScale): { x: Matrix; y: Int32Array } {
  return scaled(data.train, { start: VAL_START, count: VAL_COUNT }, scale);
}

/** The test set (2,004 images). Only for the one final report after every decision is made. */
export function testSet(data: MnistData, scale: InputScale): { x: Matrix; y: Int32Array } {
  return scaled(data.test, { start: 0, count: data.test.n }, scale);
}

export type NetInit = 'he' | 'small';

export interface TwoLayerConfig {
  hidden: number;
  /** 'he': He normal (std √(2/n_in)); 'small': N(0, initStd²) for every weight matrix. */
  init: NetInit;
  initStd?: number;
  dropout?: number;
  /** The products' arithmetic (precision.ts); float64 if absent. */
  precision?: Precision;
}

/** 784 → hidden (ReLU) → 10: the two-layer classifier of the chapter. */
export function twoLayerNet(c: TwoLayerConfig, rng: Rng): Sequential {
  const init: InitSpec = c.init === 'he' ? { kind: 'he', dist: 'normal' } : { kind: 'normal', std: c.initStd ?? 1e-3 };
  return buildMlp(
    { sizes: [784, c.hidden, CLASSES], activation: 'relu', init, dropout: c.dropout, precision: c.precision },
    rng,
  );
}

/** Σ‖W‖² over the weight matrices (not biases): the penalty is ½λ times this. */
export function weightSquaredNorm(net: Sequential): number {
  let s = 0;
  for (const p of net.params()) {
    if (!p.decay) continue;
    for (let i = 0; i < p.value.length; i++) s += p.value[i] * p.value[i];
  }
  return s;
}

/** Throws a clear error if a number is not finite or not within [lo, hi]. */
export function checkRange(name: string, x: number, lo: number, hi: number): void {
  if (!(Number.isFinite(x) && x >= lo && x <= hi)) throw new Error(`${name} must be within ${lo}…${hi}, got ${x}`);
}
