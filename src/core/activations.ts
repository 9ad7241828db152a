/**
 * Activation functions and their derivatives, one scalar at a time.
 *
 *   const act = activation('tanh');
 *   const y = act.f(0.5);          // tanh(0.5)
 *   const d = act.df(0.5, y);      // tanh'(0.5) = 1 − y²
 *   activation({ name: 'leaky_relu', alpha: 0.1 }).f(-2);   // −0.2
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

export type ActivationName = 'identity' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'elu' | 'gelu' | 'silu' | 'softplus';

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

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
const INV_SQRT_2 = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
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
  return TWO_OVER_SQRT_PI * x * Math.exp(-x2) * sum;
}

/** e^(−x²) without the rounding error of x² (split x = xh + xl with xh a multiple of 1/16). */
function expMinusSquare(x: number): number {
  const xh = Math.round(x * 16) / 16;
  return Math.exp(-xh * xh) * Math.exp(-(x - xh) * (x + xh));
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

/** The logistic sigmoid σ(x) = 1/(1 + e^(−x)), never evaluating exp of a positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x); // x < 0: σ(x) = eˣ/(1 + eˣ)
  return e / (1 + e);
}

// ---------------------------------------------------------------------------------------------
// The activations
// ---------------------------------------------------------------------------------------------

/** Looks up an activation by name or spec. */
export function activation(spec: ActivationSpec | ActivationName): ActivationFn {
  const s: ActivationSpec = typeof spec === 'string' ? { name: spec } : spec;
  switch (s.name) {
    case 'identity':
      return {
        name: 'identity',
        alpha: 0,
        f: (x) => x,
        df: () => 1,
      };

    case 'sigmoid':
      return {
        name: 'sigmoid',
        alpha: 0,
        f: sigmoid,
        // σ'(x) = σ(x)(1 − σ(x)). For x ≤ 0, y ≤ ½ and y(1 − y) is exact enough. For x > 0,
        // 1 − y would cancel, so use σ'(x) = e/(1 + e)² with e = e^(−x) instead.
        df: (x, y) => {
          if (x <= 0) return y * (1 - y);
          const e = Math.exp(-x);
          const t = 1 / (1 + e);
          return e * t * t;
        },
      };

    case 'tanh':
      return {
        name: 'tanh',
        alpha: 0,
        f: Math.tanh,
        // tanh'(x) = 1 − y². For |x| ≥ 0.55, 1 − y² cancels, so use the equal form
        // 4e/(1 + e)² with e = e^(−2|x|).
        df: (x, y) => {
          const a = Math.abs(x);
          if (a < 0.55) return 1 - y * y;
          const e = Math.exp(-2 * a);
          const d = 1 + e;
          return (4 * e) / (d * d);
        },
      };

    case 'relu':
      return {
        name: 'relu',
        alpha: 0,
        // f(x) = max(0, x)
        f: (x) => (x > 0 ? x : 0),
        // f'(x) = 1 if x > 0, else 0 (including at x = 0 exactly)
        df: (x) => (x > 0 ? 1 : 0),
      };

    case 'leaky_relu': {
      const alpha = s.alpha ?? 0.01;
      return {
        name: 'leaky_relu',
        alpha,
        // f(x) = x if x > 0, else αx
        f: (x) => (x > 0 ? x : alpha * x),
        df: (x) => (x > 0 ? 1 : alpha),
      };
    }

    case 'elu': {
      const alpha = s.alpha ?? 1;
      return {
        name: 'elu',
        alpha,
        // f(x) = x if x > 0, else α(eˣ − 1)   (expm1 keeps precision near 0)
        f: (x) => (x > 0 ? x : alpha * Math.expm1(x)),
        // f'(x) = 1 if x > 0, else αeˣ   (not y + α, which cancels for very negative x)
        df: (x) => (x > 0 ? 1 : alpha * Math.exp(x)),
      };
    }

    case 'gelu':
      return {
        name: 'gelu',
        alpha: 0,
        // f(x) = x·Φ(x)   (exact, via erfc)
        f: (x) => x * normalCdf(x),
        // f'(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π)
        df: (x) => normalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x),
      };

    case 'silu':
      return {
        name: 'silu',
        alpha: 0,
        // f(x) = x·σ(x)
        f: (x) => x * sigmoid(x),
        // f'(x) = σ(x)·(1 + x·(1 − σ(x))) = σ(x)·(1 + x·σ(−x))
        df: (x) => {
          const e = Math.exp(-Math.abs(x));
          const big = 1 / (1 + e); // σ(|x|)
          const small = e * big; //   σ(−|x|)
          return x >= 0 ? big * (1 + x * small) : small * (1 + x * big);
        },
      };

    case 'softplus':
      return {
        name: 'softplus',
        alpha: 0,
        // f(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|))
        f: (x) => (x > 0 ? x : 0) + Math.log1p(Math.exp(-Math.abs(x))),
        // f'(x) = σ(x)
        df: (x) => sigmoid(x),
      };
  }
  throw new Error(`activation: unknown activation '${(s as { name: string }).name}'`);
}
