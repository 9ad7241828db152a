/**
 * The layout every x–y chart shares (LineChart, ScatterPlot, Histogram, ContourPath): margins
 * sized to the tick labels and axis titles, tick counts that fit the plot area, and where the
 * y-axis title goes. Pure functions, so the charts line up with each other and can be tested.
 *
 *   const yTicks = computeTicks(y, { count: yTickCount(innerHeight) });
 *   const left = leftMargin(yTicks, yLabel);       // px for the labels and the title
 *   const xTicks = fittedXTicks(x, innerWidth);    // as many as fit without touching
 */
import type { ScaleContinuousNumeric } from 'd3-scale';
import { FONT, computeTicks, maxLabelWidth, type TickSet } from './scale-utils';

/** The right margin, and the top margin without (and with) labels of vertical markers above the plot. */
export const MARGIN = { right: 14, top: 8, topWithLabels: 18 } as const;

/** Room under the plot for the x tick labels, and the x-axis title when there is one. */
export function bottomMargin(xLabel?: string): number {
  return xLabel ? 40 : 24;
}

/** Distance of the x-axis title below the axis line. */
export const X_LABEL_OFFSET = 26;

/** Room left of the plot for the widest y tick label, and the y-axis title when there is one. */
export function leftMargin(yTicks: TickSet, yLabel?: string): number {
  return Math.ceil(Math.max(maxLabelWidth(yTicks), 18) + 10 + (yLabel ? FONT.label + 8 : 0));
}

/** Where the rotated y-axis title sits, measured left from the axis line. */
export function yLabelOffset(left: number): number {
  return left - 4 - FONT.label / 2;
}

/** How many y ticks a plot area of this height holds (one per `spacing` px). */
export function yTickCount(innerHeight: number, spacing = 45): number {
  return Math.max(2, Math.round(innerHeight / spacing));
}

/** X ticks that fit the width: fewer when the labels are long, so neighbours never touch. */
export function fittedXTicks(
  x: ScaleContinuousNumeric<number, number>,
  innerWidth: number,
  opts: { log?: boolean; format?: (v: number) => string; minSpacing?: number; max?: number } = {},
): TickSet {
  const probe = computeTicks(x, { log: opts.log, count: 6, format: opts.format });
  const w = maxLabelWidth(probe) + 16;
  const fit = Math.floor(innerWidth / Math.max(opts.minSpacing ?? 60, w));
  return computeTicks(x, {
    log: opts.log,
    count: Math.max(2, Math.min(opts.max ?? Infinity, fit)),
    format: opts.format,
  });
}
