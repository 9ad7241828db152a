/**
 * What a demo says when the core refuses its settings. The core throws a `LimitError`
 * (src/core/limits.ts) naming the limit, the value asked for and the maximum; the reader should
 * read a sentence about their settings instead, saying which one to lower.
 *
 *   refusalMessage({ limit: 'maxTotalActivationElements', value: 42_000_000, max: 8_388_608 },
 *                  'the samples, the layers or the units per layer');
 *   // "These settings would keep 42,000,000 numbers in memory at once, more than a demo may use
 *   //  (8,388,608). Lower the samples, the layers or the units per layer."
 *
 * The runner (runner.svelte.ts) builds its `error` with this; a demo names its own controls with
 * the runner's `lower` option, and every limit has a sensible default.
 */
import type { LimitName } from '../core/limits';

export interface Refusal {
  limit: LimitName;
  value: number;
  max: number;
}

const n = (x: number) => x.toLocaleString('en');

/** What was asked for, in the reader's words. */
const WHAT: Record<LimitName, (r: Refusal) => string> = {
  maxWidth: (r) => `A layer of ${n(r.value)} units is wider than a demo may use (${n(r.max)})`,
  maxDepth: (r) => `${n(r.value)} layers are more than a demo may use (${n(r.max)})`,
  maxParams: (r) => `The network would have ${n(r.value)} weights, more than a demo may use (${n(r.max)})`,
  maxActivationElements: (r) =>
    `One layer would keep ${n(r.value)} numbers in memory, more than a demo may use (${n(r.max)})`,
  maxTotalActivationElements: (r) =>
    `These settings would keep ${n(r.value)} numbers in memory at once, more than a demo may use (${n(r.max)})`,
  maxBatch: (r) => `A batch of ${n(r.value)} examples is more than a demo may use (${n(r.max)})`,
  maxSamples: (r) => `${n(r.value)} data points are more than a demo may use (${n(r.max)})`,
  maxIterations: (r) => `${n(r.value)} steps are more than a demo may run (${n(r.max)})`,
  maxMaxoutK: (r) => `${n(r.value)} pieces per maxout unit are more than a demo may use (${n(r.max)})`,
};

/** Which settings usually make each limit grow, when the demo does not name its own. */
export const DEFAULT_LOWER: Record<LimitName, string> = {
  maxWidth: 'the width',
  maxDepth: 'the number of layers',
  maxParams: 'the width or the number of layers',
  maxActivationElements: 'the batch size or the width',
  maxTotalActivationElements: 'the batch size, the width or the number of layers',
  maxBatch: 'the batch size',
  maxSamples: 'the number of data points',
  maxIterations: 'the number of iterations',
  maxMaxoutK: 'the number of pieces k',
};

export function refusalMessage(r: Refusal, lower?: string): string {
  return `${WHAT[r.limit](r)}. Lower ${lower ?? DEFAULT_LOWER[r.limit]}.`;
}

/** The refusal carried by an error the worker reported, if it is one. */
export function refusalOf(e: { name?: string; limit?: unknown; value?: unknown; max?: unknown }): Refusal | null {
  if (e.name !== 'LimitError' || typeof e.limit !== 'string' || !(e.limit in WHAT)) return null;
  if (typeof e.value !== 'number' || typeof e.max !== 'number') return null;
  return { limit: e.limit as LimitName, value: e.value, max: e.max };
}
