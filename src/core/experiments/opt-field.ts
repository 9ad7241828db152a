/**
 * The surface of the parameter-updates chapter and its gradient field (claim O9): f sampled on a
 * mesh (the demo draws it in 3-D), the negative gradient −∇f at a grid of points (the demo draws
 * it as arrows), and how far −∇f points from the minimum, measured over the whole box.
 *
 *   const { result } = await runToEnd(optField, { surface: 'book', mesh: 31, arrows: 21, fine: 201, threshold: 45 }, ctx);
 *   result.stats.fractionAbove   // share of the box where −∇f is more than 45° off the minimum
 *   result.stats.fractionYMajor  // share where |∂f/∂y| > |∂f/∂x|: a step moves y more than x
 *   result.arrows[0]             // { x, y, f, gx, gy, angle }
 *   result.sgd.points            // SGD's first 30 steps from the start, as (x, y, f) triples
 *
 * The angle θ at p between the steepest-descent direction a = −∇f(p) and the direction to the
 * minimum b = m − p has cos θ = a·b/(‖a‖‖b‖) and sin θ = |a × b|/(‖a‖‖b‖). It is found by
 * bisection on the sign of sin(t)·(a·b) − cos(t)·|a × b| = ‖a‖‖b‖·sin(t − θ), with the core's sin
 * and cos, so it is the same number in every engine.
 */
import type { Experiment } from './types.ts';
import { SURFACES, sampleSurface, type SurfaceName } from './lib/opt-surfaces.ts';
import { cos, hypot, sin } from '../mathfn.ts';
import { checkRange } from './lib/sanity-data.ts';
import { runPath } from './opt-surface.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-field';

/** The surfaces with one minimum (the saddle surface has two). */
export const FIELD_SURFACES = ['book', 'ellipse', 'rosenbrock'] as const satisfies readonly SurfaceName[];
export type FieldSurface = (typeof FIELD_SURFACES)[number];

export interface OptFieldConfig {
  surface: FieldSurface;
  /** Mesh points per side for the 3-D view. */
  mesh: number;
  /** Arrows along x (the grid of the vector field and of its data table); along y in proportion to the box. */
  arrows: number;
  /** Sample points per side over which the statistics are measured. */
  fine: number;
  /** The angle (degrees) whose share of the box is reported. */
  threshold: number;
}

export interface FieldSample {
  x: number;
  y: number;
  f: number;
  /** ∇f = (gx, gy); the arrow drawn is −∇f. */
  gx: number;
  gy: number;
  /** Degrees between −∇f and the direction to the minimum (NaN at the minimum itself). */
  angle: number;
}

export interface OptFieldResult {
  surface: FieldSurface;
  box: { x0: number; x1: number; y0: number; y1: number };
  minimum: { x: number; y: number };
  /** f on a mesh × mesh grid, row 0 at y0, column 0 at x0. */
  mesh: { n: number; values: Float64Array };
  arrows: FieldSample[];
  /** The surface's suggested start point, with its own numbers. */
  start: FieldSample;
  /** SGD from the start at the surface's suggested η, 30 steps: (x, y, f) triples, for the 3-D view. */
  sgd: { lr: number; points: number[] };
  stats: {
    /** Points measured (the fine grid, minus the minimum). */
    points: number;
    threshold: number;
    /** Share of the points where the angle exceeds `threshold`. */
    fractionAbove: number;
    /** Share where |∂f/∂y| > |∂f/∂x|. */
    fractionYMajor: number;
    /** The median angle over the points, in degrees. */
    medianAngle: number;
  };
}

/** The angle in degrees, in [0, 180], of a vector pair with dot product `dot` and cross product `cross`. */
export function angleDeg(dot: number, cross: number): number {
  const c = Math.abs(cross);
  if (!Number.isFinite(dot) || !Number.isFinite(c) || (dot === 0 && c === 0)) return NaN;
  let lo = 0;
  let hi = Math.PI;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (sin(mid) * dot - cos(mid) * c < 0) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * (180 / Math.PI);
}

