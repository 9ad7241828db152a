/**
 * Activation functions and their derivatives, one scalar at a time or over whole arrays.
 *
 *   const act = activation('tanh');
 *   const y = act.f(0.5);          // tanh(0.5)
 *   const d = act.df(0.5, y);      // tanh'(0.5) = 1 − y²
 *   activation({ name: 'leaky_relu', alpha: 0.1 }).f(-2);   // −0.2
 *   activationForward(act, z, a);  activationBackward(act, z, a, da, dz);  // whole arrays
 *
 * `df(x, y)` is the local derivative f'(x); it receives both the input x and the output
 * y = f(x) so that functions whose derivative is cheapest in terms of y (sigmoid, tanh) need
 * not recompute f. Every function here is written to stay finite for every finite input:
 * sigmoid, softplus and SiLU never evaluate exp of a large positive number, and the derivatives
 * of sigmoid and tanh keep their relative accuracy far into the tails (σ'(40) ≈ 4.2e−18, not 0).
 *
 * Conventions at kinks (the derivative does not exist there; a rule has to be chosen):
 *   relu        f'(0) = 0   (the "x > 0" rule, as in PyTorch and TensorFlow)
 *   leaky_relu  f'(0) = α   (same rule: the slope of the x ≤ 0 piece)
 *   elu         f'(0) = α   (equal to 1 when α = 1, so ELU with α = 1 has no kink at all)
 *
 * GELU is the exact form x·Φ(x) with Φ the standard normal CDF, computed with the `erf`/`erfc`
 * below (absolute error below 1e-15; no tanh approximation).
 */

import { erf, erfc, exp, expm1, log1p, normalCdf, tanh } from './mathfn.ts';

export type ActivationName =
  'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu' | 'gelu' | 'silu' | 'softplus';

/** An activation and its parameter: `alpha` is the leaky-ReLU slope (default 0.01) or ELU's α (default 1). */
export interface ActivationSpec {
  name: ActivationName;
  alpha?: number;
}

export interface ActivationFn {
  readonly name: ActivationName;
  /** The parameter in use (0 for activations without one). */
  readonly alpha: number;
  /** y = f(x). */
  f(x: number): number;
  /** f'(x), given the input x and the output y = f(x). */
  df(x: number, y: number): number;
}

/** Every activation, in the order the course introduces them. */
export const ACTIVATIONS: readonly ActivationName[] = [
  'identity',
  'sigmoid',
  'tanh',
  'relu',
  'leaky_relu',
  'elu',
  'gelu',
  'silu',
  'softplus',
];

// ---------------------------------------------------------------------------------------------
// The error function
// ---------------------------------------------------------------------------------------------

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** The error functions live with the other math functions; re-exported for GELU's readers. */
export { erf, erfc, normalCdf };

/** The logistic sigmoid σ(x) = 1/(1 + e^(−x)), never evaluating exp of a positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + exp(-x));
  const e = exp(x); // x < 0: σ(x) = eˣ/(1 + eˣ)
  return e / (1 + e);
}

// ---------------------------------------------------------------------------------------------
// The activations: each f and f' as a plain function (α passed explicitly where there is one)
// ---------------------------------------------------------------------------------------------

/** σ'(x) = σ(x)(1 − σ(x)). For x ≤ 0, y ≤ ½ and y(1 − y) is exact enough; for x > 0, 1 − y
 *  would cancel, so use the equal form e/(1 + e)² with e = e^(−x). */
function sigmoidDf(x: number, y: number): number {
  if (x <= 0) return y * (1 - y);
  const e = exp(-x);
  const t = 1 / (1 + e);
  return e * t * t;
}

/** tanh'(x) = 1 − y². For |x| ≥ 0.55, 1 − y² cancels, so use the equal form 4e/(1 + e)² with
 *  e = e^(−2|x|). */
function tanhDf(x: number, y: number): number {
  const a = Math.abs(x);
  if (a < 0.55) return 1 - y * y;
  const e = exp(-2 * a);
  const d = 1 + e;
  return (4 * e) / (d * d);
}

