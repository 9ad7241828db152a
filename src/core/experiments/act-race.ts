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
import { precisionOf } from './lib/precision.ts';
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { lockstep, trainingOf, type LockstepTraining, type RaceActivation } from './lib/act-lockstep.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'act-race';

export interface ActRaceConfig extends LockstepTraining {
  activations: RaceActivation[];
  hidden: number;
  layers: number;
  /** Number of seeds: seed, seed + 1, … */
  seeds: number;
  seed: number;
}

export interface ActRaceFrame {
  /** 0-based index of the seed. */
  run: number;
  /** Index of the activation in `activations`. */
  act: number;
  iteration: number;
  /** That network's evaluation loss on evaluation iterations, else null. */
  loss: number | null;
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

/** One run of the race: one activation on one seed (everything it depends on). */
export interface ActRaceRun extends Omit<ActRaceConfig, 'seeds' | 'activations'> {
  /** 0-based index of the seed. */
  run: number;
  /** The activation, and its index in the race. */
  activation: RaceActivation;
  act: number;
}

/** What one network of the race gives: iterations to the threshold, and whether it diverged. */
export interface ActRaceRunResult {
  iters: number | null;
  diverged: boolean;
}

/**
 * One network of the race. Every network of a seed forks the same streams (identical initial
 * weights, identical mini-batches), so racing them apart gives what racing them together does.
 */
async function* raceRun(rc: ActRaceRun, ctx: ExperimentContext): AsyncGenerator<ActRaceFrame, ActRaceRunResult, void> {
  const gen = lockstep(
    {
      ...trainingOf(rc),
      variants: [{ name: rc.activation, activation: rc.activation, scale: 'unit' as const }],
      hidden: new Array(rc.layers).fill(rc.hidden),
      seed: rc.seed,
    },
    ctx,
    precisionOf(id),
  );
  for (;;) {
    const s = await gen.next();
    if (s.done) return { iters: s.value.itersToThreshold[0], diverged: s.value.diverged[0] };
    yield { run: rc.run, act: rc.act, iteration: s.value.iteration, loss: s.value.losses ? s.value.losses[0] : null };
  }
}

/**
 * A run's time relative to ReLU's, by activation (Node, the demo's defaults): evaluating exp, tanh
 * or erf for every unit makes a run longer. Only a pool's schedule reads it (costliest first).
 */
const RUN_COST: Partial<Record<RaceActivation, number>> = {
  sigmoid: 1.3,
  tanh: 1.1,
  elu: 1.05,
  gelu: 1.9,
  silu: 1.35,
  softplus: 1.4,
};

/** Every network of every seed is an independent run: a pool races them side by side (src/core/sweep.ts). */
export const sweep: Sweep<ActRaceConfig, ActRaceRun, ActRaceFrame, ActRaceRunResult, ActRaceFrame, ActRaceResult> = {
  runs(config) {
    checkLimit('maxIterations', config.iterations * config.seeds, 'iterations × seeds');
    const { seeds, activations, ...common } = config;
    return Array.from({ length: seeds }, (_, run) =>
      activations.map((activation, act) => ({ ...common, run, activation, act, seed: config.seed + run })),
    ).flat();
  },
  run: raceRun,
  cost: (rc) => RUN_COST[rc.activation] ?? 1,
  frame: (_i, f) => f,
  combine(runs, config) {
    const acts = config.activations;
    const iters = Array.from({ length: config.seeds }, (_, s) => acts.map((_a, j) => runs[s * acts.length + j].iters));
    const diverged: Record<string, number> = Object.fromEntries(acts.map((a) => [a, 0]));
    runs.forEach((r, i) => r.diverged && diverged[acts[i % acts.length]]++);
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
  },
};

export const actRace: Experiment<ActRaceConfig, ActRaceFrame, ActRaceResult> = sweepExperiment(sweep);
export default actRace;
