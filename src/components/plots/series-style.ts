/**
 * How series are told apart: a colour (one of eight theme tokens, --series-1 … --series-8, chosen
 * in src/styles/global.css to stay distinct with the common colour-vision deficiencies, in light
 * and dark), a dash pattern and a marker shape. Colour alone is never the only cue: a chart with
 * three or more lines gives each its own dash and marker, so that lines which overlap (a "dead"
 * and an "inactive" fraction that coincide, relu under leaky_relu) stay visible as two.
 *
 *   seriesStyle(2)                      → { color: 'var(--series-3)', dash: 'dot', marker: 'triangle' }
 *   dashArray('dash')                   → '6 3'
 *   markerPath('square', 3.5)           → an SVG path centred on 0,0
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';

export type Dash = 'solid' | 'dash' | 'dot' | 'dashdot' | 'long' | 'dashdotdot';
export type Marker = 'none' | 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'wye';

/** The order in which series get dashes and markers (the first series is plain). */
export const DASHES: readonly Dash[] = ['solid', 'dash', 'dot', 'dashdot', 'long', 'dashdotdot'];
export const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'wye'];

const DASH_ARRAY: Record<Dash, string | undefined> = {
  solid: undefined,
  dash: '6 3',
  dot: '1.5 3',
  dashdot: '7 3 1.5 3',
  long: '12 4',
  dashdotdot: '7 3 1.5 3 1.5 3',
};

/** The n-th default series colour (cycles through the eight theme tokens). */
export function seriesColor(i: number): string {
  return `var(--series-${(i % 8) + 1})`;
}

/** The SVG stroke-dasharray of a dash style (undefined for a solid line). */
export function dashArray(d: Dash | undefined): string | undefined {
  return d ? DASH_ARRAY[d] : undefined;
}

export interface SeriesStyle {
  color: string;
  dash: Dash;
  marker: Marker;
}

/** The default style of the i-th series. */
export function seriesStyle(i: number): SeriesStyle {
  return { color: seriesColor(i), dash: DASHES[i % DASHES.length], marker: MARKERS[i % MARKERS.length] };
}

/** What a series may say about its own look (LineSeries, OptimizerPath, a scatter group). */
export interface StyleHints {
  color?: string;
  dashed?: boolean;
  dash?: Dash;
  marker?: Marker;
}

/**
 * Styles for the series of one chart. A series' own colour, dash and marker always win. When no
 * series says anything about dashes, the i-th series gets the i-th dash of DASHES; markers are
 * added (the i-th of MARKERS) when there are three or more series, or when `markers` says so.
 * A chart whose series choose their own dashes (train solid, validation dashed) keeps exactly
 * those.
 */
export function seriesStyles(series: readonly StyleHints[], opts: { markers?: boolean } = {}): SeriesStyle[] {
  const ownDashes = series.some((s) => s.dashed !== undefined || s.dash !== undefined);
  const withMarkers = opts.markers ?? series.length >= 3;
  return series.map((s, i) => ({
    color: s.color ?? seriesColor(i),
    dash: s.dash ?? (s.dashed ? 'dash' : ownDashes ? 'solid' : DASHES[i % DASHES.length]),
    marker: s.marker ?? (withMarkers ? MARKERS[i % MARKERS.length] : 'none'),
  }));
}

const SYMBOLS = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  wye: symbolWye,
} as const;

/** An SVG path of a marker of about `r` px radius, centred on 0,0 ('' for 'none'). */
export function markerPath(m: Marker, r = 3.5): string {
  if (m === 'none') return '';
  // d3's symbol size is an area: scale each shape so that they look about equally large.
  const area = Math.PI * r * r * (m === 'cross' || m === 'wye' ? 0.8 : m === 'triangle' ? 1.1 : 1);
  return symbol(SYMBOLS[m], area)() ?? '';
}

/**
 * Where to put markers along a line of n points: about `count` evenly spaced indices, shifted by
 * the series' position so that coinciding lines show their markers side by side.
 */
export function markerIndices(n: number, seriesIndex: number, seriesCount: number, count = 7): number[] {
  if (n <= 0) return [];
  if (n <= count) return Array.from({ length: n }, (_, i) => i);
  const step = (n - 1) / count;
  const phase = (step * ((seriesIndex % Math.max(1, seriesCount)) + 0.5)) / Math.max(1, seriesCount);
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = Math.round(phase + k * step);
    if (i >= 0 && i < n) out.push(i);
  }
  return out;
}
