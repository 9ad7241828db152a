/**
 * Seeded two-dimensional classification sets, small enough to train on in a blink and to draw
 * as a decision boundary.
 *
 *   const { x, y, classes } = spiral(100, 3, new Rng(1));   // 300 points, 3 interleaved arms
 *   // x: 300×2 Matrix, y: Int32Array of class ids 0..2
 *
 * All coordinates lie roughly in [−1.5, 1.5]². Points come grouped by class (the batch iterator
 * shuffles them); the same rng seed always gives the same set.
 */
import { matrix, type Matrix } from '../matrix.ts';
import type { Rng } from '../rng.ts';
import { cos, sin } from '../mathfn.ts';

export interface Toy2d {
  /** n × 2 coordinates. */
  x: Matrix;
  /** n class ids, 0..classes−1. */
  y: Int32Array;
  classes: number;
}

/**
 * Interleaved spiral arms (the cs231n toy problem): arm k has nPerClass points at radius
 * r = i/(n−1) and angle θ = 4k + 4r + noise·N(0,1), at (r·sin θ, r·cos θ). Not linearly
 * separable; a small MLP separates it.
 */
export function spiral(nPerClass: number, classes: number, rng: Rng, noise = 0.2): Toy2d {
  const n = nPerClass * classes;
  const x = matrix(n, 2);
  const y = new Int32Array(n);
  for (let k = 0; k < classes; k++) {
    for (let i = 0; i < nPerClass; i++) {
      const idx = k * nPerClass + i;
      const r = nPerClass > 1 ? i / (nPerClass - 1) : 1;
      const theta = 4 * k + 4 * r + noise * rng.normal();
      x.data[2 * idx] = r * sin(theta);
      x.data[2 * idx + 1] = r * cos(theta);
      y[idx] = k;
    }
  }
  return { x, y, classes };
}

/**
 * Two concentric circles: the first ⌈n/2⌉ points on the unit circle (class 0), the rest on a
 * circle of radius `factor` (class 1), each at a uniform angle plus N(0, noise²) on each axis.
 */
export function circles(n: number, rng: Rng, noise = 0.05, factor = 0.5): Toy2d {
  const x = matrix(n, 2);
  const y = new Int32Array(n);
  const nOuter = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const inner = i >= nOuter;
    const radius = inner ? factor : 1;
    const angle = rng.range(0, 2 * Math.PI);
    x.data[2 * i] = radius * cos(angle) + noise * rng.normal();
    x.data[2 * i + 1] = radius * sin(angle) + noise * rng.normal();
    y[i] = inner ? 1 : 0;
  }
  return { x, y, classes: 2 };
}

/**
 * XOR: points uniform in [−1, 1]², class 1 when x and y have different signs, else 0 (the label
 * is taken before N(0, noise²) is added to each coordinate, so noise blurs the boundary).
 */
export function xor(n: number, rng: Rng, noise = 0): Toy2d {
  const x = matrix(n, 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = rng.range(-1, 1);
    const b = rng.range(-1, 1);
    y[i] = a > 0 !== b > 0 ? 1 : 0;
    x.data[2 * i] = a + (noise > 0 ? noise * rng.normal() : 0);
    x.data[2 * i + 1] = b + (noise > 0 ? noise * rng.normal() : 0);
  }
  return { x, y, classes: 2 };
}

/**
 * Gaussian blobs: point i belongs to class i mod k and is drawn from N(center_k, std²·I).
 * `centers` is either a list of [x, y] centres or a count k, which places k centres evenly on a
 * circle of radius 1 (the first at angle 0).
 */
export function blobs(
  n: number,
  centers: number | ReadonlyArray<readonly [number, number]>,
  rng: Rng,
  std = 0.25,
): Toy2d {
  const list: ReadonlyArray<readonly [number, number]> =
    typeof centers === 'number'
      ? Array.from(
          { length: centers },
          (_, k) => [cos((2 * Math.PI * k) / centers), sin((2 * Math.PI * k) / centers)] as const,
        )
      : centers;
  const k = list.length;
  if (k < 1) throw new Error('blobs: need at least one centre');
  const x = matrix(n, 2);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % k;
    x.data[2 * i] = list[c][0] + std * rng.normal();
    x.data[2 * i + 1] = list[c][1] + std * rng.normal();
    y[i] = c;
  }
  return { x, y, classes: k };
}
