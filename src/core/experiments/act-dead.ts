/**
 * Dead ReLUs (A8, A9, A10): a one-hidden-layer MNIST network trained with plain SGD at a
 * learning rate the reader chooses, with the hidden units watched over the whole training
 * subset every few steps.
 *
 *   inactive  the unit's pre-activation z = x·w + b is ≤ 0 for EVERY training example
 *   dead      the unit passes zero gradient for every example: inactive AND its slope for z ≤ 0
 *             is 0 (ReLU). A Leaky ReLU or PReLU unit with slope α ≠ 0 can be inactive but is
 *             never dead: its gradient is α·upstream, so it can come back.
 *   revived   units that were inactive at some check and active again later
 *   offForOne for one chosen example: the fraction of units whose output is 0 for that input
 *             (A9: "zero for this input" is not "dead for all inputs")
 *
 *   const { result } = await runToEnd(actDead, { activation: 'relu', lr: 1, biasInit: 0, … }, ctx);
 *   result.deadFraction      // fraction of hidden units dead at the end
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, train } from '../trainer.ts';
import { makeOptimizer } from '../optimizers.ts';
import { matmul, matrix } from '../matrix.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-dead';

export interface ActDeadConfig {
  activation: 'relu' | 'leaky_relu' | 'prelu';
  /** Leaky ReLU's fixed slope (and PReLU's starting slope). */
  alpha: number;
  lr: number;
  /** Starting value of every hidden bias (0, or a small positive value such as 0.01). */
  biasInit: number;
  hidden: number;
  batch: number;
  iterations: number;
  trainSize: number;
  checkEvery: number;
  /** Index (into the training subset) of the example for the "this input" view. */
  example: number;
  seed: number;
}

export interface ActDeadFrame {
  iteration: number;
  /** Set on check iterations only (null on progress frames). */
  check: {
    loss: number;
    accuracy: number;
    deadFraction: number;
    inactiveFraction: number;
    /** Mean over examples of the fraction of hidden units that output exactly 0 (ReLU) or z ≤ 0. */
    offPerExample: number;
    /** Fraction of units revived so far (inactive at an earlier check, active later). */
    revivedFraction: number;
    /** PReLU: mean learned slope (else the fixed slope, or 0 for ReLU). */
    meanAlpha: number;
  } | null;
  diverged: boolean;
}

export interface ActDeadResult {
  deadFraction: number;
  inactiveFraction: number;
  revivedFraction: number;
  /** The largest dead fraction seen at any check. */
  maxDeadFraction: number;
  /** Units dead at some check that were not dead at a later check (only possible with α ≠ 0). */
  deadThenAlive: number;
  offPerExample: number;
  /** Per unit, for the chosen example: 0 on (output > 0), 1 off for this input only, 2 dead/inactive for all. */
  unitStatus: number[];
  /** Fraction of units off for the chosen example. */
  offForExample: number;
  /** PReLU: the learned slope of each unit (empty otherwise). */
  alphas: number[];
  loss: number;
  accuracy: number;
  diverged: boolean;
}

