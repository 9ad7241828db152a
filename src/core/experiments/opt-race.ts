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
import { batchIterator, buildMlp, evaluate, gatherLabels, gatherRows, trainStep, type Sequential } from '../network.ts';
import { makeOptimizer, type Optimizer, type OptimizerKind } from '../optimizers.ts';
import { checkLimit } from '../limits.ts';

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
  const nets: Sequential[] = racers.map(() =>
    buildMlp({ sizes, activation: 'relu', init: { kind: 'he', dist: 'normal' } }, root.fork('init')),
  );
  const opts: Optimizer[] = racers.map((r) => makeOptimizer({ kind: r.kind, lr: r.lr }));
  const batches = batchIterator(n, batch, root.fork('shuffle'));
  const k = racers.length;
  const sums = new Float64Array(k);
  const counts = new Int32Array(k);
  const diverged: (number | null)[] = racers.map(() => null);
  const curves: number[][] = racers.map(() => []);
  const curveIt: number[] = [];
  let yieldAt = performance.now();
  for (let it = 1; it <= iterations; it++) {
    const idx = batches.next();
    const x = gatherRows(train.x, idx);
    const y = gatherLabels(train.y, idx);
    for (let r = 0; r < k; r++) {
      if (diverged[r] !== null) continue;
      const rep = trainStep(nets[r], opts[r], x, y);
      if (rep.diverged) {
        diverged[r] = it;
        continue;
      }
      sums[r] += rep.loss;
      counts[r]++;
      if (performance.now() - yieldAt > 25 && it % every !== 0 && it !== iterations) {
        yield { iteration: it - 1, loss: null };
        yieldAt = performance.now();
      }
    }
    if (it % every === 0 || it === iterations) {
      const loss = racers.map((_, r) => (diverged[r] !== null || counts[r] === 0 ? NaN : sums[r] / counts[r]));
      sums.fill(0);
      counts.fill(0);
      curveIt.push(it);
      loss.forEach((v, r) => curves[r].push(v));
      yield { iteration: it, loss };
      yieldAt = performance.now();
    }
  }
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
