/**
 * Weight initialisers: the formulas, named precisely.
 *
 *   const W = new Float64Array(784 * 100);
 *   initWeights({ kind: 'he', dist: 'normal' }, 784, 100, rng, W);      // std = √(2/784)
 *   initStd({ kind: 'glorot', dist: 'uniform' }, 784, 100);              // √(2/884)
 *   initWeights({ kind: 'lecun', dist: 'normal', gain: gain('tanh') }, 100, 100, rng, W2);
 *
 * Every scheme fixes a standard deviation σ from the layer's fan-in n_in (inputs per unit) and
 * fan-out n_out (units); the weights are then drawn from N(0, σ²) or, for `dist: 'uniform'`,
 * from U(−a, a) with a = √3·σ, the uniform distribution with the same variance
 * (Var U(−a, a) = a²/3). Sources disagree about which name means which formula, so here they
 * are, one name each:
 *
 *   lecun   Var = gain² / n_in                    (LeCun et al., "Efficient BackProp", 1998)
 *   xavier  W = N(0, 1) / √n_in, i.e. Var = gain² / n_in with gain = 1: the fan-in form the
 *           cs231n lecture calls "Xavier". Numerically it is exactly LeCun normal; it is NOT
 *           the formula of Glorot & Bengio's paper (that one is `glorot` below).
 *   glorot  Var = gain² · 2 / (n_in + n_out)       (Glorot & Bengio 2010, "normalised init");
 *           the uniform form has bound a = gain · √(6 / (n_in + n_out)).
 *   he      Var = gain² · 2 / ((1 + slope²) · n_in)  (He et al. 2015, "Kaiming"; slope is the
 *           negative slope of a leaky ReLU, 0 for plain ReLU, so plain ReLU gives 2 / n_in).
 *
 * `gain` defaults to 1 everywhere. Note that `he` already contains the ReLU factor 2, so
 * `{ kind: 'he' }` with gain 1 is the ReLU initialisation; multiplying by gain('relu') = √2 on
 * top would double the variance. The `gain()` helper below is for the fan-in (`lecun`) and
 * `glorot` schemes, where the activation's gain is conventionally folded in.
 */
import type { Rng } from './rng.ts';

/** Which initialiser: a fixed value, a fixed distribution, or a fan-based scheme. */
export type InitSpec =
  | { kind: 'zeros' }
  | { kind: 'constant'; value: number }
  | { kind: 'normal'; std: number }
  | { kind: 'uniform'; limit: number }
  | { kind: 'lecun' | 'xavier' | 'glorot' | 'he'; dist: 'normal' | 'uniform'; gain?: number; slope?: number };

/**
 * The standard deviation a scheme prescribes for a layer with `fanIn` inputs and `fanOut`
 * outputs. For `uniform` it is limit/√3 (the std of U(−limit, limit)); for `zeros` and
 * `constant` it is 0.
 */
export function initStd(spec: InitSpec, fanIn: number, fanOut: number): number {
  switch (spec.kind) {
    case 'zeros':
    case 'constant':
      return 0;
    case 'normal':
      return spec.std;
    case 'uniform':
      return spec.limit / Math.sqrt(3);
  }
  if (!(fanIn > 0)) throw new Error(`initStd: fanIn must be positive, got ${fanIn}`);
  const g = spec.gain ?? 1;
  switch (spec.kind) {
    case 'lecun':
    case 'xavier':
      // σ² = g² / n_in
      return g / Math.sqrt(fanIn);
    case 'glorot':
      if (!(fanOut > 0)) throw new Error(`initStd: glorot needs a positive fanOut, got ${fanOut}`);
      // σ² = g² · 2 / (n_in + n_out)
      return g * Math.sqrt(2 / (fanIn + fanOut));
    case 'he': {
      const s = spec.slope ?? 0;
      // σ² = g² · 2 / ((1 + slope²) · n_in)
      return g * Math.sqrt(2 / ((1 + s * s) * fanIn));
    }
  }
  throw new Error(`initStd: unknown initialiser ${(spec as { kind: string }).kind}`);
}

/**
 * Fills `out` (a fanIn × fanOut weight matrix, row-major) with draws from the scheme, using
 * `rng`, and returns it. Normal schemes draw N(0, σ²); uniform schemes draw U(−a, a) with
 * a = √3·σ (for `glorot` that is gain·√(6/(n_in+n_out)), for `uniform` it is the given limit).
 */
export function initWeights(spec: InitSpec, fanIn: number, fanOut: number, rng: Rng, out: Float64Array): Float64Array {
  switch (spec.kind) {
    case 'zeros':
      return out.fill(0);
    case 'constant':
      return out.fill(spec.value);
    case 'normal':
      return rng.fillNormal(out, spec.std);
    case 'uniform':
      return rng.fillUniform(out, -spec.limit, spec.limit);
  }
  const std = initStd(spec, fanIn, fanOut);
  if (spec.dist === 'uniform') {
    const a = Math.sqrt(3) * std;
    return rng.fillUniform(out, -a, a);
  }
  return rng.fillNormal(out, std);
}

/**
 * The conventional gain for an activation (the factor by which a fan-in initialisation is
 * scaled to keep the forward signal's variance steady through that nonlinearity):
 *
 *   'linear' / 'identity'   1
 *   'sigmoid'               1   (a convention, not a derivation: σ'(0) = 1/4)
 *   'tanh'                  5/3
 *   'relu'                  √2           (ReLU keeps half the second moment)
 *   'leaky_relu'            √(2 / (1 + slope²)), slope defaulting to 0.01
 *
 * Other names throw: there is no agreed gain for them, and a silent 1 would be a claim.
 */
export function gain(activation: string, slope?: number): number {
  switch (activation) {
    case 'linear':
    case 'identity':
    case 'sigmoid':
      return 1;
    case 'tanh':
      return 5 / 3;
    case 'relu':
      return Math.SQRT2;
    case 'leaky_relu': {
      const a = slope ?? 0.01;
      return Math.sqrt(2 / (1 + a * a));
    }
  }
  throw new Error(`gain: no conventional gain for activation '${activation}'`);
}
