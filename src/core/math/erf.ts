/**
 * The error function erf, its complement erfc and the standard normal CDF Φ, from IEEE
 * arithmetic and the core's exp (GELU is x·Φ(x)).
 */
import { exp } from './exp.ts';

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const INV_SQRT_2 = Math.SQRT1_2;

/** Below this |x|, erf comes from its power series; above, erfc from its continued fraction. */
const ERF_SPLIT = 2;

/**
 * erf(x) for |x| < ERF_SPLIT, from the series with positive terms only (no cancellation):
 *   erf(x) = (2/√π) · x · e^(−x²) · Σₙ (2x²)ⁿ / (1·3·5···(2n+1)).
 */
function erfSeries(x: number): number {
  const x2 = x * x;
  const r = 2 * x2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 200; n++) {
    term *= r / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return TWO_OVER_SQRT_PI * x * exp(-x2) * sum;
}

/** e^(−x²) without the rounding error of x² (split x = xh + xl with xh a multiple of 1/16). */
function expMinusSquare(x: number): number {
  const xh = Math.round(x * 16) / 16;
  return exp(-xh * xh) * exp(-(x - xh) * (x + xh));
}

/**
 * erfc(x) for x ≥ ERF_SPLIT, from Laplace's continued fraction
 *   erfc(x) = (e^(−x²)/√π) · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
 * evaluated front to back by the modified Lentz method.
 */
function erfcContinuedFraction(x: number): number {
  if (x > 30) return 0; // erfc(x) < e^(−900): below the smallest float64 (also catches +∞)
  let f = x;
  let C = x;
  let D = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    D = 1 / (x + a * D);
    C = x + a / C;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (expMinusSquare(x) * INV_SQRT_PI) / f;
}

/** The error function erf(x) = (2/√π)∫₀ˣ e^(−t²) dt; absolute error < 1e-15. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (Math.abs(x) < ERF_SPLIT) return erfSeries(x);
  return x > 0 ? 1 - erfcContinuedFraction(x) : erfcContinuedFraction(-x) - 1;
}

/**
 * The complementary error function erfc(x) = 1 − erf(x), accurate in relative terms in the
 * right tail too (erfc(10) ≈ 2.09e−45, where 1 − erf(10) would give 0).
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < ERF_SPLIT) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

/** Φ(x), the standard normal CDF: ½·erfc(−x/√2) (accurate in the left tail). */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * INV_SQRT_2);
}
