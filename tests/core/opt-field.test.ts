/**
 * Claim O9: the gradient field of f(x, y) = x²/20 + y², measured by the experiment the demo runs
 * (`opt-field`), with the angles recomputed here from the formula.
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { angleDeg, optField, type OptFieldConfig } from '../../src/core/experiments/opt-field.ts';

const BOOK: OptFieldConfig = { surface: 'book', mesh: 31, arrows: 21, fine: 201, threshold: 45 };
const field = async (over: Partial<OptFieldConfig> = {}) =>
  (await runToEnd(optField, { ...BOOK, ...over }, nodeContext)).result;

/** The angle between −∇f = (−x/10, −2y) and the direction (−x, −y) to the minimum, in degrees. */
const angle = (x: number, y: number) => {
  const gx = x / 10,
    gy = 2 * y;
  return (Math.acos((gx * x + gy * y) / (Math.hypot(gx, gy) * Math.hypot(x, y))) * 180) / Math.PI;
};

test('the angle in degrees (bisection on the core sin and cos) matches Math.atan2, even near 0° and 180°', () => {
  for (const [dot, cross] of [
    [1, 0],
    [1, 1e-9],
    [0.999, 0.0447],
    [0.5, 0.866],
    [0, 2],
    [-0.3, 0.954],
    [-1, 1e-9],
    [-1, 0],
  ])
    expect(angleDeg(dot, cross)).toBeCloseTo((Math.atan2(cross, dot) * 180) / Math.PI, 10);
  expect(angleDeg(0, 0)).toBeNaN();
});

test('O9: on x²/20 + y², −∇f points more than 45° away from the minimum over most of the box, and mostly along y', async () => {
  const r = await field();
  // Every arrow is the formula: ∇f = (x/10, 2y), and its angle to the minimum.
  expect(r.arrows.length).toBe(21 * 11);
  for (const a of r.arrows) {
    expect(a.gx).toBeCloseTo(a.x / 10, 14);
    expect(a.gy).toBeCloseTo(2 * a.y, 14);
    if (a.x !== 0 || a.y !== 0) expect(a.angle).toBeCloseTo(angle(a.x, a.y), 8);
  }
  // At the start (−7, 2), the gradient (−0.7, 4) is 64° off the way to the minimum.
  expect(r.start.angle).toBeCloseTo(angle(-7, 2), 8);
  expect(r.start.angle).toBeGreaterThan(60);
  // Over the box: measured 66% beyond 45°, median 54°, |∂f/∂y| > |∂f/∂x| at 95% of the points.
  expect(r.stats.fractionAbove).toBeGreaterThan(0.6);
  expect(r.stats.medianAngle).toBeGreaterThan(50);
  expect(r.stats.fractionYMajor).toBeGreaterThan(0.9);
  // The shares agree with a count done here on a coarser grid.
  let above = 0,
    n = 0;
  for (let i = 0; i <= 100; i++)
    for (let j = 0; j <= 50; j++) {
      const x = -10 + i / 5,
        y = -5 + j / 5;
      if (x === 0 && y === 0) continue;
      n++;
      if (angle(x, y) > 45) above++;
    }
  expect(Math.abs(above / n - r.stats.fractionAbove)).toBeLessThan(0.02);
  // The same bowl turned by 45° is no longer aligned with the axes: there y is not the major direction.
  const turned = await field({ surface: 'ellipse' });
  expect(turned.stats.fractionYMajor).toBeLessThan(0.6);
  // SGD's path drawn on the surface is the core's: 31 points, the first one the start.
  expect(r.sgd.points.length).toBe(31 * 3);
  expect(r.sgd.points.slice(0, 3)).toEqual([-7, 2, 6.45]);
});
