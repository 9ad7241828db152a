/**
 * Maxout (A12). A maxout unit outputs the largest of k affine pieces, max_p (w_p·x + b_p): with
 * k = 2 it has twice the weights of a ReLU unit of the same fan-in, and k times in general.
 * This experiment counts the parameters of a Maxout layer against a Dense + ReLU layer of the
 * same width, and fits one maxout unit with k pieces to a 1-D target by full-batch Adam on the
 * squared error, using the core's Maxout layer: the learned function is piecewise linear and
 * convex, and its slope (the winning piece's weight) is never forced to 0, so it neither
 * saturates nor dies.
 *
 *   const { result } = await runToEnd(actMaxout, { k: 4, target: 'square', iterations: 1500, lr: 0.05, nIn: 784, width: 100, seed: 1 }, ctx);
 *   result.paramRatio    // 4
 *   result.mse           // small: 4 lines approximate x² on [−2, 2]
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { matrix, type Matrix } from '../matrix.ts';
import { Maxout } from '../layers/maxout.ts';
import { Dense } from '../layers/dense.ts';
import { meanSquaredErrorLoss } from '../losses.ts';
import { Sequential, evaluate } from '../network.ts';
import { Trainer, train, type EntryState } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';
import { sin } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-maxout';

export interface ActMaxoutConfig {
  k: number;
  target: 'square' | 'abs' | 'relu' | 'sine';
  iterations: number;
  lr: number;
  /** The layer shape whose parameters are counted. */
  nIn: number;
  width: number;
  seed: number;
}

export interface ActMaxoutFrame {
  iteration: number;
  mse: number;
}

export interface ActMaxoutResult {
  maxoutParams: number;
  reluParams: number;
  paramRatio: number;
  /** The fit: inputs, target, learned output, and each piece's line. */
  x: number[];
  target: number[];
  fit: number[];
  pieces: { slope: number; intercept: number; wins: number }[];
  mse: number;
  /** Fraction of inputs for which the unit's parameters receive a non-zero gradient (1: it never dies). */
  liveFraction: number;
  /** Smallest |slope| of a piece that wins somewhere. */
  minWinningSlope: number;
}

export const TARGETS: Record<ActMaxoutConfig['target'], (x: number) => number> = {
  square: (x) => x * x,
  abs: (x) => Math.abs(x),
  relu: (x) => Math.max(0, x),
  sine: (x) => sin(2 * x),
};

export const actMaxout: Experiment<ActMaxoutConfig, ActMaxoutFrame, ActMaxoutResult> = async function* actMaxout(
  config,
) {
  checkLimit('maxIterations', config.iterations, 'iterations');
  checkLimit('maxMaxoutK', config.k, 'pieces k');
  checkLimit('maxWidth', config.nIn, 'fan-in');
  checkLimit('maxWidth', config.width, 'width');
  checkLimit('maxParams', config.k * (config.nIn * config.width + config.width), 'maxout layer parameters');
  const root = new Rng(config.seed);
  const countM = new Maxout(config.nIn, config.width, config.k, { init: { kind: 'zeros' }, rng: root.fork('count') });
  const countD = new Dense(config.nIn, config.width, { init: { kind: 'zeros' }, rng: root.fork('count') });
  const maxoutParams = countM.paramCount();
  const reluParams = countD.W.value.length + countD.b.value.length;

  const n = 201;
  const xm = matrix(n, 1),
    tm = matrix(n, 1);
  const f = TARGETS[config.target];
  for (let i = 0; i < n; i++) {
    xm.data[i] = -2 + (4 * i) / (n - 1);
    tm.data[i] = f(xm.data[i]);
  }
  const unit = new Maxout(1, 1, config.k, { init: { kind: 'normal', std: 1 }, rng: root.fork('init') });
  root.fork('bias').fillNormal(unit.b.value, 0.5);
  // Full-batch Adam on the squared error: the same engine, with the loss as a part.
  const net = new Sequential([unit]);
  const trainer = new Trainer({
    entries: [
      { name: 'maxout', net, optimizer: makeOptimizer({ kind: 'adam', lr: config.lr }), loss: meanSquaredErrorLoss },
    ],
    data: { x: xm, y: tm },
  });
  let mse = NaN;
  const fit = (e: EntryState<Matrix>) =>
    e.diverged ? NaN : evaluate(e.net, xm, tm, { loss: meanSquaredErrorLoss }).loss;
  for (const f of train(trainer, { steps: config.iterations, every: 25, atStart: true, probe: fit })) {
    if (!f.probed) continue;
    mse = f.entries[0].probe!;
    yield { iteration: f.step, mse };
  }
  const y = net.infer(xm);
  // Per input: does the unit pass a gradient to its parameters? (The winning piece's bias gets
  // ∂y/∂b = 1 whatever the input, so a maxout unit cannot go dead the way a ReLU does.)
  const one = matrix(1, 1, Float64Array.of(1));
  const live1 = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    unit.forward(matrix(1, 1, xm.data.subarray(i, i + 1)), true);
    unit.backward(one);
    let g = 0;
    for (const p of unit.params()) for (const v of p.grad) g += Math.abs(v);
    live1[i] = g > 0 ? 1 : 0;
  }
  const pieces = Array.from({ length: config.k }, (_, p) => ({
    slope: unit.W.value[p],
    intercept: unit.b.value[p],
    wins: 0,
  }));
  let live = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let p = 1; p < config.k; p++) {
      if (pieces[p].slope * xm.data[i] + pieces[p].intercept > pieces[best].slope * xm.data[i] + pieces[best].intercept)
        best = p;
    }
    pieces[best].wins++;
    live += live1[i];
  }
  const winning = pieces.filter((p) => p.wins > 0).map((p) => Math.abs(p.slope));
  return {
    maxoutParams,
    reluParams,
    paramRatio: maxoutParams / reluParams,
    x: Array.from(xm.data),
    target: Array.from(tm.data),
    fit: Array.from(y.data),
    pieces,
    mse,
    liveFraction: live / n,
    minWinningSlope: Math.min(...winning),
  };
};
export default actMaxout;