export const actDead: Experiment<ActDeadConfig, ActDeadFrame, ActDeadResult> = async function* actDead(config, ctx) {
  checkLimit('maxIterations', config.iterations, 'iterations');
  const data = await ctx.loadMnist();
  const n = Math.min(config.trainSize, data.train.n);
  const { x, y } = mnistMatrix(data.train, { start: 0, count: n });
  const root = new Rng(config.seed);
  const act =
    config.activation === 'prelu'
      ? 'prelu'
      : config.activation === 'relu'
        ? 'relu'
        : { name: 'leaky_relu' as const, alpha: config.alpha };
  const net = buildMlp(
    {
      sizes: [784, config.hidden, 10],
      activation: act,
      init: { kind: 'he', dist: 'normal' },
      biasInit: config.biasInit,
    },
    root.fork('init'),
  );
  // buildMlp sets every bias (the output layer's too); the output biases start at 0 in every variant.
  const [dense, out] = net.layersOf('dense');
  out.b.value.fill(0);
  const prelu = net.layersOf('prelu')[0] ?? null;
  if (prelu) prelu.alpha.value.fill(config.alpha);
  const H = config.hidden;
  const zero = config.activation === 'relu';
  const everInactive = new Uint8Array(H);
  const revived = new Uint8Array(H);
  const everDead = new Uint8Array(H);
  let deadThenAlive = 0;
  let maxDead = 0;
  const Wm = matrix(784, H, dense.W.value);
  const z = matrix(n, H);
  const ex = Math.min(Math.max(0, config.example), n - 1);

  const inspect = () => {
    matmul(x, Wm, z);
    const Z = z.data,
      b = dense.b.value;
    const on = new Uint8Array(H);
    let off = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < H; j++) {
        if (Z[i * H + j] + b[j] > 0) on[j] = 1;
        else off++;
      }
    }
    let inactive = 0;
    for (let j = 0; j < H; j++) {
      if (!on[j]) {
        inactive++;
        everInactive[j] = 1;
      } else if (everInactive[j]) revived[j] = 1;
      const dead = !on[j] && zero;
      if (dead) everDead[j] = 1;
      else if (everDead[j]) {
        everDead[j] = 0;
        deadThenAlive++;
      }
    }
    let rev = 0;
    for (let j = 0; j < H; j++) rev += revived[j];
    const status = new Array<number>(H);
    let offEx = 0;
    for (let j = 0; j < H; j++) {
      const v = Z[ex * H + j] + b[j];
      status[j] = !on[j] ? 2 : v > 0 ? 0 : 1;
      if (v <= 0) offEx++;
    }
    const deadFraction = zero ? inactive / H : 0;
    maxDead = Math.max(maxDead, deadFraction);
    const alphas = prelu ? Array.from(prelu.alpha.value) : [];
    const meanAlpha = prelu ? alphas.reduce((s, a) => s + a, 0) / H : config.activation === 'relu' ? 0 : config.alpha;
    return {
      deadFraction,
      inactiveFraction: inactive / H,
      offPerExample: off / (n * H),
      revivedFraction: rev / H,
      meanAlpha,
      status,
      offEx: offEx / H,
      alphas,
    };
  };

  const check = () => {
    const s = inspect();
    const e = evaluate(net, x, y);
    return {
      loss: e.loss,
      accuracy: e.accuracy,
      deadFraction: s.deadFraction,
      inactiveFraction: s.inactiveFraction,
      offPerExample: s.offPerExample,
      revivedFraction: s.revivedFraction,
      meanAlpha: s.meanAlpha,
    };
  };

  let last = check();
  yield { iteration: 0, check: last, diverged: false };
  const trainer = new Trainer({
    entries: [{ name: config.activation, net, optimizer: makeOptimizer({ kind: 'sgd', lr: config.lr }) }],
    data: { x, y },
    batchSize: config.batch,
    shuffle: root.fork('batches'),
  });
  let diverged = false;
  for (const f of train(trainer, { steps: config.iterations, every: config.checkEvery })) {
    diverged = f.entries[0].diverged;
    if (diverged) {
      yield { iteration: f.step, check: null, diverged: true };
      break;
    }
    if (f.probed) last = check();
    yield { iteration: f.step, check: f.probed ? last : null, diverged: false };
  }
  const s = inspect();
  return {
    deadFraction: s.deadFraction,
    inactiveFraction: s.inactiveFraction,
    revivedFraction: s.revivedFraction,
    maxDeadFraction: maxDead,
    deadThenAlive,
    offPerExample: s.offPerExample,
    unitStatus: s.status,
    offForExample: s.offEx,
    alphas: s.alphas,
    loss: last.loss,
    accuracy: last.accuracy,
    diverged,
  };
};
export default actDead;
