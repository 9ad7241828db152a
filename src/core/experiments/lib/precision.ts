/**
 * The arithmetic of each experiment's matrix products, in one place. Every network is float64
 * unless listed here as 'float32': its Dense layers then round the operands of their products
 * to float32 (as TensorFlow.js computes, and about twice as fast with the f32x4 WebAssembly
 * kernel), while weights, updates, losses and statistics stay float64 (src/core/layers/dense.ts).
 * The results stay the same bits in every engine (the float32 kernels are bit-identical).
 *
 * An experiment is listed only if its claims hold with the same thresholds in float32 (its tests
 * run the same code), and it trains MNIST networks long enough for the speed to matter: the
 * sweeps and races that wait for Run, and the two on-load demos that train for over a second
 * (the monitor, random search). The gradient checks, the variance derivations and every
 * experiment whose claim is about a value to many digits (the initial-loss checks) stay float64.
 */
import type { Precision } from '../../layers/dense.ts';

export const PRECISION: Readonly<Record<string, Precision>> = {
  'act-race': 'float32',
  'bn-lr': 'float32',
  'bn-sweep': 'float32',
  'init-mnist': 'float32',
  'opt-race': 'float32',
  'opt-reg': 'float32',
  'sanity-monitor': 'float32',
  'search-random': 'float32',
};

/** The precision experiment `id` computes its products in. */
export function precisionOf(id: string): Precision {
  return PRECISION[id] ?? 'float64';
}
