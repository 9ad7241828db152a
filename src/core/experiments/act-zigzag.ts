/**
 * The zig-zag (A3, P1): one linear neuron y = w1·x1 + w2·x2 learns, by SGD one example at a time,
 * the target weights w* from the loss ½(y − t)², t = w*·x. Its gradient on the weights is
 *
 *   ∂L/∂w = (y − t)·x,
 *
 * so when every input is positive (x1, x2 > 0, as after a sigmoid layer) both components share
 * the sign of the upstream gradient y − t: each step moves both weights up or both down, and a
 * target that needs one up and one down (another quadrant) is reached only by zig-zagging.
 * The same run on zero-centred inputs (x − mean) has no such constraint.
 *
 * Inputs: x ~ U(0, 1)² ('positive') or the same draws minus 0.5 ('centred'). Step size: η =
 * stepScale / E‖x‖² for each input set, so both take steps of comparable length (a fixed η would
 * give the centred inputs, which are 4× smaller in E‖x‖², shorter steps).
 *
 *   const { result } = await runToEnd(actZigzag, { start: [-1, 1], target: [1, -1], stepScale: 0.5, maxSteps: 2000, tol: 0.05, seed: 1 }, ctx);
 *   result.positive.sameSignFraction   // 1: every step moved both weights the same way
 *   result.positive.steps > result.centred.steps
 */
import type { Experiment } from './types.ts';
import { Rng } from '../rng.ts';
import { checkLimit } from '../limits.ts';
import { hypot } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-zigzag';

export interface ActZigzagConfig {
  start: [number, number];
  target: [number, number];
  stepScale: number;
  maxSteps: number;
  /** Reached when ‖w − w*‖ < tol. */
  tol: number;
  seed: number;
}

export interface ZigzagRun {
  /** Interleaved w1, w2 along the path (start included). */
  path: number[];
  /** Steps to reach the target (null: not within maxSteps). */
  steps: number | null;
  /** Fraction of steps whose two weight gradients had the same sign (or one was 0). */
  sameSignFraction: number;
  /** Steps whose update moved w1 and w2 in opposite directions. */
  mixedSteps: number;
  lr: number;
  /** E[x xᵀ] (the loss is ½(w − w*)ᵀ C (w − w*)), as [c11, c12, c22]. */
  C: [number, number, number];
}

export interface ActZigzagFrame {
  which: 'positive' | 'centred';
  step: number;
  w: [number, number];
}

export interface ActZigzagResult {
  positive: ZigzagRun;
  centred: ZigzagRun;
}

function run(config: ActZigzagConfig, xs: Float64Array): ZigzagRun {
  const n = xs.length / 2;
  let m2 = 0,
    c11 = 0,
    c12 = 0,
    c22 = 0;
  for (let i = 0; i < n; i++) {
    const a = xs[2 * i],
      b = xs[2 * i + 1];
    m2 += (a * a + b * b) / n;
    c11 += (a * a) / n;
    c12 += (a * b) / n;
    c22 += (b * b) / n;
  }
  const lr = config.stepScale / m2;
  let w1 = config.start[0],
    w2 = config.start[1];
  const [t1, t2] = config.target;
  const path = [w1, w2];
  let same = 0,
    mixed = 0,
    steps: number | null = null,
    taken = 0;
  for (let s = 1; s <= config.maxSteps; s++) {
    const i = (s - 1) % n;
    const a = xs[2 * i],
      b = xs[2 * i + 1];
    const err = (w1 - t1) * a + (w2 - t2) * b; // y − t
    const g1 = err * a,
      g2 = err * b;
    if (g1 * g2 >= 0) same++;
    else mixed++;
    w1 -= lr * g1;
    w2 -= lr * g2;
    taken = s;
    path.push(w1, w2);
    if (hypot(w1 - t1, w2 - t2) < config.tol) {
      steps = s;
      break;
    }
    if (!Number.isFinite(w1 + w2)) break;
  }
  return { path, steps, sameSignFraction: taken ? same / taken : 1, mixedSteps: mixed, lr, C: [c11, c12, c22] };
}

export const actZigzag: Experiment<ActZigzagConfig, ActZigzagFrame, ActZigzagResult> = async function* actZigzag(
  config,
) {
  checkLimit('maxIterations', config.maxSteps, 'steps');
  const rng = new Rng(config.seed).fork('inputs');
  const n = 500;
  const pos = new Float64Array(2 * n);
  rng.fillUniform(pos, 0, 1);
  const cen = pos.map((v) => v - 0.5);
  const positive = run(config, pos);
  yield { which: 'positive', step: positive.path.length / 2 - 1, w: [positive.path.at(-2)!, positive.path.at(-1)!] };
  const centred = run(config, cen);
  yield { which: 'centred', step: centred.path.length / 2 - 1, w: [centred.path.at(-2)!, centred.path.at(-1)!] };
  return { positive, centred };
};
export default actZigzag;
