/**
 * exp, expm1, log, log1p, log10, pow10, powInt and tanh from IEEE arithmetic (see ../mathfn.ts
 * for why the core has its own).
 */
// ---------------------------------------------------------------------------------------------
// Constants. Each split constant's parts add up to the true value to ~2^-85 or better; the
// leading parts have trailing zero bits so that k·HI is exact for every k used. The test checks
// the digits against ln 2 and π computed to 200 bits with integer arithmetic.
// ---------------------------------------------------------------------------------------------

/** ln 2 = LN2_HI + LN2_LO; LN2_HI has 32 significant bits. */
export const LN2_HI = 0.69314718036912382;
export const LN2_LO = 1.9082149292705877e-10;
const INV_LN2 = 1.4426950408889634; // 1/ln 2, rounded (only used to choose k)

/** ln 10, rounded to the nearest double. */
const LN10 = 2.3025850929940459;

/** 2^k for k = −1074 … 1023, by exact doubling and halving: POW2[k + 1074]. */
export const POW2 = new Float64Array(1074 + 1024);
POW2[1074] = 1;
for (let k = 1; k <= 1023; k++) POW2[1074 + k] = POW2[1073 + k] * 2;
for (let k = -1; k >= -1074; k--) POW2[1074 + k] = POW2[1075 + k] / 2;

/** The integer nearest to x (halves rounded up). Math.floor(x + 0.5) rather than Math.round,
 *  which is several times slower in V8. */
export function nearestInt(x: number): number {
  return Math.floor(x + 0.5);
}

/** y·2^k for any integer k, rounding at most once (so subnormal results are correctly rounded). */
function scale(y: number, k: number): number {
  if (k > 1023) return y * POW2[1074 + 1023] * POW2[1074 + k - 1023];
  if (k < -1022) return y * POW2[1074 + k + 64] * POW2[1074 - 64];
  return y * POW2[1074 + k];
}

// Bit access for log: the exponent and significand of a double.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
/** Index of the word holding sign, exponent and the top of the significand. */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

// ---------------------------------------------------------------------------------------------
// exp and expm1
// ---------------------------------------------------------------------------------------------

/**
 * e^r − 1 for |r| ≤ ln2/2 + a little, by Taylor's series to r¹³ (the first omitted term is below
 * 5e−18 of the result):  r + r²·(1/2! + r/3! + r²/4! + … + r¹¹/13!).
 */
function expm1Small(r: number): number {
  return r + r * r * expPoly(r);
}

/** e^r = 1 + r + r²·expPoly(r), with 1 + r split into its rounded sum and the exact rounding
 *  error (Fast2Sum), so the result is rounded once at the end. */
function expSmall(r: number): number {
  const s = 1 + r;
  const err = r - (s - 1); // exact, since |r| < 1
  return s + (err + r * r * expPoly(r));
}

/**
 * 1/2! + r/3! + r²/4! + … + r¹¹/13!, by Estrin's scheme: pairs of terms first, then pairs of
 * pairs, so that the processor can work on several at once (Horner's rule would be one long
 * chain of dependent multiply-adds).
 */
function expPoly(r: number): number {
  const r2 = r * r;
  const r4 = r2 * r2;
  const a = 1 / 2 + r * (1 / 6);
  const b = 1 / 24 + r * (1 / 120);
  const c = 1 / 720 + r * (1 / 5040);
  const d = 1 / 40320 + r * (1 / 362880);
  const e = 1 / 3628800 + r * (1 / 39916800);
  const f = 1 / 479001600 + r * (1 / 6227020800);
  return a + r2 * b + r4 * (c + r2 * d) + r4 * r4 * (e + r2 * f);
}

/** Below this x, e^x rounds to 0; above the other bound it overflows. */
const EXP_UNDERFLOW = -746;
const EXP_OVERFLOW = 710;

/**
 * eˣ. Write x = k·ln2 + r with k an integer and |r| ≤ ln2/2; then eˣ = 2^k·(1 + (e^r − 1)).
 * r is computed as (x − k·LN2_HI) − k·LN2_LO: the first product and difference are exact.
 */
