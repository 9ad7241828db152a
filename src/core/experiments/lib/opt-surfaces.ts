/**
 * The 2-D test surfaces of the parameter-updates chapter, with their exact gradients, the box
 * the demo draws, a suggested start and a suggested learning rate per optimiser.
 *
 *   const s = SURFACES.book;                 // f(x, y) = x²/20 + y²
 *   s.f(-7, 2);                              // 6.45
 *   s.grad(-7, 2);                           // [-0.7, 4]
 *   sampleSurface(s, 80, 60);                // a grid of f values for the contour plot
 */
import type { OptimizerKind } from '../../optimizers.ts';

export type SurfaceName = 'book' | 'ellipse' | 'rosenbrock' | 'saddle';

export interface Surface {
  name: SurfaceName;
  /** The formula, in TeX, for captions. */
  tex: string;
  /** The formula in plain text (labels, aria). */
  text: string;
  f(x: number, y: number): number;
  grad(x: number, y: number): [number, number];
  /** The box the demo draws. */
  box: { x0: number; x1: number; y0: number; y1: number };
  /** The global minimum (one of them, for the saddle surface). */
  minimum: { x: number; y: number };
  start: { x: number; y: number };
  /** Learning rates that show each rule at its best-known behaviour on this surface. */
  lr: Record<OptimizerKind, number>;
}

const R = Math.SQRT1_2;

export const SURFACES: Record<SurfaceName, Surface> = {
  book: {
    name: 'book',
    tex: 'f(x, y) = \\tfrac{x^2}{20} + y^2',
    text: 'f(x, y) = x²/20 + y²',
    f: (x, y) => (x * x) / 20 + y * y,
    grad: (x, y) => [x / 10, 2 * y],
    box: { x0: -10, x1: 10, y0: -5, y1: 5 },
    minimum: { x: 0, y: 0 },
    start: { x: -7, y: 2 },
    lr: { sgd: 0.95, momentum: 0.1, nesterov: 0.1, adagrad: 1.5, rmsprop: 0.1, adam: 0.3 },
  },
  ellipse: {
    // The same bowl turned by 45°: u = (x + y)/√2, v = (x − y)/√2, f = u²/20 + v².
    name: 'ellipse',
    tex: 'f(x, y) = \\tfrac{1}{20}\\big(\\tfrac{x + y}{\\sqrt 2}\\big)^2 + \\big(\\tfrac{x - y}{\\sqrt 2}\\big)^2',
    text: 'f(x, y) = ((x + y)/√2)²/20 + ((x − y)/√2)²',
    f: (x, y) => {
      const u = (x + y) * R;
      const v = (x - y) * R;
      return (u * u) / 20 + v * v;
    },
    grad: (x, y) => {
      const u = (x + y) * R;
      const v = (x - y) * R;
      const du = u / 10;
      const dv = 2 * v;
      return [(du + dv) * R, (du - dv) * R];
    },
    box: { x0: -8, x1: 8, y0: -6, y1: 6 },
    minimum: { x: 0, y: 0 },
    start: { x: -5, y: -2 },
    lr: { sgd: 0.95, momentum: 0.1, nesterov: 0.1, adagrad: 1.5, rmsprop: 0.1, adam: 0.3 },
  },
  rosenbrock: {
    name: 'rosenbrock',
    tex: 'f(x, y) = (1 - x)^2 + 100\\,(y - x^2)^2',
    text: 'f(x, y) = (1 − x)² + 100(y − x²)²',
    f: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
    grad: (x, y) => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)],
    box: { x0: -2, x1: 2, y0: -1, y1: 3 },
    minimum: { x: 1, y: 1 },
    start: { x: -1.5, y: 2 },
    lr: { sgd: 0.001, momentum: 0.0005, nesterov: 0.0005, adagrad: 0.5, rmsprop: 0.01, adam: 0.05 },
  },
  saddle: {
    // A saddle at the origin between two minima at (0, ±1): f = x² + y⁴/4 − y²/2.
    name: 'saddle',
    tex: 'f(x, y) = x^2 + \\tfrac{y^4}{4} - \\tfrac{y^2}{2}',
    text: 'f(x, y) = x² + y⁴/4 − y²/2',
    f: (x, y) => x * x + (y * y * y * y) / 4 - (y * y) / 2,
    grad: (x, y) => [2 * x, y * y * y - y],
    box: { x0: -2, x1: 2, y0: -1.6, y1: 1.6 },
    minimum: { x: 0, y: 1 },
    start: { x: -1.8, y: 0.001 },
    lr: { sgd: 0.1, momentum: 0.02, nesterov: 0.02, adagrad: 0.3, rmsprop: 0.02, adam: 0.05 },
  },
};

export const SURFACE_NAMES = Object.keys(SURFACES) as SurfaceName[];

/** f sampled on an nx × ny grid over the surface's box (row 0 at y0, column 0 at x0). */
export function sampleSurface(
  s: Surface,
  nx: number,
  ny: number,
): { nx: number; ny: number; x0: number; x1: number; y0: number; y1: number; values: Float64Array } {
  const { x0, x1, y0, y1 } = s.box;
  const values = new Float64Array(nx * ny);
  for (let j = 0; j < ny; j++) {
    const y = y0 + ((y1 - y0) * j) / (ny - 1);
    for (let i = 0; i < nx; i++) values[j * nx + i] = s.f(x0 + ((x1 - x0) * i) / (nx - 1), y);
  }
  return { nx, ny, x0, x1, y0, y1, values };
}
