/**
 * Ranges that depend on each other. The core refuses sizes whose product is too large
 * (src/core/limits.ts: samples × the widths of all layers, layers × width², …). A demo whose
 * settings multiply narrows each one's range to what fits with the others, so that no control can
 * reach a configuration the core would refuse, and says so under the control; when a link (or a
 * change of another setting, such as a shape) asks for too much, it lowers the settings named in
 * `lower`, in that order, and says so in a notice.
 *
 *   const ranges = dependentRanges(params, {
 *     keys: ['layers', 'width', 'samples'],
 *     fits: (v) => fitsLimits(() => checkBatchLimits(v.samples, v.width, (v.layers + 1) * v.width)),
 *     lower: ['samples', 'width', 'layers'],
 *   });
 *   runOnChange(run, () => config, { ready: () => params.ready && ranges.fit });
 *   <Param of={params} name="samples" max={ranges.max.samples} hint={ranges.hint.samples} />
 *
 * `fits` calls the same checks of src/core/limits.ts as the experiment (they are a few lines of
 * arithmetic with no other import), so the ranges are exactly what the core accepts. Each key
 * must be an int or float parameter, and `fits` must only get harder as a key grows.
 */
import { untrack } from 'svelte';
import { LimitError } from '../core/limits';
import type { ParamTable, ParamValues } from './url-state';
import type { UrlState } from './url-state.svelte';
import { ui } from '../i18n';

/** True if `check` passes; false if it throws a LimitError (any other error is thrown on). */
export function fitsLimits(check: () => void): boolean {
  try {
    check();
    return true;
  } catch (e) {
    if (e instanceof LimitError) return false;
    throw e;
  }
}

export interface DependentRanges<K extends string> {
  /** The largest value of each key that fits with the others as they are. */
  readonly max: Record<K, number>;
  /** Under a narrowed control: up to what, with which other settings (undefined when not narrowed). */
  readonly hint: Record<K, string | undefined>;
  /** Whether the current values fit (false only until the demo has lowered them). */
  readonly fit: boolean;
}

type NumberKeys<T extends ParamTable> = {
  [K in keyof T & string]: T[K] extends { kind: 'int' | 'float' } ? K : never;
}[keyof T & string];

export function dependentRanges<T extends ParamTable, K extends NumberKeys<T>>(
  params: UrlState<T>,
  options: { keys: readonly K[]; fits: (values: ParamValues<T>) => boolean; lower: readonly K[] },
): DependentRanges<K> {
  const { keys, fits, lower } = options;
  const spec = (k: K) => params.table[k] as Extract<T[K], { kind: 'int' | 'float' }>;
  const grid = (k: K) => spec(k).step ?? (spec(k).kind === 'int' ? 1 : (spec(k).max - spec(k).min) / 200);

  /** The largest value of `k` on its slider's grid that fits with `values` otherwise; its minimum if none does. */
  function largest(values: ParamValues<T>, k: K): number {
    const { min, max } = spec(k);
    const at = (v: number) => fits({ ...values, [k]: v });
    if (at(max)) return max;
    const step = grid(k);
    let lo = 0; // index of a value known to fit (or the minimum)
    let hi = Math.floor((max - min) / step + 1e-9); // index known not to fit
    if (!at(min)) return min;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (at(min + mid * step)) lo = mid;
      else hi = mid;
    }
    return Number((min + lo * step).toPrecision(12));
  }

  const others = (values: ParamValues<T>, k: K) =>
    keys
      .filter((o) => o !== k)
      .map((o) => `${spec(o).label} ${(values as Record<string, unknown>)[o]}`)
      .join(', ');

  const max = $derived(Object.fromEntries(keys.map((k) => [k, largest(params.values, k)])) as Record<K, number>);
  const hint = $derived(
    Object.fromEntries(
      keys.map((k) => [
        k,
        max[k] < spec(k).max ? ui(params.lang).params.upTo(String(max[k]), others(params.values, k)) : undefined,
      ]),
    ) as Record<K, string | undefined>,
  );
  const fit = $derived(fits(params.values));

  // Too much asked for (by a link, a preset, or a setting outside `keys`): lower, and say so.
  $effect.pre(() => {
    if (!params.ready || fit) return;
    untrack(() => {
      const values = { ...params.values } as Record<string, number>;
      const asked = { ...values };
      for (const k of lower) {
        if (fits(values as ParamValues<T>)) break;
        values[k] = largest(values as ParamValues<T>, k);
      }
      const changed = lower.filter((k) => values[k] !== asked[k]);
      for (const k of changed) (params.values as Record<string, number>)[k] = values[k];
      params.notices = [
        ...params.notices,
        ...changed.map((k) =>
          ui(params.lang).params.tooMuch(
            spec(k).label ?? String(k),
            String(asked[k]),
            others(values as ParamValues<T>, k),
            String(values[k]),
          ),
        ),
      ];
    });
  });

  return {
    get max() {
      return max;
    },
    get hint() {
      return hint;
    },
    get fit() {
      return fit;
    },
  };
}
