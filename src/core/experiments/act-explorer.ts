/**
 * The function explorer (A2, A5, A7, A10, A11, A12, A14): each activation and its derivative over
 * an input range, read at a probe input, plus the numbers that characterise it — the local
 * gradient far out on each side (saturation), the mean output for standard normal inputs
 * (zero-centring), the one-sided slopes at 0 (kinks), and where the gradient falls below 1%.
 *
 *   const { result } = await runToEnd(actExplorer, { names: ['sigmoid', 'tanh'], xMin: -10, xMax: 10, points: 401, probe: 10, alpha: 0.01 }, ctx);
 *   result.stats[0].gradRight     // σ'(10) ≈ 4.5e-5
 *
 * 'maxout' here is one maxout unit with two fixed pieces, max(x, −x/2): a piecewise-linear
 * function whose slope is 1 or −1/2, never 0 (its learned shapes are in act-maxout).
 */
import type { Experiment } from './types.ts';
import { activation, type ActivationName } from '../activations.ts';
import { exp } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-explorer';

export type ExplorerName = Exclude<ActivationName, 'identity'> | 'maxout';

export interface ActExplorerConfig {
  names: ExplorerName[];
  xMin: number;
  xMax: number;
  points: number;
  probe: number;
  /** Leaky ReLU's slope for negative inputs (ELU uses its standard α = 1). */
  alpha: number;
  /** |x| at which saturation is read (default 10). */
  far?: number;
}

export interface ActExplorerCurve {
  name: ExplorerName;
  x: number[];
  y: number[];
  dy: number[];
}

export interface ActExplorerStat {
  name: ExplorerName;
  /** Output and local gradient at the probe input. */
  probeY: number;
  probeDy: number;
  /** f'(−far) and f'(+far). */
  gradLeft: number;
  gradRight: number;
  /** Slopes just left and right of 0, and the gradient the core uses at exactly 0. */
  slopeLeft0: number;
  slopeRight0: number;
  gradAt0: number;
  /** E[f(z)] and the minimum of f' for z ~ N(0, 1) (by quadrature over ±8). */
  meanOnNormal: number;
  /** Inputs beyond which |f'| < 0.01 on each side (null: never, within ±50). */
  flatBelow: number | null;
  flatAbove: number | null;
  /** Smallest |f'| anywhere in [−50, 50]. */
  minAbsGrad: number;
}

export interface ActExplorerResult {
  curves: ActExplorerCurve[];
  stats: ActExplorerStat[];
}

export function explorerFn(name: ExplorerName, alpha: number): { f: (x: number) => number; df: (x: number) => number } {
  if (name === 'maxout') return { f: (x) => Math.max(x, -0.5 * x), df: (x) => (x > 0 ? 1 : -0.5) };
  const spec = name === 'leaky_relu' ? { name, alpha } : { name }; // ELU keeps its standard α = 1
  const a = activation(spec);
  return { f: (x) => a.f(x), df: (x) => a.df(x, a.f(x)) };
}

export function explorerStats(name: ExplorerName, alpha: number, probe: number, far = 10): ActExplorerStat {
  const { f, df } = explorerFn(name, alpha);
  const h = 1e-7;
  // E[f(z)], z ~ N(0, 1): trapezoid rule on [−8, 8].
  let mean = 0;
  const steps = 3200,
    lo = -8,
    dz = 16 / steps;
  for (let i = 0; i <= steps; i++) {
    const z = lo + i * dz;
    const w = i === 0 || i === steps ? 0.5 : 1;
    mean += w * f(z) * exp(-0.5 * z * z);
  }
  mean *= dz / Math.sqrt(2 * Math.PI);
  let flatBelow: number | null = null;
  let flatAbove: number | null = null;
  let minAbs = Infinity;
  for (let i = 0; i <= 1000; i++) {
    const x = -50 + i * 0.1;
    const g = Math.abs(df(x));
    minAbs = Math.min(minAbs, g);
  }
  // Scan outward from 0 for the first point after which |f'| stays below 0.01.
  for (let i = 500; i >= 0; i--) {
    const x = -i * 0.1;
    if (Math.abs(df(x)) < 0.01) {
      flatBelow = x;
    } else if (flatBelow !== null) break;
  }
  if (flatBelow !== null) {
    // keep the innermost x such that everything left of it is flat
    let x = flatBelow;
    while (x < 0 && Math.abs(df(x + 0.1)) < 0.01) x += 0.1;
    flatBelow = Math.abs(df(-50)) < 0.01 ? Number(x.toFixed(1)) : null;
  }
  if (Math.abs(df(50)) < 0.01) {
    let x = 50;
    while (x > 0 && Math.abs(df(x - 0.1)) < 0.01) x -= 0.1;
    flatAbove = Number(x.toFixed(1));
  }
  return {
    name,
    probeY: f(probe),
    probeDy: df(probe),
    gradLeft: df(-far),
    gradRight: df(far),
    slopeLeft0: (f(0) - f(-h)) / h,
    slopeRight0: (f(h) - f(0)) / h,
    gradAt0: df(0),
    meanOnNormal: mean,
    flatBelow,
    flatAbove,
    minAbsGrad: minAbs,
  };
}

export const actExplorer: Experiment<ActExplorerConfig, ActExplorerCurve, ActExplorerResult> =
  async function* actExplorer(config) {
    const points = Math.max(2, Math.min(2001, Math.round(config.points)));
    const lo = Math.min(config.xMin, config.xMax - 1e-6);
    const hi = Math.max(config.xMax, lo + 1e-6);
    const curves: ActExplorerCurve[] = [];
    const stats: ActExplorerStat[] = [];
    for (const name of config.names) {
      const { f, df } = explorerFn(name, config.alpha);
      const x: number[] = [],
        y: number[] = [],
        dy: number[] = [];
      for (let i = 0; i < points; i++) {
        const v = lo + ((hi - lo) * i) / (points - 1);
        x.push(v);
        y.push(f(v));
        dy.push(df(v));
      }
      const c = { name, x, y, dy };
      curves.push(c);
      stats.push(explorerStats(name, config.alpha, config.probe, config.far ?? 10));
      yield c;
    }
    return { curves, stats };
  };
export default actExplorer;
