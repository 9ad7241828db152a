/**
 * The convergence race (A6, A13): the same small MNIST network trained with different hidden
 * activations, from the same initial weights and the same mini-batch order, with plain SGD.
 * Over several seeds it reports how many iterations each activation needs to bring the training
 * loss down to a threshold, and the ratios to ReLU (Krizhevsky et al. 2012 quote about 6× for a
 * deep CNN on CIFAR-10; this measures what the course's data and network give).
 *
 *   const { result } = await runToEnd(actRace, { activations: ['relu', 'tanh', 'sigmoid'], seeds: 3, … }, ctx);
 *   result.median.sigmoid / result.median.relu     // the measured ratio
 */
import type { Experiment } from './types.ts';
import { lockstep, trainingOf, type LockstepTraining, type RaceActivation } from './lib/act-lockstep.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-race';

export interface ActRaceConfig extends LockstepTraining {
  activations: RaceActivation[];
  hidden: number;
  layers: number;
  /** Number of seeds, run one after the other: seed, seed + 1, … */
  seeds: number;
  seed: number;
}

export interface ActRaceFrame {
  /** 0-based index of the seed being run. */
  run: number;
  iteration: number;
  /** Loss per activation (config order) on evaluation iterations, else null. */
  losses: number[] | null;
}

export interface ActRaceResult {
  /** [run][activation]: iterations to reach the threshold (null: not within the budget). */
  iters: (number | null)[][];
  /** Per activation: median over seeds (a run that never reached counts as the budget + 1). */
  median: Record<string, number>;
  /** Per activation: how many seeds reached the threshold. */
  reached: Record<string, number>;
  /** Per activation: median iterations divided by ReLU's (null if ReLU was not in the race). */
  ratioToRelu: Record<string, number | null>;
  diverged: Record<string, number>;
}

export const actRace: Experiment<ActRaceConfig, ActRaceFrame, ActRaceResult> = async function* actRace(config, ctx) {
  checkLimit('maxIterations', config.iterations * config.seeds, 'iterations × seeds');
  const acts = config.activations;
  const iters: (number | null)[][] = [];
  const diverged: Record<string, number> = Object.fromEntries(acts.map((a) => [a, 0]));
  for (let run = 0; run < config.seeds; run++) {
    const gen = lockstep(
      {
        ...trainingOf(config),
        variants: acts.map((a) => ({ name: a, activation: a, scale: 'unit' as const })),
        hidden: new Array(config.layers).fill(config.hidden),
        seed: config.seed + run,
      },
      ctx,
    );
    for (;;) {
      const s = await gen.next();
      if (s.done) {
        iters.push(s.value.itersToThreshold);
        s.value.diverged.forEach((d, j) => d && diverged[acts[j]]++);
        break;
      }
      yield { run, iteration: s.value.iteration, losses: s.value.losses };
    }
  }
  const median: Record<string, number> = {};
  const reached: Record<string, number> = {};
  acts.forEach((a, j) => {
    const v = iters.map((r) => r[j] ?? config.iterations + 1).sort((p, q) => p - q);
    const m = v.length;
    median[a] = m % 2 ? v[(m - 1) / 2] : (v[m / 2 - 1] + v[m / 2]) / 2;
    reached[a] = iters.filter((r) => r[j] !== null).length;
  });
  const ratioToRelu: Record<string, number | null> = {};
  for (const a of acts) ratioToRelu[a] = 'relu' in median ? median[a] / median.relu : null;
  return { iters, median, reached, ratioToRelu, diverged };
};
export default actRace;
