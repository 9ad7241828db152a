/**
 * Optimiser paths on a 2-D surface (claims O1–O4, O6). The point (x, y) is one length-2 `Param`;
 * each step fills its gradient from the surface's exact formula (plus optional Gaussian noise,
 * to imitate a minibatch gradient) and calls the core optimiser (`makeOptimizer`), so the path
 * is exactly what the core does. Alongside, the experiment records the terms of each update
 * (gradient, velocity, accumulators, moments, learning rate) from the same formulas, for the
 * demo's step-by-step read-out.
 *
 *   const { result } = await runToEnd(optSurface, {
 *     surface: 'book', opt: 'sgd', lr: 0.95, momentum: 0.9, x0: -7, y0: 2, steps: 30,
 *     decay: 'none', decayK: 0, noise: 0, compare: false, seed: 1,
 *   }, ctx);
 *   result.main.rows[1]   // { step: 1, x: -6.335, y: -1.8, f: 5.246… }
 */
import type { Experiment } from './types.ts';
import { param } from '../layers/layer.ts';
import { makeOptimizer, OPTIMIZER_DEFAULTS, type OptimizerKind } from '../optimizers.ts';
import { constant, exponentialDecay, inverseTimeDecay, type Schedule } from '../schedules.ts';
import { Rng } from '../rng.ts';
import { SURFACES, type SurfaceName } from './lib/opt-surfaces.ts';
import { hypot, powInt } from '../mathfn.ts';

export const OPTIMIZER_KINDS: OptimizerKind[] = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];

export type DecayKind = 'none' | 'inv' | 'exp';

export interface OptSurfaceConfig {
  surface: SurfaceName;
  opt: OptimizerKind;
  lr: number;
  /** μ for momentum and Nesterov. */
  momentum: number;
  x0: number;
  y0: number;
  steps: number;
  /** Learning-rate schedule: constant, η/(1 + k·t) or η·e^(−k·t), t = steps taken so far. */
  decay: DecayKind;
  decayK: number;
  /** Std of Gaussian noise added to each gradient component (0: exact gradients). */
  noise: number;
  /** Also run the other five optimisers, each at the surface's suggested learning rate. */
  compare: boolean;
  seed: number;
}

export type PathRow = {
  step: number;
  x: number;
  y: number;
  f: number;
};

/** The numbers of one update, from point step−1 to point step. */
export interface StepTerms {
  step: number;
  /** Learning rate used by this step. */
  lr: number;
  /** The gradient the optimiser received (at point step−1). */
  g: [number, number];
  /** The optimiser's state after the step: v (momentum, Nesterov), h (AdaGrad, RMSProp), m, v, m̂, v̂ (Adam). */
  state: Record<string, [number, number]>;
  /** Displacement (x, y)_step − (x, y)_{step−1}. */
  delta: [number, number];
}

export interface PathRun {
  opt: OptimizerKind;
  lr: number;
  rows: PathRow[];
  terms: StepTerms[];
  diverged: boolean;
  /** The step at which the point left every finite bound (null if it did not). */
  divergedAt: number | null;
  stats: PathStats;
}

export interface PathStats {
  /** Steps after which the y-movement changed sign (a zig-zag in y). */
  yReversals: number;
  /** Same for x. */
  xReversals: number;
  /** Total length of the path. */
  pathLength: number;
  /** Straight-line distance from start to the last point. */
  displacement: number;
  /** f at the last point. */
  finalF: number;
  /** First step with f below 1e-3 × f(start), or null. */
  stepsToThousandth: number | null;
}

export interface OptSurfaceFrame {
  opt: OptimizerKind;
  done: number;
  total: number;
}

export interface OptSurfaceResult {
  main: PathRun;
  others: PathRun[];
}

/** Beyond this magnitude the run is reported as diverged. */
const BOUND = 1e8;

