/**
 * The Xavier and He derivations, checked (claims D1–D4): a deep stack of bias-free layers at
 * initialisation, where every layer's measured variance ratio is put next to the ratio the
 * derivation predicts.
 *
 *   const { result } = await runToEnd(derivVariance, { act: 'relu', init: 'he', dist: 'normal', gain: false,
 *     layers: 6, width: 200, shape: 'constant', samples: 1000, seed: 1 }, ctx);
 *   result.layers[3].fwd_ratio, result.layers[3].fwd_pred    // ≈ 1 and exactly 1
 *
 * The derivation, for one layer z = h W with independent zero-mean weights of variance v:
 *   forward   Var(z_l) = n_in · v · E[h_{l−1}²] = n_in · v · κ · Var(z_{l−1})
 *   backward  Var(∂L/∂h_{l−1}) = n_out · v · E[f'(z_l)²] · Var(∂L/∂h_l) = n_out · v · κ' · Var(∂L/∂h_l)
 * where κ = E[f(z)²]/Var(z) and κ' = E[f'(z)²] are what the nonlinearity keeps. The derivation
 * assumes κ = κ' = 1 for linear units and for tanh (its linear regime around 0), and
 * κ = κ' = 1/2 for ReLU, (1 + a²)/2 for leaky ReLU with slope a (exact for a symmetric z).
 * `fwd_pred` and `back_pred` use those assumed values; the measured κ and κ' are reported
 * beside them, so where the prediction fails one sees which assumption broke.
 *
 * The layer widths are `width` throughout (shape 'constant') or alternate width, 4·width,
 * width, … (shape 'alternating'), where fan-in and fan-out differ and Glorot's compromise
 * 2/(n_in + n_out) sits between the forward and the backward condition.
 */
import type { Experiment } from './types.ts';
import { gain as conventionalGain, initStd, type InitSpec } from '../init.ts';
import { deepStack, type LayerStats } from './lib/init-deep.ts';
import { exp, tanh } from '../mathfn.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'deriv-variance';

export type DerivAct = 'linear' | 'tanh' | 'relu' | 'leaky_relu';
export type DerivInit = 'lecun' | 'fanout' | 'glorot' | 'he';

export interface DerivVarianceConfig {
  act: DerivAct;
  /** Leaky ReLU slope a (default 0.01). */
  alpha?: number;
  init: DerivInit;
  dist: 'normal' | 'uniform';
  /** Multiply lecun / fanout / glorot by the activation's conventional gain (He has its own factor). */
  gain: boolean;
  layers: number;
  width: number;
  shape: 'constant' | 'alternating';
  samples: number;
  seed: number;
}

export interface DerivLayer {
  layer: number;
  n_in: number;
  n_out: number;
  /** Variance the initialiser prescribes, and the sample variance of the drawn weights. */
  w_var_formula: number;
  w_var: number;
  /** Var(z_l) / Var(z_{l−1}) (Var(x) for layer 1), measured and predicted. */
  fwd_ratio: number;
  fwd_pred: number;
  /** Var(∂L/∂h_{l−1}) / Var(∂L/∂h_l), measured and predicted. */
  back_ratio: number;
  back_pred: number;
  /** The same predictions with the measured κ and κ' in place of the assumed ones (the bare identity Var(z) = n·v·E[h²]). */
  fwd_pred_measured: number;
  back_pred_measured: number;
  /** Measured κ of the layer's input (1 for the raw input) and κ' of this layer. */
  kappa: number;
  kappa_back: number;
  /** Var(z_l). */
  z_var: number;
}

/** A frame: the fraction of the work done, and the rows of every layer measured so far (see derivLayers). */
export interface DerivFrame {
  done: number;
  layers: DerivLayer[];
}

export interface GainRow {
  act: string;
  /** The conventional gain (src/core/init.ts). */
  conventional: number;
  /** 1/√(E[f(z)²]) for z ~ N(0, 1): the factor that keeps the second moment at 1 for unit-variance input. */
  derived: number;
}

export interface DerivVarianceResult {
  layers: DerivLayer[];
  diverged: boolean;
  gains: GainRow[];
  /** With the tanh gain 5/3 on a fan-in init, the variance q at which q = g²·E[tanh(√q·z)²] (the fixed point). */
  tanhFixedPoint: number;
}

/** The κ (= κ') the derivation assumes for an activation. */
export function assumedKappa(act: DerivAct, alpha = 0.01): number {
  if (act === 'relu') return 0.5;
  if (act === 'leaky_relu') return (1 + alpha * alpha) / 2;
  return 1;
}

export function derivWidths(config: Pick<DerivVarianceConfig, 'layers' | 'width' | 'shape'>): number[] {
  return Array.from({ length: config.layers + 1 }, (_, i) =>
    config.shape === 'alternating' && i % 2 === 1 ? 4 * config.width : config.width,
  );
}