export function exp(x: number): number {
  if (!(x > EXP_UNDERFLOW && x < EXP_OVERFLOW)) return x !== x ? NaN : x > 0 ? Infinity : 0;
  const k = nearestInt(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  return scale(expSmall(r), k);
}

/** eˣ − 1, accurate for small |x| where exp(x) − 1 would cancel. */
export function expm1(x: number): number {
  if (!(x > -40 && x < EXP_OVERFLOW)) return x !== x ? NaN : x > 0 ? Infinity : -1; // e^−40 < ulp(1)/2
  if (x === 0) return x; // keeps −0
  const k = nearestInt(x * INV_LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  const q = expm1Small(r);
  if (k > 56) return scale(1 + q, k) - 1;
  // 2^k·(1 + q) − 1 = 2^k·q + (2^k − 1), where 2^k − 1 is exact for −53 ≤ k ≤ 53 (and k = 0
  // gives q itself).
  const p = POW2[1074 + k];
  return p * q + (p - 1);
}

// ---------------------------------------------------------------------------------------------
// log and log1p
// ---------------------------------------------------------------------------------------------

/**
 * ln(1 + f) for √2/2 − 1 ≤ f < √2 − 1. With s = f/(2 + f), ln(1 + f) = 2·artanh(s)
 * = 2s + 2s³/3 + 2s⁵/5 + …, and 2s = f − s·f, so ln(1 + f) = f − s·(f − R) with
 * R = 2z/3 + 2z²/5 + … + 2z¹⁰/21, z = s² ≤ 0.0295 (the first omitted term is below 3e−17 of the
 * result). The large part f is exact; only the small correction s·(f − R) is rounded.
 */
function log1pKernel(f: number): number {
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  // 2/3 + 2z/5 + … + 2z⁹/21 by Estrin's scheme (see expPoly), then times z.
  const R =
    z *
    (2 / 3 +
      z * (2 / 5) +
      z2 * (2 / 7 + z * (2 / 9)) +
      z4 * (2 / 11 + z * (2 / 13) + z2 * (2 / 15 + z * (2 / 17))) +
      z4 * z4 * (2 / 19 + z * (2 / 21)));
  return f - s * (f - R);
}

const SQRT2 = Math.SQRT2;
const TWO_54 = 18014398509481984;

/** ln x. Write x = 2^k·m with √2/2 ≤ m < √2; then ln x = k·ln2 + ln(1 + f), f = m − 1 (exact). */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= TWO_54; // subnormal: make it normal first
    k = -54;
  }
  BITS[0] = x;
  const e = (WORDS[HI] >>> 20) - 1023; // the binary exponent: x = 2^e·(1.fff…)
  let m = x * POW2[1074 - e]; // exact: m ∈ [1, 2)
  k += e;
  if (m >= SQRT2) {
    m *= 0.5;
    k += 1;
  }
  const f = m - 1;
  if (k === 0) return log1pKernel(f);
  return k * LN2_HI + (log1pKernel(f) + k * LN2_LO);
}

/** ln(1 + x), accurate for small |x| where log(1 + x) would lose the digits of x. */
export function log1p(x: number): number {
  if (x > -0.2928932188134524 && x < 0.41421356237309503) return log1pKernel(x); // f = x exactly
  if (!(x > -1)) return x === -1 ? -Infinity : NaN;
  const u = 1 + x;
  // u is rounded; ln(1 + x) = ln u + ln(1 + c/u) ≈ ln u + c/u with c = x − (u − 1) the rounding.
  return log(u) + (x - (u - 1)) / u;
}

/** log base 10. */
export function log10(x: number): number {
  return log(x) / LN10;
}

/** ln 10 = LN10 + LN10_LO (the double nearest to ln 10, and the remainder). */
const LN10_LO = -2.1707562233822494e-16;
/** 2^27 + 1: multiplying by it splits a double into two halves of 26 bits (Veltkamp). */
const SPLITTER = 134217729;

/**
 * 10^x. Integer x up to ±22 exactly (10^n is exact there, so 10^−n = 1/10^n is correctly rounded);
 * otherwise e^(x·ln 10), with the rounding error of the product x·ln 10 carried separately
 * (Dekker's exact product), which otherwise would cost up to 30 ulp at |x| = 15.
 */
export function pow10(x: number): number {
  if (Number.isInteger(x) && x >= -22 && x <= 22) return x >= 0 ? powInt(10, x) : 1 / powInt(10, -x);
  const p = x * LN10;
  if (!Number.isFinite(p)) return exp(p);
  // Exact error of the product: x·LN10 = p + e, with the halves of x and LN10 multiplied exactly.
  const cx = SPLITTER * x,
    xh = cx - (cx - x),
    xl = x - xh;
  const cl = SPLITTER * LN10,
    lh = cl - (cl - LN10),
    ll = LN10 - lh;
  const e = xh * lh - p + xh * ll + xl * lh + xl * ll;
  const y = exp(p);
  return y + y * (e + x * LN10_LO);
}

/** bⁿ for an integer n ≥ 0, by repeated squaring (exact whenever the powers are representable). */
export function powInt(b: number, n: number): number {
  let result = 1;
  let base = b;
  let e = Math.floor(n);
  while (e > 0) {
    if (e & 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// tanh
// ---------------------------------------------------------------------------------------------

/** tanh x = t/(t + 2) with t = e^(2|x|) − 1, sign restored; ±1 beyond |x| = 22 (tanh 22 = 1 − 1.5e−19). */
export function tanh(x: number): number {
  const a = x < 0 ? -x : x;
  if (a < 1e-9) return x; // tanh x = x − x³/3: the cube is below half an ulp (also keeps −0)
  if (!(a < 22)) return x !== x ? NaN : x > 0 ? 1 : -1;
  const t = expm1(2 * a);
  const y = t / (t + 2);
  return x < 0 ? -y : y;
}
