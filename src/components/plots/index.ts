/** The plot components of the demo toolkit. See README.md in this folder for usage. */
export { default as LineChart } from './LineChart.svelte';
export { default as Histogram } from './Histogram.svelte';
export { default as SmallMultiples } from './SmallMultiples.svelte';
export { default as ContourPath } from './ContourPath.svelte';
export { default as Heatmap } from './Heatmap.svelte';
export { default as Axis } from './Axis.svelte';
export type {
  XYAxesProps,
  LineSeries,
  HBand,
  VMarker,
  HistogramItem,
  ScalarField,
  OptimizerPath,
  Point,
} from './types';
export { computeTicks, formatPow10, formatValue, seriesColor, onThemeChange } from './plot-utils';
export type { Tick, TickSet } from './plot-utils';
