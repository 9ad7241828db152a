/** Data shapes accepted by the plot components. */
import type { Dash, Marker } from './series-style';
export type { Dash, Marker } from './series-style';

/** The axes of an x–y chart (LineChart, ScatterPlot). */
export interface XYAxesProps {
  xLabel?: string;
  yLabel?: string;
  xLog?: boolean;
  yLog?: boolean;
  /** Fixed domains; otherwise taken from the finite data. */
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** Height in pixels; the width follows the container. */
  height?: number;
}

/** One line of a LineChart. */
export interface LineSeries {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  /** Any CSS colour; defaults to the series' position in --series-1 … --series-8. */
  color?: string;
  /** Dashed (shorthand for dash: 'dash'). Once any series of a chart sets a dash, the others are solid. */
  dashed?: boolean;
  dash?: Dash;
  /** Marker shape along the line (default: none for one or two series, one per series from three). */
  marker?: Marker;
}

/** A shaded horizontal band of a LineChart, between y0 and y1 in data units. */
export interface HBand {
  y0: number;
  y1: number;
  label: string;
}

/** A labelled vertical rule of a LineChart at x in data units. */
export interface VMarker {
  x: number;
  label: string;
}

/** One panel of SmallMultiples. */
export interface HistogramItem {
  title: string;
  counts: ArrayLike<number>;
  /** Bin edges, length counts.length + 1, increasing. */
  edges: ArrayLike<number>;
  color?: string;
}

/** A scalar field sampled on a regular nx × ny grid over [x0, x1] × [y0, y1]. */
export interface ScalarField {
  nx: number;
  ny: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** ny rows of nx values; row 0 is at y0, column 0 at x0. */
  values: ArrayLike<number>;
}

/** An optimiser trajectory for ContourPath: interleaved coordinates x0, y0, x1, y1, … */
export interface OptimizerPath {
  name: string;
  points: ArrayLike<number>;
  color?: string;
  dash?: Dash;
}

export interface Point {
  x: number;
  y: number;
}
