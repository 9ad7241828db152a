/**
 * The cost of an activation (A4, and the cost column of A11, A14): times the core's own array
 * loop (activationForward) for each function over `elements` inputs, `reps` times, interleaving
 * the functions so that a slow patch of the machine hits them all alike, and reports the median
 * time per function and its ratio to ReLU, max(0, x). In the browser this runs in the demo's
 * worker, so it measures the reader's machine.
 *
 *   const { result } = await runToEnd(actCost, { names: ['relu', 'sigmoid'], elements: 1_000_000, reps: 7, seed: 1 }, ctx);
 *   result.rows.find((r) => r.name === 'sigmoid').ratio    // e.g. 5: sigmoid's exp costs 5 ReLUs
 */
import type { Experiment } from './types.ts';
import { median } from '../probes.ts';
import { Rng } from '../rng.ts';
import { activation, activationForward, type ActivationName } from '../activations.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-cost';

export interface ActCostConfig {
  names: ActivationName[];
  /** Inputs per timed pass (at most LIMITS.maxActivationElements). */
  elements: number;
  reps: number;
  seed: number;
}

export interface ActCostFrame {
  rep: number;
  name: ActivationName;
  /** Time so far of this pass; `complete` once the pass over all elements is done. */
  ms: number;
  complete: boolean;
}

export interface ActCostRow {
  name: ActivationName;
  /** Median milliseconds per pass over all elements. */
  medianMs: number;
  /** Median nanoseconds per element. */
  nsPerElement: number;
  /** medianMs / ReLU's medianMs (NaN if ReLU was not timed). */
  ratio: number;
  times: number[];
}

export interface ActCostResult {
  rows: ActCostRow[];
  elements: number;
  reps: number;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const actCost: Experiment<ActCostConfig, ActCostFrame, ActCostResult> = async function* actCost(config) {
  checkLimit('maxActivationElements', config.elements, 'elements');
  const n = Math.max(1000, Math.round(config.elements));
  const reps = Math.max(1, Math.min(50, Math.round(config.reps)));
  const z = new Float64Array(n);
  new Rng(config.seed).fork('inputs').fillNormal(z, 3);
  const out = new Float64Array(n);
  const fns = config.names.map((name) => activation(name));
  // Warm-up pass: compile every loop before timing anything.
  for (const fn of fns) activationForward(fn, z.subarray(0, Math.min(n, 20000)), out.subarray(0, Math.min(n, 20000)));
  const times: number[][] = fns.map(() => []);
  // A pass is split into chunks so that the worker can yield every ~30 ms even on a slow machine.
  const chunk = 65536;
  let sink = 0;
  for (let r = 0; r < reps; r++) {
    for (let k = 0; k < fns.length; k++) {
      let ms = 0;
      for (let s = 0; s < n; s += chunk) {
        const e = Math.min(n, s + chunk);
        const zs = z.subarray(s, e),
          os = out.subarray(s, e);
        const t0 = now();
        activationForward(fns[k], zs, os);
        ms += now() - t0;
        sink += os[0];
        if (e < n) yield { rep: r, name: config.names[k], ms, complete: false };
      }
      times[k].push(ms);
      yield { rep: r, name: config.names[k], ms, complete: true };
    }
  }
  if (sink === 0.123456789) times[0].push(0); // keeps the results observable to the optimiser
  const relu = config.names.indexOf('relu');
  const meds = times.map(median);
  const rows = config.names.map((name, k) => ({
    name,
    medianMs: meds[k],
    nsPerElement: (meds[k] * 1e6) / n,
    ratio: relu >= 0 ? meds[k] / meds[relu] : NaN,
    times: times[k],
  }));
  return { rows, elements: n, reps };
};
export default actCost;
