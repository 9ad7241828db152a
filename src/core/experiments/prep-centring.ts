/**
 * Raw versus zero-centred inputs (P1, the training view of the zig-zag in A3): the same MNIST
 * network, from the same initial weights and the same mini-batch order, trained once on pixel
 * values in [0, 1] (every input positive) and once on the pixels minus the training set's mean
 * image. Reports the iterations each needs to bring the training loss below a threshold.
 *
 *   const { result } = await runToEnd(prepCentring, { activation: 'tanh', lr: 0.05, … }, ctx);
 *   result.raw, result.centred          // iterations to threshold (null: not reached)
 */
import type { Experiment } from './types.ts';
import {
  lockstep,
  lockstepOn,
  trainingOf,
  type LockstepResult,
  type LockstepTraining,
  type RaceActivation,
} from './lib/act-lockstep.ts';
import { checkLimit } from '../limits.ts';
import { Rng } from '../rng.ts';
import { spiral } from '../data/toy2d.ts';
import { matrix } from '../matrix.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'prep-centring';

export interface PrepCentringConfig extends LockstepTraining {
  /**
   * 'spiral': the 3-arm spiral (300 points) moved by +offset on both axes, so every input is
   * positive when offset ≳ 1.5; 'mnist': pixels in [0, 1] vs minus the mean image.
   */
  data: 'spiral' | 'mnist';
  /** Spiral only: how far the raw cloud sits from the origin. */
  offset: number;
  activation: RaceActivation;
  hidden: number;
}

export interface PrepCentringFrame {
  iteration: number;
  /** [raw, centred] on evaluation iterations, else null. */
  losses: number[] | null;
}

export interface PrepCentringResult {
  raw: number | null;
  centred: number | null;
  finalLoss: { raw: number; centred: number };
  diverged: { raw: boolean; centred: boolean };
}

export const prepCentring: Experiment<PrepCentringConfig, PrepCentringFrame, PrepCentringResult> =
  async function* prepCentring(config, ctx) {
    checkLimit('maxIterations', config.iterations, 'iterations');
    if (config.data === 'spiral') return yield* spiralRun(config);
    const r = yield* lockstep(
      {
        ...trainingOf(config),
        variants: [
          { name: 'raw', activation: config.activation, scale: 'unit' },
          { name: 'centred', activation: config.activation, scale: 'centered' },
        ],
        hidden: [config.hidden],
      },
      ctx,
    );
    return resultOf(r);
  };
export default prepCentring;

/** The race's result as [raw, centred]. */
function resultOf(r: LockstepResult): PrepCentringResult {
  return {
    raw: r.itersToThreshold[0],
    centred: r.itersToThreshold[1],
    finalLoss: { raw: r.finalLoss[0], centred: r.finalLoss[1] },
    diverged: { raw: r.diverged[0], centred: r.diverged[1] },
  };
}

/** The same comparison on the shifted spiral: raw = spiral + offset, centred = raw − its mean. */
async function* spiralRun(config: PrepCentringConfig): AsyncGenerator<PrepCentringFrame, PrepCentringResult, void> {
  const root = new Rng(config.seed);
  const base = spiral(100, 3, root.fork('data'));
  const n = base.x.rows;
  const raw = matrix(n, 2);
  for (let i = 0; i < 2 * n; i++) raw.data[i] = base.x.data[i] + config.offset;
  const mean = [0, 0];
  for (let i = 0; i < n; i++) for (let c = 0; c < 2; c++) mean[c] += raw.data[2 * i + c] / n;
  const centred = matrix(n, 2);
  for (let i = 0; i < n; i++) for (let c = 0; c < 2; c++) centred.data[2 * i + c] = raw.data[2 * i + c] - mean[c];
  const variants = [
    { name: 'raw', data: raw },
    { name: 'centred', data: centred },
  ].map(({ name, data }) => ({
    name,
    activation: config.activation,
    train: { x: data, y: base.y },
    eval: { x: data, y: base.y },
  }));
  const r = yield* lockstepOn(variants, [2, config.hidden, 3], trainingOf(config));
  return resultOf(r);
}
