/**
 * The activation-statistics explorer (claims I3–I9, I12): a deep stack of `layers` fully
 * connected layers of `width` units, fed `samples` unit-Gaussian inputs, with weights drawn by
 * one initialiser; per layer, the mean and spread of the activations, the fraction of saturated
 * and of exactly-zero units, a histogram, and the spread of the gradient with respect to the
 * activations when a unit Gaussian gradient is back-propagated from the top.
 *
 *   const { result } = await runToEnd(initStats, { layers: 10, width: 500, samples: 1000, act: 'tanh',
 *                                                   init: 'normal', dist: 'normal', std: 0.01, seed: 1 }, ctx);
 *   result.layers[9].std      // the lecture's collapse: ≈ 0 at layer 10
 *
 * Initialisers (n_in = fan-in, n_out = fan-out of the layer; see src/core/init.ts):
 *   normal   N(0, std²)  (or U(−√3·std, √3·std) with dist = 'uniform')
 *   lecun    Var = 1/n_in               xavier  the same formula, under the name the lecture uses
 *   glorot   Var = 2/(n_in + n_out)     he      Var = 2/((1 + a²)·n_in)  (a = leaky slope, 0 otherwise)
 */
import type { Experiment } from './types.ts';
import type { InitSpec } from '../init.ts';
import { deepStack, type DeepAct, type DeepProgress, type LayerStats } from './lib/init-deep.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'init-stats';

export type InitKind = 'normal' | 'lecun' | 'xavier' | 'glorot' | 'he';

export interface InitStatsConfig {
  layers: number;
  width: number;
  samples: number;
  act: DeepAct;
  init: InitKind;
  dist: 'normal' | 'uniform';
  /** The weight std when init = 'normal'. */
  std: number;
  seed: number;
  /** Leaky ReLU slope (default 0.01). */
  alpha?: number;
}

export interface InitStatsResult {
  layers: LayerStats[];
  range: [number, number];
  diverged: boolean;
  /** The std every weight was drawn with, per layer. */
  weightStd: number[];
}

/** The InitSpec a config asks for (the same for every layer: the stack is square). */
export function initSpecOf(config: Pick<InitStatsConfig, 'init' | 'dist' | 'std' | 'act' | 'alpha'>): InitSpec {
  if (config.init === 'normal') {
    return config.dist === 'uniform'
      ? { kind: 'uniform', limit: Math.sqrt(3) * config.std }
      : { kind: 'normal', std: config.std };
  }
  if (config.init === 'he' && config.act === 'leaky_relu')
    return { kind: 'he', dist: config.dist, slope: config.alpha ?? 0.01 };
  return { kind: config.init, dist: config.dist };
}

export const initStats: Experiment<InitStatsConfig, DeepProgress, InitStatsResult> = async function* initStats(config) {
  const spec = initSpecOf(config);
  const widths = Array.from({ length: config.layers + 1 }, () => config.width);
  const res = yield* deepStack({
    widths,
    act: config.act,
    alpha: config.alpha,
    weight: () => spec,
    samples: config.samples,
    seed: config.seed,
  });
  return { ...res, weightStd: res.layers.map((l) => Math.sqrt(l.w_var)) };
};
export default initStats;