/** relu(x) = max(0, x). */
function relu(x: number): number {
  return x > 0 ? x : 0;
}
/** relu'(x) = 1 if x > 0, else 0 (including at x = 0 exactly). */
function reluDf(x: number): number {
  return x > 0 ? 1 : 0;
}

/** leaky_relu(x) = x if x > 0, else αx. */
function leakyRelu(x: number, alpha: number): number {
  return x > 0 ? x : alpha * x;
}
/** leaky_relu'(x) = 1 if x > 0, else α. */
function leakyReluDf(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha;
}

/** elu(x) = x if x > 0, else α(eˣ − 1)   (expm1 keeps precision near 0). */
function elu(x: number, alpha: number): number {
  return x > 0 ? x : alpha * expm1(x);
}
/** elu'(x) = 1 if x > 0, else αeˣ   (not y + α, which cancels for very negative x). */
function eluDf(x: number, alpha: number): number {
  return x > 0 ? 1 : alpha * exp(x);
}

/** gelu(x) = x·Φ(x), exact (via erfc). */
function gelu(x: number): number {
  return x * normalCdf(x);
}
/** gelu'(x) = Φ(x) + x·φ(x), with φ(x) = e^(−x²/2)/√(2π) the normal density. */
function geluDf(x: number): number {
  return normalCdf(x) + x * INV_SQRT_2PI * exp(-0.5 * x * x);
}

/** silu(x) = x·σ(x). */
function silu(x: number): number {
  return x * sigmoid(x);
}
/** silu'(x) = σ(x)·(1 + x·(1 − σ(x))) = σ(x)·(1 + x·σ(−x)), both σ's from one exp. */
function siluDf(x: number): number {
  const e = exp(-Math.abs(x));
  const big = 1 / (1 + e); // σ(|x|)
  const small = e * big; //   σ(−|x|)
  return x >= 0 ? big * (1 + x * small) : small * (1 + x * big);
}

/** softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|))   (never exp of a large number). */
function softplus(x: number): number {
  return (x > 0 ? x : 0) + log1p(exp(-Math.abs(x)));
}
/** softplus'(x) = σ(x). */
function softplusDf(x: number): number {
  return sigmoid(x);
}

/** Looks up an activation by name or spec (the returned object is frozen). */
export function activation(spec: ActivationSpec | ActivationName): ActivationFn {
  const fn = Object.freeze(makeActivation(spec));
  MADE.add(fn);
  return fn;
}

function makeActivation(spec: ActivationSpec | ActivationName): ActivationFn {
  const s: ActivationSpec = typeof spec === 'string' ? { name: spec } : spec;
  switch (s.name) {
    case 'identity':
      return { name: 'identity', alpha: 0, f: (x) => x, df: () => 1 };
    case 'sigmoid':
      return { name: 'sigmoid', alpha: 0, f: sigmoid, df: sigmoidDf };
    case 'tanh':
      return { name: 'tanh', alpha: 0, f: tanh, df: tanhDf };
    case 'relu':
      return { name: 'relu', alpha: 0, f: relu, df: reluDf };
    case 'leaky_relu': {
      const alpha = s.alpha ?? 0.01;
      return { name: 'leaky_relu', alpha, f: (x) => leakyRelu(x, alpha), df: (x) => leakyReluDf(x, alpha) };
    }
    case 'elu': {
      const alpha = s.alpha ?? 1;
      return { name: 'elu', alpha, f: (x) => elu(x, alpha), df: (x) => eluDf(x, alpha) };
    }
    case 'gelu':
      return { name: 'gelu', alpha: 0, f: gelu, df: geluDf };
    case 'silu':
      return { name: 'silu', alpha: 0, f: silu, df: siluDf };
    case 'softplus':
      return { name: 'softplus', alpha: 0, f: softplus, df: softplusDf };
  }
  throw new Error(`activation: unknown activation '${(s as { name: string }).name}'`);
}

