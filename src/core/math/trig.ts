/**
 * sin, cos and hypot from IEEE arithmetic (see ../mathfn.ts for why the core has its own).
 */
import { nearestInt, POW2 } from './exp.ts';

// The split constant's parts add up to π/2 to ~2^-85 or better; the leading parts have trailing
// zero bits so that n·PIO2_1 and n·PIO2_2 are exact for every quadrant count n used.
/** π/2 = PIO2_1 + PIO2_2 + PIO2_3; the first two have 33 significant bits. */
export const PIO2_1 = 1.5707963267341256;
export const PIO2_2 = 6.077100506303966e-11;
export const PIO2_3 = 2.0222662487959506e-21;
const TWO_OVER_PI = 0.63661977236758134; // 2/π, rounded (only used to choose the quadrant)

// ---------------------------------------------------------------------------------------------
// sin and cos
// ---------------------------------------------------------------------------------------------

/** sin r for |r| ≤ π/4: Taylor's series to r¹⁵ (the first omitted term is below 1e−16 of the result). */
function sinKernel(r: number): number {
  const z = r * r;
  let p = -1 / 1307674368000; // −1/15!
  p = 1 / 6227020800 + z * p;
  p = -1 / 39916800 + z * p;
  p = 1 / 362880 + z * p;
  p = -1 / 5040 + z * p;
  p = 1 / 120 + z * p;
  p = -1 / 6 + z * p;
  return r + r * z * p;
}

/** cos r for |r| ≤ π/4: Taylor's series to r¹⁶. */
function cosKernel(r: number): number {
  const z = r * r;
  let p = 1 / 20922789888000; // 1/16!
  p = -1 / 87178291200 + z * p;
  p = 1 / 479001600 + z * p;
  p = -1 / 3628800 + z * p;
  p = 1 / 40320 + z * p;
  p = -1 / 720 + z * p;
  p = 1 / 24 + z * p;
  return 1 - 0.5 * z + z * z * p;
}

/**
 * r = x − n·π/2 for the integer n nearest to x·2/π, so |r| ≤ π/4 (Cody–Waite with π/2 in three
 * parts: accurate while |n| < 2^20, i.e. |x| < 1.6e6; beyond that still the same bits
 * everywhere, just less accurate). sinQuadrant then picks ±sin or ±cos of r by n mod 4.
 */
function reduceHalfPi(x: number, n: number): number {
  return x - n * PIO2_1 - n * PIO2_2 - n * PIO2_3;
}

/** sin r, cos r, −sin r or −cos r for quadrant q mod 4: sin(r + q·π/2). */
function sinQuadrant(r: number, q: number): number {
  switch (q & 3) {
    case 0:
      return sinKernel(r);
    case 1:
      return cosKernel(r);
    case 2:
      return -sinKernel(r);
    default:
      return -cosKernel(r);
  }
}

/** sin x (radians). */
export function sin(x: number): number {
  if (x > -0.7853981633974483 && x < 0.7853981633974483) return sinKernel(x);
  if (!Number.isFinite(x)) return NaN;
  const n = nearestInt(x * TWO_OVER_PI);
  return sinQuadrant(reduceHalfPi(x, n), n);
}

/** cos x (radians) = sin(x + π/2): one quadrant further. */
export function cos(x: number): number {
  if (x > -0.7853981633974483 && x < 0.7853981633974483) return cosKernel(x);
  if (!Number.isFinite(x)) return NaN;
  const n = nearestInt(x * TWO_OVER_PI);
  return sinQuadrant(reduceHalfPi(x, n), n + 1);
}

// ---------------------------------------------------------------------------------------------
// hypot
// ---------------------------------------------------------------------------------------------

/** √(a² + b²) without overflow or underflow in the squares (engines' Math.hypot algorithms differ). */
export function hypot(a: number, b: number): number {
  const x = a < 0 ? -a : a;
  const y = b < 0 ? -b : b;
  if (x === Infinity || y === Infinity) return Infinity;
  const m = x > y ? x : y;
  if (m === 0 || m !== m) return m === 0 ? 0 : NaN;
  // Far from 1, scale by a power of two (exactly) so that the squares neither overflow nor
  // underflow; the result is the same as unscaled arithmetic would give.
  if (m > 1e150 || m < 1e-150) {
    const k = m > 1 ? 600 : -600;
    const p = x * POW2[1074 - k],
      q = y * POW2[1074 - k];
    return POW2[1074 + k] * Math.sqrt(p * p + q * q);
  }
  return Math.sqrt(x * x + y * y);
}
