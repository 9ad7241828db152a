/**
 * Stopping bad trials early (claim S16). A random search over the objective of lib/spiral-objective.ts
 * (learning rate and L2 strength log-uniform, drop probability uniform; 300 steps per trial);
 * every trial's validation loss is read every 25 steps, and a trial whose loss at step
 * `stopStep` is still above `threshold` is stopped there. The budget is counted in training steps.
 *
 *   const { result } = await runToEnd(searchEarly, { trials: 30, stopStep: 50, threshold: 0.8, audit: true, seed: 1 }, ctx);
 *   result.saved            // share of the full budget (trials × 300 steps) that stopping saved
 *   result.best             // the best trial among those that ran to the end
 *   result.bestWithout      // with `audit`: the best trial had none been stopped
 *
 * With `audit`, a stopped trial is trained to the end anyway, outside the budget, so that what
 * stopping cost can be measured: did it throw away the trial that would have won?
 */
import type { Experiment } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { Rng } from '../rng.ts';
import { checkRange } from './lib/sanity-data.ts';
import { SpiralObjective, TRIAL_STEPS, fromUnit, type SpiralHyper } from './lib/spiral-objective.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'search-early';

/** Steps between two readings of the validation loss. */
export const PROBE_EVERY = 25;

export interface SearchEarlyConfig {
  trials: number;
  /** The step at which a trial is judged (a multiple of PROBE_EVERY). */
  stopStep: number;
  /** A trial whose validation loss at stopStep is above this (or that diverged) is stopped. */
  threshold: number;
  /** Train stopped trials to the end anyway (outside the budget), to measure what stopping cost. */
  audit: boolean;
  seed: number;
}

export interface EarlyTrial extends SpiralHyper {
  index: number;
  /** Validation loss at steps 25, 50, …, as far as the trial ran (to 300 with `audit`; NaN once diverged). */
  curve: number[];
  /** The step at which the rule stopped it, or null. */
  stoppedAt: number | null;
  /** Steps charged to the budget. */
  steps: number;
  /** The loss where the search left it: at the end, or at the stopping step. */
  loss: number;
  /** With `audit`, the loss after all 300 steps (also for a stopped trial); else null. */
  fullLoss: number | null;
}

export interface SearchEarlyFrame {
  trial: number;
  step: number;
  valLoss: number;
  stopped: boolean;
}

export interface SearchEarlyResult {
  trials: EarlyTrial[];
  stepsUsed: number;
  stepsFull: number;
  /** 1 − stepsUsed / stepsFull. */
  saved: number;
  stopped: number;
  /** The best trial that completed (lowest final validation loss). */
  best: EarlyTrial | null;
  /** With `audit`: the best trial by its full-length loss, stopped or not. */
  bestWithout: EarlyTrial | null;
}

/** One trial: its place, its hyperparameters (drawn beforehand from the search's stream), the rule. */
export interface SearchEarlyRun extends Omit<SearchEarlyConfig, 'trials'> {
  index: number;
  h: SpiralHyper;
}

/** One trial, read every PROBE_EVERY steps and stopped by the rule (or, with `audit`, run on). */
async function* trialRun(rc: SearchEarlyRun): AsyncGenerator<SearchEarlyFrame, EarlyTrial, void> {
  const objective = new SpiralObjective(1);
  const { index, h } = rc;
  const curve: number[] = [];
  let stoppedAt: number | null = null;
  let lastStep = 0; // a run that diverges ends by itself, before TRIAL_STEPS
  for (const p of objective.run(h, PROBE_EVERY)) {
    curve.push(p.valLoss);
    lastStep = p.step;
    if (stoppedAt === null && p.step === rc.stopStep && !(p.valLoss <= rc.threshold)) stoppedAt = p.step;
    yield { trial: index, step: p.step, valLoss: p.valLoss, stopped: stoppedAt !== null };
    if (stoppedAt !== null && !rc.audit) break;
  }
  return {
    index,
    ...h,
    curve,
    stoppedAt,
    steps: stoppedAt ?? lastStep,
    loss: stoppedAt !== null ? curve[stoppedAt / PROBE_EVERY - 1] : curve[curve.length - 1],
    fullLoss: rc.audit ? curve[curve.length - 1] : null,
  };
}

/** The trials are independent runs: a pool trains them side by side (src/core/sweep.ts). */
export const sweep: Sweep<
  SearchEarlyConfig,
  SearchEarlyRun,
  SearchEarlyFrame,
  EarlyTrial,
  SearchEarlyFrame,
  SearchEarlyResult
> = {
  runs(config) {
    checkRange('trials', config.trials, 1, 200);
    checkRange('stopStep', config.stopStep, PROBE_EVERY, TRIAL_STEPS);
    if (config.stopStep % PROBE_EVERY !== 0) throw new Error(`stopStep must be a multiple of ${PROBE_EVERY}`);
    if (!(config.threshold > 0)) throw new Error('threshold must be positive');
    const draws = new Rng(config.seed).fork('draw');
    const { trials, ...rule } = config;
    return Array.from({ length: trials }, (_, index) => ({
      ...rule,
      index,
      h: fromUnit([draws.uniform(), draws.uniform(), draws.uniform()]),
    }));
  },
  run: trialRun,
  frame: (_i, f) => f,
  combine(trials, config) {
    const lowest = (ts: EarlyTrial[], key: 'loss' | 'fullLoss') =>
      ts.reduce<EarlyTrial | null>((b, t) => (Number.isFinite(t[key]) && (!b || t[key]! < b[key]!) ? t : b), null);
    const stepsUsed = trials.reduce((a, t) => a + t.steps, 0);
    const stepsFull = config.trials * TRIAL_STEPS;
    return {
      trials,
      stepsUsed,
      stepsFull,
      saved: 1 - stepsUsed / stepsFull,
      stopped: trials.filter((t) => t.stoppedAt !== null).length,
      best: lowest(
        trials.filter((t) => t.stoppedAt === null),
        'loss',
      ),
      bestWithout: config.audit ? lowest(trials, 'fullLoss') : null,
    };
  },
};

export const searchEarly: Experiment<SearchEarlyConfig, SearchEarlyFrame, SearchEarlyResult> = sweepExperiment(sweep);
export default searchEarly;
