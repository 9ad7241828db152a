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
import { num, percent, ratio } from './format.ts';

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
 * Formats a number for prose with the course's one number format (src/lib/format.ts): `digits`
 * significant figures, floating-point noise as 0, small and large magnitudes as 4.5×10⁻⁵.
 */
export function fmt(x: number, digits = 3): string {
  return num(x, digits);
}

/** A ratio like "3.2×". */
export function times(x: number, digits = 2): string {
  return ratio(x, digits);
}

/** A fraction as a percentage, e.g. 0.1234 → "12.3%". */
export function pct(x: number, digits = 1): string {
  return percent(x, digits);
}
