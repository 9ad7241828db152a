/**
 * Learning-rate schedules: functions from the step (or epoch) count t = 0, 1, 2, … to η_t.
 *
 *   const schedule = stepDecay(0.1, 1000, 0.5);   // halve every 1000 steps
 *   opt.lr = schedule(opt.t);                     // before each step
 *
 * Whether t counts steps or epochs is the caller's choice; the formulas don't care.
 */

import { exp, powInt } from './mathfn.ts';

export type Schedule = (t: number) => number;

/** η_t = η0. */
export function constant(lr: number): Schedule {
  return () => lr;
}

/** Step decay: η_t = η0 · factor^⌊t / every⌋ (e.g. halve every 10 epochs). */
export function stepDecay(lr0: number, every: number, factor: number): Schedule {
  if (!(every > 0)) throw new Error(`stepDecay: 'every' must be > 0, got ${every}`);
  return (t) => lr0 * powInt(factor, Math.floor(t / every));
}

/** Exponential decay: η_t = η0 · e^(−k·t). */
export function exponentialDecay(lr0: number, k: number): Schedule {
  return (t) => lr0 * exp(-k * t);
}

/** Inverse-time (1/t) decay: η_t = η0 / (1 + k·t). */
export function inverseTimeDecay(lr0: number, k: number): Schedule {
  return (t) => lr0 / (1 + k * t);
}
