/**
 * A training step is a transaction: a step whose loss, gradients or updated weights are not
 * finite changes nothing at all (weights, optimiser slots and step counter, BatchNorm running
 * statistics, the dropout stream). And an inference pass between a training forward and its
 * backward never changes what the backward computes.
 */
import { describe, expect, test } from 'vitest';
import { streams } from '../../src/core/rng.ts';
import { spiral } from '../../src/core/data/toy2d.ts';
import {
  batchIterator,
  buildMlp,
  evaluate,
  gatherLabels,
  gatherRows,
  predict,
  trainStep,
  type Sequential,
} from '../../src/core/network.ts';
import { makeOptimizer, type OptimizerKind } from '../../src/core/optimizers.ts';
import { softmaxCrossEntropy } from '../../src/core/losses.ts';
import { BatchNorm } from '../../src/core/layers/batchnorm.ts';

/** Every number a network and its optimiser hold, as one flat list (for exact comparison). */
function everything(net: Sequential): number[] {
  const out: number[] = [];
  for (const p of net.params()) out.push(...p.value);
  for (const l of net.layers) {
    if (l instanceof BatchNorm) out.push(...l.runningMean, ...l.runningVar);
  }
  return out;
}

function bnSpiralNet(seed: number, dropout = 0.1) {
  const s = streams(seed);
  const data = spiral(100, 3, s.data);
  const net = buildMlp(
    {
      sizes: [2, 50, 50, 3],
      activation: { name: 'leaky_relu', alpha: 0.01 },
      init: { kind: 'he', dist: 'normal' },
      batchNorm: true,
      dropout,
    },
    s.init,
    s.dropout,
  );
  return { net, data, shuffle: s.shuffle };
}

describe('a rejected step changes nothing', () => {
  test('BatchNorm running statistics survive SGD at learning rates 1e3 … 1e40 (leaky-ReLU BN net, spiral)', () => {
    for (const lr of [1e3, 1e10, 1e20, 1e40]) {
      const { net, data, shuffle } = bnSpiralNet(1, 0);
      const opt = makeOptimizer({ kind: 'sgd', lr });
      const batches = batchIterator(data.x.rows, 64, shuffle);
      let rejected = 0;
      for (let i = 0; i < 200; i++) {
        const idx = batches.next();
        if (trainStep(net, opt, gatherRows(data.x, idx), gatherLabels(data.y, idx)).diverged) rejected++;
      }
      expect(rejected, `lr ${lr}: some step must be rejected`).toBeGreaterThan(0);
      for (const v of everything(net)) expect(Number.isFinite(v), `lr ${lr}: a non-finite value`).toBe(true);
      const ev = evaluate(net, data.x, data.y);
      expect(Number.isFinite(ev.loss), `lr ${lr}: evaluate after rejected steps`).toBe(true);
    }
  });

  /** A net and an optimiser after five good steps, and the batch of the sixth. */
  function afterFiveSteps(kind: OptimizerKind) {
    const { net, data, shuffle } = bnSpiralNet(2);
    const opt = makeOptimizer({ kind, lr: 0.01 });
    const batches = batchIterator(data.x.rows, 64, shuffle);
    for (let i = 0; i < 5; i++) {
      const idx = batches.next();
      expect(trainStep(net, opt, gatherRows(data.x, idx), gatherLabels(data.y, idx)).diverged).toBe(false);
    }
    const idx = batches.next();
    return { net, opt, x: gatherRows(data.x, idx), y: gatherLabels(data.y, idx) };
  }

  const failures = {
    // The forward pass has moved the running statistics and drawn dropout masks when the loss is found NaN.
    'a NaN input (rejected at the loss)': (run: ReturnType<typeof afterFiveSteps>) => {
      const x = { ...run.x, data: run.x.data.slice() };
      x.data[3] = NaN;
      return trainStep(run.net, run.opt, x, run.y);
    },
    // Finite loss and gradients; the optimiser has updated its buffers and t when the weights turn infinite.
    'an infinite learning rate (rejected at the update)': (run: ReturnType<typeof afterFiveSteps>) => {
      run.opt.lr = Infinity;
      const r = trainStep(run.net, run.opt, run.x, run.y);
      run.opt.lr = 0.01;
      return r;
    },
  };

  for (const [how, fail] of Object.entries(failures)) {
    test.each<OptimizerKind>(['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'])(
      `%s, ${how}: weights, optimiser state and t, running statistics and the dropout stream are as before`,
      (kind) => {
        const run = afterFiveSteps(kind);
        const twin = afterFiveSteps(kind);
        const before = everything(run.net);
        const slots = () => run.net.params().map((p) => JSON.stringify(run.opt.inspect(p)));
        const slotsBefore = slots();
        const r = fail(run);
        expect(r.diverged).toBe(true);
        expect(run.opt.t).toBe(5);
        expect(everything(run.net)).toEqual(before);
        expect(slots()).toEqual(slotsBefore);
        // The dropout stream was rewound too: the next step equals that of a twin that never failed.
        const a = trainStep(run.net, run.opt, run.x, run.y);
        const b = trainStep(twin.net, twin.opt, twin.x, twin.y);
        expect(a.diverged).toBe(false);
        expect(Object.is(a.loss, b.loss)).toBe(true);
        expect(everything(run.net)).toEqual(everything(twin.net));
      },
    );
  }
});

describe('inference passes never disturb a pending backward', () => {
  function gradsAfter(order: 'plain' | 'eval-between' | 'predict-between' | 'eval-before'): number[] {
    const { net, data } = bnSpiralNet(3);
    const x = gatherRows(
      data.x,
      Int32Array.from({ length: 64 }, (_, i) => i * 4),
    );
    const y = gatherLabels(
      data.y,
      Int32Array.from({ length: 64 }, (_, i) => i * 4),
    );
    // Another batch of the same size: the case where shared buffers would be overwritten.
    const other = gatherRows(
      data.x,
      Int32Array.from({ length: 64 }, (_, i) => i * 4 + 1),
    );
    const otherY = gatherLabels(
      data.y,
      Int32Array.from({ length: 64 }, (_, i) => i * 4 + 1),
    );
    if (order === 'eval-before') evaluate(net, other, otherY, 64);
    // Dropout masks come from a stream: fix them so every order sees the same masks.
    const scores = net.forward(x, true);
    if (order === 'eval-between') evaluate(net, other, otherY, 64);
    if (order === 'predict-between') predict(net, other, 64);
    const { dscores } = softmaxCrossEntropy(scores, y);
    net.backward(dscores);
    return net.params().flatMap((p) => Array.from(p.grad));
  }

  test('evaluate or predict on an equal-sized batch between forward and backward: identical gradients', () => {
    const ref = gradsAfter('plain');
    expect(ref.some((g) => g !== 0)).toBe(true);
    expect(gradsAfter('eval-between')).toEqual(ref);
    expect(gradsAfter('predict-between')).toEqual(ref);
  });

  test('evaluate before the training forward: identical gradients too', () => {
    expect(gradsAfter('eval-before')).toEqual(gradsAfter('plain'));
  });
});