/** The angle between −∇f(p) = −(gx, gy) and m − p = (dx, dy), in degrees. */
export function angleToMinimum(gx: number, gy: number, dx: number, dy: number): number {
  return angleDeg(-gx * dx - gy * dy, -gx * dy + gy * dx);
}

/** cos of that angle (NaN where either vector vanishes). */
export function cosToMinimum(gx: number, gy: number, dx: number, dy: number): number {
  const n = hypot(gx, gy) * hypot(dx, dy);
  return n > 0 ? (-gx * dx - gy * dy) / n : NaN;
}

export const optField: Experiment<OptFieldConfig, { done: number }, OptFieldResult> = async function* (config) {
  checkRange('mesh', config.mesh, 5, 81);
  checkRange('arrows', config.arrows, 3, 41);
  checkRange('fine', config.fine, 11, 801);
  checkRange('threshold', config.threshold, 1, 179);
  const s = SURFACES[config.surface];
  if (!s || !(FIELD_SURFACES as readonly string[]).includes(config.surface))
    throw new Error(`unknown surface "${String(config.surface).slice(0, 30)}"`);
  const { x0, x1, y0, y1 } = s.box;
  const m = s.minimum;
  const sample = (x: number, y: number): FieldSample => {
    const [gx, gy] = s.grad(x, y);
    return { x, y, f: s.f(x, y), gx, gy, angle: angleToMinimum(gx, gy, m.x - x, m.y - y) };
  };
  const grid = (n: number, k: number) => (n - 1 > 0 ? k / (n - 1) : 0);
  const { values } = sampleSurface(s, config.mesh, config.mesh);
  const nx = config.arrows;
  const ny = Math.max(3, Math.round(((nx - 1) * (y1 - y0)) / (x1 - x0)) + 1);
  const arrows: FieldSample[] = [];
  for (let j = 0; j < ny; j++)
    for (let i = 0; i < nx; i++) arrows.push(sample(x0 + (x1 - x0) * grid(nx, i), y0 + (y1 - y0) * grid(ny, j)));
  const cfg = { momentum: 0.9, x0: s.start.x, y0: s.start.y, steps: 30, decay: 'none' as const, decayK: 0 };
  const sgd = runPath(config.surface, 'sgd', s.lr.sgd, { ...cfg, noise: 0, seed: 1 });
  yield { done: 1 };

  // Statistics over the fine grid: compare cosines with cos(threshold); the median angle is the
  // angle of the point of median cosine (the angle decreases as the cosine grows).
  const cThreshold = cos((config.threshold * Math.PI) / 180);
  const cosines: { c: number; x: number; y: number }[] = [];
  let above = 0;
  let yMajor = 0;
  for (let j = 0; j < config.fine; j++) {
    const y = y0 + (y1 - y0) * grid(config.fine, j);
    for (let i = 0; i < config.fine; i++) {
      const x = x0 + (x1 - x0) * grid(config.fine, i);
      const [gx, gy] = s.grad(x, y);
      const c = cosToMinimum(gx, gy, m.x - x, m.y - y);
      if (Number.isNaN(c)) continue;
      cosines.push({ c, x, y });
      if (c < cThreshold) above++;
      if (Math.abs(gy) > Math.abs(gx)) yMajor++;
    }
  }
  cosines.sort((a, b) => b.c - a.c); // increasing angle
  const n = cosines.length;
  const at = (k: number) => sample(cosines[k].x, cosines[k].y).angle;
  const medianAngle = n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
  return {
    surface: config.surface,
    box: s.box,
    minimum: m,
    mesh: { n: config.mesh, values },
    arrows,
    start: sample(s.start.x, s.start.y),
    sgd: { lr: s.lr.sgd, points: sgd.rows.flatMap((r) => [r.x, r.y, r.f]) },
    stats: {
      points: n,
      threshold: config.threshold,
      fractionAbove: above / n,
      fractionYMajor: yMajor / n,
      medianAngle,
    },
  };
};
export default optField;
