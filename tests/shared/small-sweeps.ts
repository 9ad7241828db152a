/**
 * Small configurations of sweep experiments, shared by the tests that run them both serially and
 * over a pool (tests/core/sweep.test.ts in Node, tests/components/pool.test.ts in Chromium).
 */
import type { OptRaceConfig } from '../../src/core/experiments/opt-race.ts';
import type { SearchRandomConfig } from '../../src/core/experiments/search-random.ts';

/** Three optimisers on a small MNIST network, 30 iterations. */
export const SMALL_OPT_RACE: OptRaceConfig = {
  racers: [
    { kind: 'sgd', lr: 0.1 },
    { kind: 'adam', lr: 1e-3 },
    { kind: 'momentum', lr: 0.05 },
  ],
  hidden: 20,
  layers: 2,
  batch: 32,
  iterations: 30,
  trainN: 300,
  every: 10,
  seed: 2,
};

/** Five coarse and three fine trials of 20 steps: both stages of the search. */
export const SMALL_SEARCH_RANDOM: SearchRandomConfig = {
  lrLo: -4,
  lrHi: 0,
  regLo: -5,
  regHi: -1,
  coarse: 5,
  fine: 3,
  steps: 20,
  seed: 6,
};
