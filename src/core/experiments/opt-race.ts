/**
 * The optimiser race on MNIST (claim O5): one network architecture, the SAME initial weights and
 * the SAME sequence of minibatches for every optimiser; only the update rule (and its learning
 * rate) differs. Each racer is an independent run, so a pool of workers trains them side by side
 * (and a single thread one after the other, with the same numbers).
 *
 *   const { result } = await runToEnd(optRace, {
 *     racers: [{ kind: 'sgd', lr: 0.01 }, { kind: 'adam', lr: 0.001 }],
 *     hidden: 100, layers: 2, batch: 64, iterations: 300, trainN: 4000, every: 10, seed: 1,
 *   }, ctx);
 *   result.racers[0].tailLoss   // mean minibatch loss over the last quarter of the run
 *
 * Each racer's curve is the minibatch training loss averaged over `every` iterations (the raw
 * minibatch loss is noisy). After the run every racer is evaluated on 1,000 test images.
 */
import { precisionOf } from './lib/precision.ts';
import type { Experiment, ExperimentContext } from './types.ts';
import { sweepExperiment, type Sweep } from '../sweep.ts';
import { Rng } from '../rng.ts';
import { mnistMatrix } from '../data/mnist.ts';
import { buildMlp, evaluate } from '../network.ts';
import { Trainer, meanOf, train as runTrainer } from '../trainer.ts';
import { makeOptimizer, type OptimizerKind } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';

/** The experiment's id (its file name): what a demo's runner asks the worker to run. */
export const id = 'opt-race';

export interface Racer {
  kind: OptimizerKind;
  lr: number;
}

export interface OptRaceConfig {
  racers: Racer[];
  /** Width of each hidden layer. */
  hidden: number;
  /** Number of hidden layers. */
  layers: number;
  batch: number;
  iterations: number;
  /** Training images used (the first trainN of the course's training split). */
  trainN: number;
  /** Iterations per reported point. */
  every: number;
  seed: number;
}

export interface OptRaceFrame {
  /** Which racer (index into `racers`). */
  run: number;
  iteration: number;
  /**
   * That racer's mean minibatch loss over the last `every` iterations (NaN once diverged); null in
   * the progress-only frames yielded between reporting points (so that a pause or a cancel takes
   * effect within ~25 ms).
   */
  loss: number | null;
}

export interface RacerResult extends Racer {
  /** Mean minibatch loss over the last quarter of the iterations. */
  tailLoss: number;
  /** First reported iteration whose mean loss is below 0.5 (null if never). */
  iterationsToHalf: number | null;
  testAccuracy: number;
  diverged: boolean;
  divergedAt: number | null;
}

export interface OptRaceResult {
  iterations: number;
  racers: RacerResult[];
}

/** One racer's run: its rule and rate, and everything else the race shares. */
export interface OptRaceRun extends Omit<OptRaceConfig, 'racers'> {
  run: number;
  racer: Racer;
}

/**
 * One racer. Every racer forks the same 'init' stream (identical initial weights) and the same
 * 'shuffle' stream (identical minibatches in the same order), so only the update rule differs.
 */
async function* racerRun(rc: OptRaceRun, ctx: ExperimentContext): AsyncGenerator<OptRaceFrame, RacerResult, void> {
  const { racer, hidden, layers, batch, iterations, trainN, every } = rc;
  const data = await ctx.loadMnist();
  const n = Math.min(trainN, data.train.n);
  const train = mnistMatrix(data.train, { start: 0, count: n });
  const root = new Rng(rc.seed);
  const sizes = [784, ...Array.from({ length: layers }, () => hidden), 10];
  const net = buildMlp(
    { sizes, activation: 'relu', init: { kind: 'he', dist: 'normal' }, precision: precisionOf(id) },
    root.fork('init'),
  );
  const trainer = new Trainer({
    entries: [{ name: racer.kind, net, optimizer: makeOptimizer({ kind: racer.kind, lr: racer.lr }) }],
    data: train,
    batchSize: batch,
    shuffle: root.fork('shuffle'),
  });
  const curve: number[] = [];
  const curveIt: number[] = [];
  // One frame per iteration (the worker can pause or cancel between any two); a point every `every`.
  for (const f of runTrainer(trainer, { steps: iterations, every, stopWhenAllDiverged: false })) {
    if (!f.probed) {
      yield { run: rc.run, iteration: f.step, loss: null };
      continue;
    }
    const e = f.entries[0];
    const loss = e.diverged ? NaN : meanOf(e.window, 'loss');
    curveIt.push(f.step);
    curve.push(loss);
    yield { run: rc.run, iteration: f.step, loss };
  }
  const divergedAt = trainer.entries[0].divergedAt;
  const tailFrom = Math.floor((3 * iterations) / 4);
  const tail = curve.filter((_, j) => curveIt[j] > tailFrom);
  const tailLoss = tail.length ? tail.reduce((a, b) => a + b, 0) / tail.length : NaN;
  const j = curve.findIndex((v) => v < 0.5);
  const test = mnistMatrix(data.test, { start: 0, count: Math.min(1000, data.test.n) });
  return {
    ...racer,
    tailLoss: divergedAt !== null ? NaN : tailLoss,
    iterationsToHalf: j >= 0 ? curveIt[j] : null,
    testAccuracy: divergedAt !== null ? NaN : evaluate(net, test.x, test.y).accuracy,
    diverged: divergedAt !== null,
    divergedAt,
  };
}

/**
 * A run's time relative to plain SGD's, by optimiser (Node, the demo's defaults): each slot of
 * state and each square root adds a pass over the weights. Only a pool's schedule reads it.
 */
const RUN_COST: Record<OptimizerKind, number> = {
  sgd: 1,
  momentum: 1.03,
  nesterov: 1.05,
  adagrad: 1.2,
  rmsprop: 1.2,
  adam: 1.38,
};

/** The racers are independent runs: a pool trains them side by side (src/core/sweep.ts). */
export const sweep: Sweep<OptRaceConfig, OptRaceRun, OptRaceFrame, RacerResult, OptRaceFrame, OptRaceResult> = {
  runs(config) {
    if (config.racers.length === 0) throw new Error('optRace: no optimisers to race');
    checkLimit('maxIterations', config.iterations, 'iterations');
    const { racers, ...common } = config;
    return racers.map((racer, run) => ({ ...common, run, racer }));
  },
  run: racerRun,
  cost: (rc) => RUN_COST[rc.racer.kind],
  frame: (_i, f) => f,
  combine: (racers, config) => ({ iterations: config.iterations, racers }),
};

export const optRace: Experiment<OptRaceConfig, OptRaceFrame, OptRaceResult> = sweepExperiment(sweep);
export default optRace;