export function pathStats(rows: PathRow[]): PathStats {
  let yRev = 0,
    xRev = 0,
    len = 0;
  for (let i = 1; i < rows.length; i++) {
    const dx = rows[i].x - rows[i - 1].x;
    const dy = rows[i].y - rows[i - 1].y;
    len += hypot(dx, dy);
    if (i >= 2) {
      const pdx = rows[i - 1].x - rows[i - 2].x;
      const pdy = rows[i - 1].y - rows[i - 2].y;
      if (dy * pdy < 0) yRev++;
      if (dx * pdx < 0) xRev++;
    }
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const target = 1e-3 * first.f;
  const hit = rows.findIndex((r) => r.f < target);
  return {
    yReversals: yRev,
    xReversals: xRev,
    pathLength: len,
    displacement: hypot(last.x - first.x, last.y - first.y),
    finalF: last.f,
    stepsToThousandth: hit >= 0 ? rows[hit].step : null,
  };
}

function schedule(decay: DecayKind, lr: number, k: number): Schedule {
  if (decay === 'inv') return inverseTimeDecay(lr, k);
  if (decay === 'exp') return exponentialDecay(lr, k);
  return constant(lr);
}

/** One optimiser's path: the core optimiser moves the point; the terms are recorded beside it. */
export function runPath(
  surfaceName: SurfaceName,
  kind: OptimizerKind,
  lr: number,
  cfg: Pick<OptSurfaceConfig, 'momentum' | 'x0' | 'y0' | 'steps' | 'decay' | 'decayK' | 'noise' | 'seed'>,
): PathRun {
  const s = SURFACES[surfaceName];
  if (!s) throw new Error(`unknown surface "${String(surfaceName).slice(0, 30)}"`);
  const p = param('xy', 1, 2, false, Float64Array.of(cfg.x0, cfg.y0));
  const opt = makeOptimizer({ kind, lr, momentum: cfg.momentum });
  const sched = schedule(cfg.decay, lr, cfg.decayK);
  const noise = cfg.noise > 0 ? new Rng(cfg.seed).fork(`noise:${kind}`) : null;
  const mu = cfg.momentum;
  const { decayRate: rho, beta1: b1, beta2: b2 } = OPTIMIZER_DEFAULTS;
  // Mirror of the optimiser's state, from the same formulas (for the read-out only).
  const A: [number, number] = [0, 0];
  const B: [number, number] = [0, 0];
  const rows: PathRow[] = [{ step: 0, x: cfg.x0, y: cfg.y0, f: s.f(cfg.x0, cfg.y0) }];
  const terms: StepTerms[] = [];
  let diverged = false;
  let divergedAt: number | null = null;
  for (let t = 1; t <= cfg.steps; t++) {
    const [x, y] = p.value;
    let [gx, gy] = s.grad(x, y);
    if (noise) {
      gx += cfg.noise * noise.normal();
      gy += cfg.noise * noise.normal();
    }
    p.grad[0] = gx;
    p.grad[1] = gy;
    const eta = sched(t - 1);
    opt.lr = eta;
    opt.step([p]);
    const nx = p.value[0];
    const ny = p.value[1];
    const g: [number, number] = [gx, gy];
    const state: Record<string, [number, number]> = {};
    for (let i = 0; i < 2; i++) {
      switch (kind) {
        case 'momentum':
        case 'nesterov':
          A[i] = mu * A[i] - eta * g[i];
          break;
        case 'adagrad':
          A[i] += g[i] * g[i];
          break;
        case 'rmsprop':
          A[i] = rho * A[i] + (1 - rho) * g[i] * g[i];
          break;
        case 'adam':
          A[i] = b1 * A[i] + (1 - b1) * g[i];
          B[i] = b2 * B[i] + (1 - b2) * g[i] * g[i];
          break;
      }
    }
    if (kind === 'momentum' || kind === 'nesterov') state.v = [A[0], A[1]];
    if (kind === 'adagrad' || kind === 'rmsprop') state.h = [A[0], A[1]];
    if (kind === 'adam') {
      const c1 = 1 - powInt(b1, t);
      const c2 = 1 - powInt(b2, t);
      state.m = [A[0], A[1]];
      state.v = [B[0], B[1]];
      state.mhat = [A[0] / c1, A[1] / c1];
      state.vhat = [B[0] / c2, B[1] / c2];
    }
    const f = s.f(nx, ny);
    if (!(Number.isFinite(f) && Math.abs(nx) < BOUND && Math.abs(ny) < BOUND)) {
      diverged = true;
      divergedAt = t;
      break;
    }
    terms.push({ step: t, lr: eta, g, state, delta: [nx - x, ny - y] });
    rows.push({ step: t, x: nx, y: ny, f });
  }
  return { opt: kind, lr, rows, terms, diverged, divergedAt, stats: pathStats(rows) };
}

export const optSurface: Experiment<OptSurfaceConfig, OptSurfaceFrame, OptSurfaceResult> = async function* optSurface(
  config,
) {
  const kinds = config.compare ? OPTIMIZER_KINDS.filter((k) => k !== config.opt) : [];
  const total = 1 + kinds.length;
  const main = runPath(config.surface, config.opt, config.lr, config);
  yield { opt: config.opt, done: 1, total };
  const others: PathRun[] = [];
  for (const k of kinds) {
    others.push(runPath(config.surface, k, SURFACES[config.surface].lr[k], config));
    yield { opt: k, done: 1 + others.length, total };
  }
  return { main, others };
};
export default optSurface;
