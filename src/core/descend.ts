/**
 * Descent on a function of a few numbers (a point on a 2-D surface, say) by any of the core's
 * optimisers: the same update rules a network's weights get, on a point whose gradient is known
 * in closed form. The optimiser-paths demo is this, step by step.
 *
 *   const opt = makeOptimizer({ kind: 'momentum', lr: 0.1 });
 *   for (const s of descend({ start: [-7, 2], grad: (p) => [p[0] / 10, 2 * p[1]], optimizer: opt, steps: 30 })) {
 *     s.point;            // (x, y) after this step
 *     s.state.slots.v;    // the optimiser's own velocity after this step (a copy)
 *   }
 *
 * The walk stops early, with `diverged` set on its last step, once the point leaves `bound` or
 * the function is no longer finite there.
 */
import { param } from './layers/layer.ts';
import type { Optimizer, OptimizerState } from './optimizers.ts';
import type { Schedule } from './schedules.ts';

export interface DescentOptions {
  /** The starting point. */
  start: readonly number[];
  /** ∇f at a point. */
  grad: (point: Float64Array) => readonly number[];
  /** f at a point (default: none; then only `bound` decides divergence). */
  f?: (point: Float64Array) => number;
  optimizer: Optimizer;
  steps: number;
  /** The learning rate of step t (t = steps taken, from 0); default: the optimiser's own. */
  schedule?: Schedule;
  /** Added to the exact gradient before each step (e.g. Gaussian noise imitating a minibatch). */
  noise?: (g: Float64Array) => void;
  /** A coordinate beyond ±bound counts as diverged (default 1e8). */
  bound?: number;
}

export interface DescentStep {
  /** 1-based. */
  step: number;
  /** The learning rate this step used. */
  lr: number;
  /** The gradient the optimiser received (at the previous point, noise included). */
  g: number[];
  /** The point after the step. */
  point: number[];
  /** f there (NaN without `f`). */
  value: number;
  /** The optimiser's state after the step, as it keeps it. */
  state: OptimizerState;
  /** The point left the bound or f stopped being finite: the walk ends here. */
  diverged: boolean;
}

export function* descend(o: DescentOptions): Generator<DescentStep, void, void> {
  const p = param('point', 1, o.start.length, false, Float64Array.from(o.start));
  const bound = o.bound ?? 1e8;
  for (let t = 1; t <= o.steps; t++) {
    p.grad.set(o.grad(p.value));
    o.noise?.(p.grad);
    const g = Array.from(p.grad);
    if (o.schedule) o.optimizer.lr = o.schedule(t - 1);
    const lr = o.optimizer.lr;
    o.optimizer.step([p]);
    const point = Array.from(p.value);
    const value = o.f ? o.f(p.value) : NaN;
    const diverged = point.some((c) => !(Math.abs(c) < bound)) || (o.f !== undefined && !Number.isFinite(value));
    yield { step: t, lr, g, point, value, state: o.optimizer.inspect(p), diverged };
    if (diverged) return;
  }
}