export function derivSpec(config: DerivVarianceConfig, _nIn: number, nOut: number): InitSpec {
  const a = config.alpha ?? 0.01;
  const g =
    config.gain && config.init !== 'he' ? conventionalGain(config.act === 'linear' ? 'linear' : config.act, a) : 1;
  switch (config.init) {
    case 'lecun':
      return { kind: 'lecun', dist: config.dist, gain: g };
    case 'glorot':
      return { kind: 'glorot', dist: config.dist, gain: g };
    case 'he':
      return { kind: 'he', dist: config.dist, slope: config.act === 'leaky_relu' ? a : 0 };
    case 'fanout': {
      // Var = g²/n_out: the backward condition alone.
      const std = g / Math.sqrt(nOut);
      return config.dist === 'uniform' ? { kind: 'uniform', limit: Math.sqrt(3) * std } : { kind: 'normal', std };
    }
  }
}

/** E[f(z)^2] for z ~ N(0, q), by the trapezoid rule on ±12 standard deviations. */
export function secondMoment(f: (x: number) => number, q = 1): number {
  const s = Math.sqrt(q);
  const n = 24000;
  const lo = -12,
    h = 24 / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const z = lo + i * h;
    const w = i === 0 || i === n ? 0.5 : 1;
    const v = f(s * z);
    sum += w * v * v * exp(-0.5 * z * z);
  }
  return (sum * h) / Math.sqrt(2 * Math.PI);
}

export function gainTable(alpha = 0.01): GainRow[] {
  const rows: [string, (x: number) => number, number][] = [
    ['linear', (x) => x, conventionalGain('linear')],
    ['tanh', tanh, conventionalGain('tanh')],
    ['relu', (x) => (x > 0 ? x : 0), conventionalGain('relu')],
    [`leaky_relu (a = ${alpha})`, (x) => (x > 0 ? x : alpha * x), conventionalGain('leaky_relu', alpha)],
  ];
  return rows.map(([act, f, conventional]) => ({ act, conventional, derived: 1 / Math.sqrt(secondMoment(f)) }));
}

/** Fixed point of q ← g²·E[tanh(√q·z)²] (from q = 1). */
export function tanhFixedPoint(g: number): number {
  let q = 1;
  for (let i = 0; i < 200; i++) {
    const next = g * g * secondMoment(tanh, q);
    if (Math.abs(next - q) < 1e-12) return next;
    q = next;
  }
  return q;
}

/**
 * The rows of the layers measured so far, from the instrument's statistics. On the way forward a
 * layer's backward fields are NaN (its gradients are not measured yet).
 */
export function derivLayers(config: DerivVarianceConfig, stats: readonly LayerStats[]): DerivLayer[] {
  const k = assumedKappa(config.act, config.alpha ?? 0.01);
  return stats.map((s, i) => {
    const std = initStd(derivSpec(config, s.nIn, s.nOut), s.nIn, s.nOut);
    const v = std * std;
    const prevZ = i === 0 ? s.in_var : stats[i - 1].z_var;
    const kIn = i === 0 ? 1 : k;
    return {
      layer: s.layer,
      n_in: s.nIn,
      n_out: s.nOut,
      w_var_formula: v,
      w_var: s.w_var,
      fwd_ratio: s.z_var / prevZ,
      fwd_pred: s.nIn * v * kIn,
      back_ratio: s.back_ratio,
      back_pred: s.nOut * v * k,
      fwd_pred_measured: (s.nIn * v * s.in_m2) / prevZ,
      back_pred_measured: s.nOut * v * s.kappa_back,
      kappa: i === 0 ? s.in_m2 / s.in_var : stats[i - 1].kappa,
      kappa_back: s.kappa_back,
      z_var: s.z_var,
    };
  });
}

export const derivVariance: Experiment<DerivVarianceConfig, DerivFrame, DerivVarianceResult> =
  async function* derivVariance(config) {
    const alpha = config.alpha ?? 0.01;
    const stack = deepStack({
      widths: derivWidths(config),
      act: config.act,
      alpha,
      weight: (_l, nIn, nOut) => derivSpec(config, nIn, nOut),
      samples: config.samples,
      seed: config.seed,
      bins: 1,
    });
    // Each layer's row as soon as it is measured: the forward columns first, then the backward ones.
    const measured: LayerStats[] = [];
    let layers: DerivLayer[] = [];
    for (;;) {
      const step = await stack.next();
      if (step.done) {
        const res = step.value;
        return {
          layers: derivLayers(config, res.layers),
          diverged: res.diverged,
          gains: gainTable(alpha),
          tanhFixedPoint: tanhFixedPoint(5 / 3),
        };
      }
      const p = step.value;
      if (p.stats) {
        measured[p.stats.layer - 1] = p.stats;
        layers = derivLayers(config, measured);
      }
      yield { done: p.done, layers };
    }
  };
export default derivVariance;
