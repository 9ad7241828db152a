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
import { descend } from '../descend.ts';
import {
  makeOptimizer,
  OPTIMIZER_KINDS,
  OPTIMIZER_LABELS,
  type OptimizerHyper,
  type OptimizerSpec,
  type OptimizerState,
} from '../optimizers.ts';
import { constant, exponentialDecay, inverseTimeDecay, type Schedule } from '../schedules.ts';
import { Rng } from '../rng.ts';
import { SURFACES, type SurfaceName } from './lib/opt-surfaces.ts';
import { hypot, powInt } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-surface';

export type DecayKind = 'none' | 'inv' | 'exp';

/**
 * The rules the surface demo offers: the core's six, and Nesterov with its two updates in the
 * order of the Korean edition's code ('nesterov-kr': the core's Nesterov with
 * nesterovOrder 'velocity-first'), so that its readers can see how far that path departs.
 */
export const SURFACE_OPTS = [...OPTIMIZER_KINDS.slice(0, 3), 'nesterov-kr', ...OPTIMIZER_KINDS.slice(3)] as const;
export type SurfaceOpt = (typeof SURFACE_OPTS)[number];
export const SURFACE_OPT_LABELS: Record<SurfaceOpt, string> = {
  ...OPTIMIZER_LABELS,
  'nesterov-kr': 'Nesterov (book, Korean edition)',
};

/** The core optimiser behind each choice. */
export function surfaceSpec(opt: SurfaceOpt, lr: number, momentum: number): OptimizerSpec {
  if (opt === 'nesterov-kr') return { kind: 'nesterov', lr, momentum, nesterovOrder: 'velocity-first' };
  return { kind: opt, lr, momentum };
}

/** The surface's suggested learning rate for a choice (the Korean-edition Nesterov takes Nesterov's). */
export function suggestedLr(surface: SurfaceName, opt: SurfaceOpt): number {
  return SURFACES[surface].lr[opt === 'nesterov-kr' ? 'nesterov' : opt];
}

export interface OptSurfaceConfig {
  surface: SurfaceName;
  opt: SurfaceOpt;
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
  /** Also run every other rule of SURFACE_OPTS, each at the surface's suggested learning rate. */
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
  /**
   * The optimiser's own state after the step, by the chapter's names: v (momentum, Nesterov), h and
   * the rate η/(√h + ε) (AdaGrad, RMSProp), m, s, m̂, ŝ (Adam).
   */
  state: Record<string, [number, number]>;
  /** Displacement (x, y)_step − (x, y)_{step−1}. */
  delta: [number, number];
}

export interface PathRun {
  opt: SurfaceOpt;
  lr: number;
  /** The optimiser's hyper-parameters (μ, ρ, β₁, β₂, ε), as it reports them. */
  hyper: OptimizerHyper;
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
  opt: SurfaceOpt;
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

/** One optimiser's path: the core optimiser moves the point; the read-out shows its own state. */
export function runPath(
  surfaceName: SurfaceName,
  kind: SurfaceOpt,
  lr: number,
  cfg: Pick<OptSurfaceConfig, 'momentum' | 'x0' | 'y0' | 'steps' | 'decay' | 'decayK' | 'noise' | 'seed'>,
): PathRun {
  const s = SURFACES[surfaceName];
  if (!s) throw new Error(`unknown surface "${String(surfaceName).slice(0, 30)}"`);
  const opt = makeOptimizer(surfaceSpec(kind, lr, cfg.momentum));
  const hyper = opt.hyper;
  const noise = cfg.noise > 0 ? new Rng(cfg.seed).fork(`noise:${kind}`) : null;
  const rows: PathRow[] = [{ step: 0, x: cfg.x0, y: cfg.y0, f: s.f(cfg.x0, cfg.y0) }];
  const terms: StepTerms[] = [];
  let divergedAt: number | null = null;
  const walk = descend({
    start: [cfg.x0, cfg.y0],
    grad: (p) => s.grad(p[0], p[1]),
    f: (p) => s.f(p[0], p[1]),
    optimizer: opt,
    steps: cfg.steps,
    schedule: schedule(cfg.decay, lr, cfg.decayK),
    noise: noise ? (g) => g.forEach((v, i) => (g[i] = v + cfg.noise * noise.normal())) : undefined,
    bound: BOUND,
  });
  for (const d of walk) {
    if (d.diverged) {
      divergedAt = d.step;
      break;
    }
    const prev = rows[rows.length - 1];
    const [x, y] = d.point;
    terms.push({
      step: d.step,
      lr: d.lr,
      g: [d.g[0], d.g[1]],
      state: readOut(d.state, hyper, d.lr),
      delta: [x - prev.x, y - prev.y],
    });
    rows.push({ step: d.step, x, y, f: d.value });
  }
  return { opt: kind, lr, hyper, rows, terms, diverged: divergedAt !== null, divergedAt, stats: pathStats(rows) };
}

/**
 * The optimiser's state as the read-out shows it: its buffers by their names (v; h; m, s), and
 * what the update derives from them — the per-coordinate rate η/(√h + ε) of AdaGrad and RMSProp,
 * and Adam's bias-corrected m̂ = m/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ).
 */
function readOut(state: OptimizerState, hyper: OptimizerHyper, lr: number): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  const pair = (a: ArrayLike<number>, f: (v: number) => number): [number, number] => [f(a[0]), f(a[1])];
  for (const [name, buf] of Object.entries(state.slots)) out[name] = pair(buf, (v) => v);
  const { h, m, s } = state.slots;
  if (h) out.rate = pair(h, (hi) => lr / (Math.sqrt(hi) + hyper.eps));
  if (m && s) {
    out.mhat = pair(m, (mi) => mi / (1 - powInt(hyper.beta1, state.t)));
    out.shat = pair(s, (si) => si / (1 - powInt(hyper.beta2, state.t)));
  }
  return out;
}

export const optSurface: Experiment<OptSurfaceConfig, OptSurfaceFrame, OptSurfaceResult> = async function* optSurface(
  config,
) {
  const kinds = config.compare ? SURFACE_OPTS.filter((k) => k !== config.opt) : [];
  const total = 1 + kinds.length;
  const main = runPath(config.surface, config.opt, config.lr, config);
  yield { opt: config.opt, done: 1, total };
  const others: PathRun[] = [];
  for (const k of kinds) {
    others.push(runPath(config.surface, k, suggestedLr(config.surface, k), config));
    yield { opt: k, done: 1 + others.length, total };
  }
  return { main, others };
};
export default optSurface;
