/**
 * Pure helpers shared by the plot components: data extents, tick sets (d3-scale's ticks, labelled
 * by the course's number format, src/lib/format.ts), label widths and point thinning for long
 * line series. No DOM and no Svelte: unit-tested on their own. Colours and line styles are in
 * series-style.ts, margins in chart-layout.ts, and what needs the DOM (theme changes, resolving
 * a CSS colour) in theme-dom.ts.
 */
import type { ScaleContinuousNumeric } from 'd3-scale';
import { tickFormatter } from '../../lib/format';

/** Font sizes (px) used by every plot, so small multiples and full-size charts match. */
export const FONT = { tick: 11, label: 12 } as const;

/** Rough width of a tick label in px: digits are ~0.6 em in common sans-serif faces. */
export function textWidth(s: string, fontSize: number = FONT.tick): number {
  return s.length * fontSize * 0.6;
}

/** Smallest and largest finite values over several arrays; `positive` drops values ≤ 0. */
export function finiteExtent(arrays: Iterable<ArrayLike<number>>, positive = false): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (!Number.isFinite(v) || (positive && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Widens a zero-width or missing extent so a scale can be built from it. */
export function padExtent(ext: [number, number] | null, log: boolean): [number, number] {
  if (!ext) return log ? [1, 10] : [0, 1];
  const [lo, hi] = ext;
  if (lo < hi) return [lo, hi];
  if (log) return [lo / 2, hi * 2];
  const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - d, hi + d];
}

export interface Tick {
  value: number;
  label: string;
}
/** Labelled (major) ticks and unlabelled short (minor) ticks for one axis. */
export interface TickSet {
  major: Tick[];
  minor: number[];
}

function isPow10(v: number): boolean {
  const e = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** e - 1) < 1e-9;
}

type AnyScale = ScaleContinuousNumeric<number, number>;

/**
 * Ticks for a linear or log scale. Linear: d3's `ticks(count)` with its matching `tickFormat`.
 * Log: d3's log ticks; when the domain holds at least two powers of ten only those are labelled
 * (thinned to about `count`) and the in-between multiples become minor ticks; narrower log
 * domains fall back to d3's own label thinning.
 */
export function computeTicks(
  scale: AnyScale,
  opts: { log?: boolean; count?: number; format?: (v: number) => string } = {},
): TickSet {
  const count = Math.max(2, opts.count ?? 5);
  if (!opts.log) {
    const values = scale.ticks(count);
    const fmt = opts.format ?? tickFormatter(values);
    return { major: values.map((value) => ({ value, label: fmt(value) })), minor: [] };
  }
  const all = scale.ticks();
  const pows = all.filter(isPow10);
  if (pows.length >= 3) {
    const step = Math.ceil(pows.length / count);
    const major = pows.filter((_, i) => i % step === 0);
    const majorSet = new Set(major);
    const minorAll = all.filter((v) => !majorSet.has(v));
    // Minor ticks stop being readable beyond ~8 decades; keep only skipped powers then.
    const minor = pows.length > 8 ? minorAll.filter(isPow10) : minorAll;
    const fmt = opts.format ?? tickFormatter(major, { log: true });
    return { major: major.map((value) => ({ value, label: fmt(value) })), minor };
  }
  // Fewer than three powers of ten in view: label the 1–2–5 multiples instead.
  // Thin by dropping the 2s, then the 5s, rather than every other label.
  let candidates: number[] = [];
  for (const keep of [[1, 2, 5], [1, 5], [1]]) {
    candidates = all.filter((v) => keep.includes(mantissa(v)));
    if (candidates.length <= count + 1) break;
  }
  if (candidates.length >= 2) {
    const step = Math.ceil(candidates.length / (count + 1));
    const major = candidates.filter((_, i) => i % step === 0);
    const majorSet = new Set(major);
    const fmt = opts.format ?? tickFormatter(major, { log: true });
    return {
      major: major.map((value) => ({ value, label: fmt(value) })),
      minor: all.filter((v) => !majorSet.has(v)),
    };
  }
  // Less than a factor of ~2 in view: d3's log ticks are linear ticks here; d3 leaves the
  // labels of the ones it would thin out empty.
  const d3fmt = scale.tickFormat(count, '~g');
  const labelled = all.filter((v) => d3fmt(v) !== '');
  const fmt = opts.format ?? tickFormatter(labelled);
  const major: Tick[] = [];
  const minor: number[] = [];
  for (const v of all) {
    if (labelled.includes(v)) major.push({ value: v, label: fmt(v) });
    else minor.push(v);
  }
  return { major, minor };
}

/** The leading digit of v (v > 0) when v is a single-digit multiple of a power of ten, else NaN. */
function mantissa(v: number): number {
  const e = Math.floor(Math.log10(v) + 1e-9);
  const m = v / 10 ** e;
  const r = Math.round(m);
  return Math.abs(m - r) < 1e-9 * r ? r : NaN;
}

/**
 * The auto domain of a log axis: the data extent widened by a few percent of its span in
 * log space (rounding out to whole decades would waste up to a decade of height).
 */
export function padLogExtent([lo, hi]: [number, number]): [number, number] {
  const f = 10 ** Math.max(0.02, 0.04 * Math.log10(hi / lo));
  return [lo / f, hi * f];
}

/** Width in px needed by the widest label of a tick set. */
export function maxLabelWidth(ticks: TickSet, fontSize: number = FONT.tick): number {
  let w = 0;
  for (const t of ticks.major) w = Math.max(w, textWidth(t.label, fontSize));
  return w;
}

/**
 * Indices of the points to draw for one line series, with -1 where the line must break (a
 * non-finite value, or a non-positive one on a log axis). When a series has many more points
 * than there are pixel columns, each column keeps only its first, lowest, highest and last
 * point, which draws the same picture as the full series at a fraction of the path length.
 */
export function lineIndices(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  opts: { xLog?: boolean; yLog?: boolean; xPixel?: (v: number) => number; columns?: number },
): Int32Array {
  const n = Math.min(x.length, y.length);
  const ok = (i: number) => {
    const xv = x[i];
    const yv = y[i];
    return Number.isFinite(xv) && Number.isFinite(yv) && (!opts.xLog || xv > 0) && (!opts.yLog || yv > 0);
  };
  const thin = opts.xPixel && opts.columns !== undefined && n > 4 * opts.columns;
  if (!thin) {
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = ok(i) ? i : -1;
    return out;
  }
  const px = opts.xPixel!;
  const out: number[] = [];
  let col = NaN;
  let first = -1;
  let lo = -1;
  let hi = -1;
  let last = -1;
  const flush = () => {
    if (first < 0) return;
    const picks = [first, lo, hi, last].filter((v, i, a) => a.indexOf(v) === i).sort((a, b) => a - b);
    out.push(...picks);
    first = lo = hi = last = -1;
  };
  for (let i = 0; i < n; i++) {
    if (!ok(i)) {
      flush();
      if (out.length && out[out.length - 1] !== -1) out.push(-1);
      col = NaN;
      continue;
    }
    const c = Math.floor(px(x[i]));
    if (c !== col) {
      flush();
      col = c;
      first = lo = hi = i;
    }
    if (y[i] < y[lo]) lo = i;
    if (y[i] > y[hi]) hi = i;
    last = i;
  }
  flush();
  return Int32Array.from(out);
}

/** Keeps a pixel coordinate within a range browsers render reliably. */
export function clampPx(v: number): number {
  return v < -1e6 ? -1e6 : v > 1e6 ? 1e6 : v;
}
