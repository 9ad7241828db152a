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
import { intFormat, ui, type Locale } from '../i18n';

export interface Refusal {
  limit: LimitName;
  value: number;
  max: number;
}

/** Which settings usually make each limit grow, when the demo does not name its own. */
export const DEFAULT_LOWER: Record<LimitName, string> = ui().refusal.defaults;

/** The sentence, in the page's language (its words: src/i18n/<lang>/ui.ts, `refusal`). */
export function refusalMessage(r: Refusal, lower?: string, lang: Locale = 'en'): string {
  const t = ui(lang).refusal;
  const n = intFormat(lang);
  return t.lower(t[r.limit](n(r.value), n(r.max)), lower ?? t.defaults[r.limit]);
}

/** The refusal carried by an error the worker reported, if it is one. */
export function refusalOf(e: { name?: string; limit?: unknown; value?: unknown; max?: unknown }): Refusal | null {
  if (e.name !== 'LimitError' || typeof e.limit !== 'string' || !(e.limit in DEFAULT_LOWER)) return null;
  if (typeof e.value !== 'number' || typeof e.max !== 'number') return null;
  return { limit: e.limit as LimitName, value: e.value, max: e.max };
}
