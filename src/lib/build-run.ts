/**
 * Runs an experiment at build time, so that the numbers a chapter quotes come from the same code
 * the demo and the test run, never from memory. In an MDX chapter:
 *
 *   import { runAtBuild, fmt } from '../../src/lib/build-run';
 *   import { initStats } from '../../src/core/experiments/init-stats';
 *   export const r = await runAtBuild(initStats, { layers: 10, width: 500, ... });
 *
 *   … the last layer's std is {fmt(r.layers[9].std, 2)} …
 *
 * Results are memoised per experiment and config for the duration of the build.
 */
import { runToEnd, type Experiment } from '../core/experiments/types.ts';
import { nodeContext } from '../core/data/mnist-node.ts';

const memo = new Map<string, Promise<unknown>>();

export function runAtBuild<C, F, R>(experiment: Experiment<C, F, R>, config: C): Promise<R> {
  const key = `${experiment.name}:${JSON.stringify(config)}`;
  let p = memo.get(key) as Promise<R> | undefined;
  if (!p) {
    p = runToEnd(experiment, config, nodeContext).then((r) => r.result);
    memo.set(key, p);
  }
  return p;
}

/**
 * Formats a number for prose: `digits` significant digits, scientific notation for very small
 * or large magnitudes (4.5 × 10⁻⁵ style is left to KaTeX; this gives "4.5e-5").
 */
export function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(digits - 1).replace('e+', 'e');
  return String(Number(x.toPrecision(digits)));
}

/** A ratio like "3.2×". */
export function times(x: number, digits = 2): string {
  return `${fmt(x, digits)}×`;
}

/** A fraction as a percentage, e.g. 0.1234 → "12.3%". */
export function pct(x: number, digits = 1): string {
  return `${(100 * x).toFixed(digits)}%`;
}
