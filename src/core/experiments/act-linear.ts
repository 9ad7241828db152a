/**
 * Linear collapse (A1). Part 1: a stack of `layers` random linear (affine) layers 2 → width → … → 2
 * and the single affine map it equals, W' = W1·W2·…·WL (row-vector convention, y = xW + b) and
 * b' = ((b1·W2 + b2)·W3 + …), compared on random inputs; the same stack with a nonlinearity
 * between the layers no longer equals any one matrix. Part 2: the XOR data set, which no linear
 * map can classify, trained with the stack without nonlinearity and with one.
 *
 *   const { result } = await runToEnd(actLinear, { layers: 4, width: 8, activation: 'relu', … }, ctx);
 *   result.maxDiffLinear       // ≈ 1e-15: the stack is the single map
 *   result.accuracy.nonlinear  // ≈ 1 on XOR; result.accuracy.linear ≈ chance
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matmul, matrix, type Matrix } from '../matrix.ts';
import { xor } from '../data/toy2d.ts';
import { buildMlp, evaluate, predict, type Sequential } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-linear';

export interface ActLinearConfig {
  layers: number;
  width: number;
  activation: 'relu' | 'tanh';
  iterations: number;
  lr: number;
  points: number;
  seed: number;
}

export interface ActLinearFrame {
  iteration: number;
  loss: { linear: number; nonlinear: number };
  accuracy: { linear: number; nonlinear: number };
}

export interface ActLinearResult {
  /** The collapsed map: 2×2 W' (rows) and b'. */
  W: number[][];
  b: number[];
  /** max |stack(x) − (xW' + b')| over random inputs, without and with the nonlinearity. */
  maxDiffLinear: number;
  maxDiffNonlinear: number;
  /** Largest output entry (so the differences can be judged relative to it). */
  maxOutput: number;
  loss: { linear: number; nonlinear: number };
  accuracy: { linear: number; nonlinear: number };
  /** The XOR points with each network's predicted class. */
  points: { x: number; y: number; label: number; linear: number; nonlinear: number }[];
  /** The collapsed map of the trained linear stack (it is still one matrix after training). */
  trainedW: number[][];
  trainedMaxDiff: number;
}

function collapse(net: Sequential): { W: Matrix; b: Float64Array } {
  const dense = net.layersOf('dense');
  let W = matrix(dense[0].inputSize, dense[0].outputSize, dense[0].W.value.slice());
  let b: Float64Array = dense[0].b.value.slice();
  for (let i = 1; i < dense.length; i++) {
    const Wi = matrix(dense[i].inputSize, dense[i].outputSize, dense[i].W.value);
    W = matmul(W, Wi);
    const bm = matmul(matrix(1, b.length, b), Wi).data;
    for (let j = 0; j < bm.length; j++) bm[j] += dense[i].b.value[j];
    b = bm;
  }
  return { W, b };
}

function maxDiff(net: Sequential, W: Matrix, b: Float64Array, x: Matrix): { diff: number; maxOut: number } {
  const y = net.infer(x);
  const z = matmul(x, W);
  let diff = 0,
    maxOut = 0;
  for (let i = 0; i < x.rows; i++) {
    for (let j = 0; j < W.cols; j++) {
      const a = y.data[i * W.cols + j],
        c = z.data[i * W.cols + j] + b[j];
      diff = Math.max(diff, Math.abs(a - c));
      maxOut = Math.max(maxOut, Math.abs(a));
    }
  }
  return { diff, maxOut };
}

const rows = (m: Matrix) =>
  Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));

export const actLinear: Experiment<ActLinearConfig, ActLinearFrame, ActLinearResult> = async function* actLinear(
  config,
  ctx,
) {
  void ctx;
  checkLimit('maxIterations', config.iterations, 'iterations');
  const root = new Rng(config.seed);
  const sizes = [2, ...new Array(Math.max(1, config.layers) - 1).fill(config.width), 2];
  const init = { kind: 'xavier', dist: 'normal' } as const;
  // Random biases too, so the collapse covers the affine case W2(W1x + b1) + b2.
  const lin = buildMlp({ sizes, activation: 'identity', init, biasInit: 0 }, root.fork('init'));
  const non = buildMlp({ sizes, activation: config.activation, init, biasInit: 0 }, root.fork('init'));
  const br = root.fork('bias');
  const nonDense = non.layersOf('dense');
  lin.layersOf('dense').forEach((a, i) => {
    const c = nonDense[i];
    for (let j = 0; j < a.b.value.length; j++) a.b.value[j] = c.b.value[j] = 0.5 * br.normal();
  });
  const probe = matrix(200, 2);
  root.fork('probe').fillNormal(probe.data, 2);
  const { W, b } = collapse(lin);
  const dl = maxDiff(lin, W, b, probe);
  const dn = maxDiff(non, W, b, probe);

  // Part 2: XOR, trained from fresh weights.
  const data = xor(config.points, root.fork('data'), 0.05);
  const nets = {
    linear: buildMlp({ sizes, activation: 'identity', init: { kind: 'he', dist: 'normal' } }, root.fork('train-init')),
    nonlinear: buildMlp(
      { sizes, activation: config.activation, init: { kind: 'he', dist: 'normal' } },
      root.fork('train-init'),
    ),
  };
  const trainer = new Trainer({
    entries: [
      { name: 'linear', net: nets.linear, optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }) },
      { name: 'nonlinear', net: nets.nonlinear, optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }) },
    ],
    data,
    batchSize: 32,
    shuffle: root.fork('batches'),
  });
  const frame = (it: number): ActLinearFrame => {
    const a = evaluate(nets.linear, data.x, data.y),
      c = evaluate(nets.nonlinear, data.x, data.y);
    return {
      iteration: it,
      loss: { linear: a.loss, nonlinear: c.loss },
      accuracy: { linear: a.accuracy, nonlinear: c.accuracy },
    };
  };
  let last = frame(0);
  yield last;
  for (const f of train(trainer, { steps: config.iterations, every: 10 })) {
    if (!f.probed) continue;
    last = frame(f.step);
    yield last;
  }
  const pl = predict(nets.linear, data.x),
    pn = predict(nets.nonlinear, data.x);
  const points = Array.from({ length: data.x.rows }, (_, i) => ({
    x: data.x.data[2 * i],
    y: data.x.data[2 * i + 1],
    label: data.y[i],
    linear: pl[i],
    nonlinear: pn[i],
  }));
  const trained = collapse(nets.linear);
  return {
    W: rows(W),
    b: Array.from(b),
    maxDiffLinear: dl.diff,
    maxDiffNonlinear: dn.diff,
    maxOutput: dl.maxOut,
    loss: last.loss,
    accuracy: last.accuracy,
    points,
    trainedW: rows(trained.W),
    trainedMaxDiff: maxDiff(nets.linear, trained.W, trained.b, data.x).diff,
  };
};
export default actLinear;
