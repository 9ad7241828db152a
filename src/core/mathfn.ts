/**
 * The transcendental functions the core uses, written with IEEE-754 +, −, ×, ÷ and √ only.
 *
 *   exp(x)  expm1(x)  log(x)  log1p(x)  tanh(x)  sin(x)  cos(x)  pow10(x)  powInt(b, n)  hypot(a, b)
 *   erf(x)  erfc(x)  normalCdf(x)
 *
 * They live in math/: exp.ts (the exponential and logarithm family, and tanh), trig.ts (sin, cos,
 * hypot) and erf.ts; this module gathers them.
 *
 * Why not Math.exp and friends? The standard leaves their rounding to the engine, and engines do
 * differ: Node 24 and a current Chromium return different last bits for Math.exp, Math.log,
 * Math.sin, Math.cos, Math.expm1 and Math.log1p on some arguments, so a Gaussian weight or a
 * loss could differ in the 16th digit between a test run in Node and the same run in the
 * reader's browser. Basic arithmetic and √ are correctly rounded everywhere, so functions built
 * from them give the same bits in every engine — and a config plus a seed gives the same numbers
 * everywhere.
 *
 * Accuracy, measured in tests/core/mathfn.test.ts against correctly rounded values: exp, log,
 * log1p, sin and cos within 1 unit in the last place (ulp), expm1 and tanh within 2 (the
 * engines' own functions measure 1–2 on the same points). The methods are the textbook ones:
 * reduce the argument by a multiple of ln 2 or π/2 (Cody–Waite, with the constant split in two
 * or three parts so the product with the multiple is exact), then a Taylor polynomial on the
 * small remainder (Estrin's scheme or Horner's rule).
 */
export { LN2_HI, LN2_LO, exp, expm1, log, log1p, log10, pow10, powInt, tanh } from './math/exp.ts';
export { PIO2_1, PIO2_2, PIO2_3, sin, cos, hypot } from './math/trig.ts';
export { erf, erfc, normalCdf } from './math/erf.ts';