// ---------------------------------------------------------------------------------------------
// Whole arrays at once
// ---------------------------------------------------------------------------------------------
// The same functions, applied over an array. Each case has its own loop calling its own function
// directly, so the JavaScript engine can inline it; a single loop calling `fn.f` would slow
// down several-fold as soon as one program uses several activations (the call site would see
// many different functions). Any other ActivationFn (one not made by `activation()`) falls back
// to calling its own f and df.

/** a[i] = f(z[i]) for every i. */
export function activationForward(fn: ActivationFn, z: Float64Array, a: Float64Array): void {
  const n = z.length,
    al = fn.alpha;
  if (isBuiltin(fn)) {
    switch (fn.name) {
      case 'identity':
        a.set(z);
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) a[i] = sigmoid(z[i]);
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) a[i] = tanh(z[i]);
        return;
      case 'relu':
        // relu(z) without a branch on the sign of z, which the processor guesses wrong for half
        // of a layer's units (the loop ran three times slower). The same values, bit for bit:
        // +(x > 0) is 1 or 0, and + 0 turns −0 into +0; −∞ and NaN, for which 0·x is NaN, take
        // the other way: relu(−∞) = relu(NaN) = 0.
        for (let i = 0; i < n; i++) {
          const x = z[i];
          a[i] = x > -Infinity ? +(x > 0) * x + 0 : 0;
        }
        return;
      case 'leaky_relu':
        for (let i = 0; i < n; i++) a[i] = leakyRelu(z[i], al);
        return;
      case 'elu':
        for (let i = 0; i < n; i++) a[i] = elu(z[i], al);
        return;
      case 'gelu':
        for (let i = 0; i < n; i++) a[i] = gelu(z[i]);
        return;
      case 'silu':
        for (let i = 0; i < n; i++) a[i] = silu(z[i]);
        return;
      case 'softplus':
        for (let i = 0; i < n; i++) a[i] = softplus(z[i]);
        return;
    }
  }
  for (let i = 0; i < n; i++) a[i] = fn.f(z[i]);
}

/** dz[i] = da[i]·f'(z[i]) for every i, given the outputs a = f(z). */
export function activationBackward(
  fn: ActivationFn,
  z: Float64Array,
  a: Float64Array,
  da: Float64Array,
  dz: Float64Array,
): void {
  const n = z.length,
    al = fn.alpha;
  if (isBuiltin(fn)) {
    switch (fn.name) {
      case 'identity':
        dz.set(da);
        return;
      case 'sigmoid':
        for (let i = 0; i < n; i++) dz[i] = da[i] * sigmoidDf(z[i], a[i]);
        return;
      case 'tanh':
        for (let i = 0; i < n; i++) dz[i] = da[i] * tanhDf(z[i], a[i]);
        return;
      case 'relu':
        // da·relu'(z) without a branch (see activationForward): +(z > 0) is exactly reluDf(z).
        for (let i = 0; i < n; i++) dz[i] = da[i] * +(z[i] > 0);
        return;
      case 'leaky_relu':
        for (let i = 0; i < n; i++) dz[i] = da[i] * leakyReluDf(z[i], al);
        return;
      case 'elu':
        for (let i = 0; i < n; i++) dz[i] = da[i] * eluDf(z[i], al);
        return;
      case 'gelu':
        for (let i = 0; i < n; i++) dz[i] = da[i] * geluDf(z[i]);
        return;
      case 'silu':
        for (let i = 0; i < n; i++) dz[i] = da[i] * siluDf(z[i]);
        return;
      case 'softplus':
        for (let i = 0; i < n; i++) dz[i] = da[i] * softplusDf(z[i]);
        return;
    }
  }
  for (let i = 0; i < n; i++) dz[i] = da[i] * fn.df(z[i], a[i]);
}

/** The (frozen) objects made by `activation()`: for these the fast loops compute exactly f and df. */
const MADE = new WeakSet<ActivationFn>();
function isBuiltin(fn: ActivationFn): boolean {
  return MADE.has(fn);
}
