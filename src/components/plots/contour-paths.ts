/**
 * The geometry of ContourPath, without the DOM: default contour levels, contour rings turned into
 * SVG path data, and an optimiser's trajectory as a line plus one small disc per step.
 *
 *   const levels = defaultLevels(field.values, 12);
 *   const rings = contourRings(field, levels);            // grid coordinates, computed once
 *   const paths = ringPaths(rings, field, x, y);          // pixels, recomputed on resize
 */
import { contours, type ContourMultiPolygon } from 'd3-contour';
import { line as d3line } from 'd3-shape';
import { clampPx } from './scale-utils';
import type { ScalarField } from './types';

/**
 * `count` levels above the field's minimum, from 10^-2.5 to 0.9 of its range, evenly spaced in
 * log: dense rings near the minimum, where optimisers spend their time.
 */
export function defaultLevels(values: ArrayLike<number>, count: number): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!(hi > lo)) return [];
  const a = -2.5;
  const b = Math.log10(0.9);
  return Array.from({ length: count }, (_, k) => lo + (hi - lo) * 10 ** (a + ((b - a) * k) / Math.max(1, count - 1)));
}

/** Contour rings of the field at the levels, in grid coordinates. Non-finite samples count as the highest. */
export function contourRings(field: ScalarField, levels: number[]): ContourMultiPolygon[] {
  const { nx, ny, values } = field;
  if (nx < 2 || ny < 2 || values.length < nx * ny || levels.length === 0) return [];
  let hi = -Infinity;
  for (let i = 0; i < nx * ny; i++) if (Number.isFinite(values[i]) && values[i] > hi) hi = values[i];
  const grid = new Array<number>(nx * ny);
  for (let i = 0; i < nx * ny; i++) grid[i] = Number.isFinite(values[i]) ? values[i] : hi;
  return contours()
    .size([nx, ny])
    .thresholds(levels)(grid)
    .filter((c) => c.coordinates.length > 0);
}

/**
 * Path data of each ring in pixels, and its stroke opacity (lower levels, nearer the minimum, a
 * little stronger). d3-contour puts sample (i, j) at grid point (i + 0.5, j + 0.5); the half cell
 * beyond the outer samples (where rings close along the border) falls outside the clip.
 */
export function ringPaths(
  rings: ContourMultiPolygon[],
  field: ScalarField,
  x: (v: number) => number,
  y: (v: number) => number,
): { d: string; value: number; opacity: number }[] {
  const { nx, ny, x0, x1, y0, y1 } = field;
  const sx = (x1 - x0) / (nx - 1);
  const sy = (y1 - y0) / (ny - 1);
  const n = rings.length;
  return rings.map((c, k) => {
    let d = '';
    for (const polygon of c.coordinates) {
      for (const ring of polygon) {
        for (let i = 0; i < ring.length; i++) {
          const px = x(x0 + (ring[i][0] - 0.5) * sx);
          const py = y(y0 + (ring[i][1] - 0.5) * sy);
          d += `${i === 0 ? 'M' : 'L'}${px.toFixed(1)},${py.toFixed(1)}`;
        }
        d += 'Z';
      }
    }
    return { d, value: c.value, opacity: n > 1 ? 1 - (0.45 * k) / (n - 1) : 0.85 };
  });
}

/** A trajectory (x0, y0, x1, y1, …) as a line, a disc per step, and where it ends, in pixels. */
export function trajectory(
  pts: ArrayLike<number>,
  x: (v: number) => number,
  y: (v: number) => number,
): { d: string; markers: string; last: { x: number; y: number } | null } {
  const n = Math.floor(pts.length / 2);
  const ok = (i: number) => Number.isFinite(pts[2 * i]) && Number.isFinite(pts[2 * i + 1]);
  const idx = Array.from({ length: n }, (_, i) => (ok(i) ? i : -1));
  const px = (i: number) => clampPx(x(pts[2 * i]));
  const py = (i: number) => clampPx(y(pts[2 * i + 1]));
  const d =
    d3line<number>()
      .defined((i) => i >= 0)
      .x(px)
      .y(py)(idx) ?? '';
  const r = n > 100 ? 1.5 : 2.2;
  let markers = '';
  let last: { x: number; y: number } | null = null;
  for (let i = 0; i < n; i++) {
    if (!ok(i)) continue;
    const cx = px(i);
    const cy = py(i);
    markers += `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    last = { x: cx, y: cy };
  }
  return { d, markers, last };
}
