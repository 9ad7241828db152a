/**
 * The optimiser race on MNIST (claim O5): one network architecture, the SAME initial weights and
 * the SAME sequence of minibatches for every optimiser; only the update rule (and its learning
 * rate) differs. The optimisers advance in lock-step, one minibatch at a time, so the demo's
 * curves grow together.
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
import type { Experiment } from './types.ts';
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
  iteration: number;
  /**
   * Mean minibatch loss of each racer over the last `every` iterations (NaN once diverged);
   * null in the progress-only frames yielded between reporting points (so that a pause or a
   * cancel takes effect within ~25 ms).
   */
  loss: number[] | null;
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

export const optRace: Experiment<OptRaceConfig, OptRaceFrame, OptRaceResult> = async function* optRace(config, ctx) {
  const { racers, hidden, layers, batch, iterations, trainN, every } = config;
  if (racers.length === 0) throw new Error('optRace: no optimisers to race');
  checkLimit('maxIterations', iterations, 'iterations');
  const data = await ctx.loadMnist();
  const n = Math.min(trainN, data.train.n);
  const train = mnistMatrix(data.train, { start: 0, count: n });
  const test = mnistMatrix(data.test, { start: 0, count: Math.min(1000, data.test.n) });
  const root = new Rng(config.seed);
  const sizes = [784, ...Array.from({ length: layers }, () => hidden), 10];
  // Same seed stream for every racer: identical initial weights.
  // Same seed stream for every racer: identical initial weights.
  const trainer = new Trainer({
    entries: racers.map((r) => ({
      name: r.kind,
      net: buildMlp({ sizes, activation: 'relu', init: { kind: 'he', dist: 'normal' } }, root.fork('init')),
      optimizer: makeOptimizer({ kind: r.kind, lr: r.lr }),
    })),
    data: train,
    batchSize: batch,
    shuffle: root.fork('shuffle'),
  });
  const curves: number[][] = racers.map(() => []);
  const curveIt: number[] = [];
  // One frame per iteration (the worker can pause or cancel between any two); a point every `every`.
  for (const f of runTrainer(trainer, { steps: iterations, every, stopWhenAllDiverged: false })) {
    if (!f.probed) {
      yield { iteration: f.step, loss: null };
      continue;
    }
    const loss = f.entries.map((e) => (e.diverged ? NaN : meanOf(e.window, 'loss')));
    curveIt.push(f.step);
    loss.forEach((v, r) => curves[r].push(v));
    yield { iteration: f.step, loss };
  }
  const nets = trainer.entries.map((e) => e.net);
  const diverged = trainer.entries.map((e) => e.divergedAt);
  const tailFrom = Math.floor((3 * iterations) / 4);
  const results: RacerResult[] = racers.map((r, i) => {
    const tail = curves[i].filter((_, j) => curveIt[j] > tailFrom);
    const tailLoss = tail.length ? tail.reduce((a, b) => a + b, 0) / tail.length : NaN;
    const j = curves[i].findIndex((v) => v < 0.5);
    return {
      ...r,
      tailLoss: diverged[i] !== null ? NaN : tailLoss,
      iterationsToHalf: j >= 0 ? curveIt[j] : null,
      testAccuracy: diverged[i] !== null ? NaN : evaluate(nets[i], test.x, test.y).accuracy,
      diverged: diverged[i] !== null,
      divergedAt: diverged[i],
    };
  });
  return { iterations, racers: results };
};
export default optRace;
