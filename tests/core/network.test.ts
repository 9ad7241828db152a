/**
 * The sequential network and the training step: determinism, whole-network gradients against
 * centred differences, and smoke tests that can fail (the spiral is learnt, the initial loss is
 * ln 10, a diverging run is caught).
 */
import { describe, expect, test } from 'vitest';
import { matrix, type Matrix } from '../../src/core/matrix.ts';
import { Rng, streams } from '../../src/core/rng.ts';
import {
  batchIterator,
  buildMlp,
  evaluate,
  gatherLabels,
  gatherRows,
  predict,
  trainStep,
  type MlpConfig,
  type Sequential,
} from '../../src/core/network.ts';
import { makeOptimizer, type OptimizerSpec } from '../../src/core/optimizers.ts';
import { l2Penalty, softmaxCrossEntropy } from '../../src/core/losses.ts';
import { spiral } from '../../src/core/data/toy2d.ts';
import { mnistMatrix } from '../../src/core/data/mnist.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { isFiniteArray } from '../../src/core/probes.ts';
import { Dense } from '../../src/core/layers/dense.ts';

/** Trains on the spiral; returns the loss after each step. */
function spiralRun(seed: number, steps: number, spec: OptimizerSpec, config?: Partial<MlpConfig>) {
  const s = streams(seed);
  const data = spiral(100, 3, s.data);
  const net = buildMlp(
    { sizes: [2, 100, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' }, ...config },
    s.init,
    s.dropout,
  );
  const opt = makeOptimizer(spec);
  const batches = batchIterator(data.x.rows, 64, s.shuffle);
  const losses: number[] = [];
  for (let i = 0; i < steps; i++) {
    const idx = batches.next();
    const r = trainStep(net, opt, gatherRows(data.x, idx), gatherLabels(data.y, idx), { weightDecay: 1e-4 });
    losses.push(r.loss);
  }
  return { net, data, losses, opt };
}

describe('determinism', () => {
  test('same config and seed → bit-identical loss trajectory; another seed → a different one', () => {
    const cfg: Partial<MlpConfig> = { dropout: 0.2, batchNorm: true };
    const a = spiralRun(3, 40, { kind: 'adam', lr: 0.01 }, cfg).losses;
    const b = spiralRun(3, 40, { kind: 'adam', lr: 0.01 }, cfg).losses;
    const c = spiralRun(4, 40, { kind: 'adam', lr: 0.01 }, cfg).losses;
    expect(a.length).toBe(40);
    for (let i = 0; i < a.length; i++) expect(Object.is(a[i], b[i])).toBe(true);
    expect(a).not.toEqual(c);
  });
});

/**
 * Total loss (softmax CE + ½λ‖W‖²) of the network on (x, y), training-mode forward.
 * BN in training mode only updates its running statistics, which the training-mode output does
 * not use, so repeated calls are pure functions of the parameters.
 */
function lossOf(net: Sequential, x: Matrix, y: Int32Array, lambda: number): number {
  return softmaxCrossEntropy(net.forward(x, true), y).loss + l2Penalty(net.params(), lambda);
}

/** Max over all parameters of |analytic − numeric| / max(|analytic| + |numeric|, 1e-7). */
function gradCheck(net: Sequential, x: Matrix, y: Int32Array, lambda: number) {
  const opt = makeOptimizer({ kind: 'sgd', lr: 0 }); // a step with η = 0 leaves W unchanged
  trainStep(net, opt, x, y, { weightDecay: lambda }); // fills every grad, like real training
  const analytic = net.params().map((p) => p.grad.slice());
  const h = 1e-5;
  let worst = 0;
  let checked = 0;
  net.params().forEach((p, k) => {
    for (let i = 0; i < p.value.length; i++) {
      const w = p.value[i];
      p.value[i] = w + h;
      const lp = lossOf(net, x, y, lambda);
      p.value[i] = w - h;
      const lm = lossOf(net, x, y, lambda);
      p.value[i] = w;
      const numeric = (lp - lm) / (2 * h); // centred difference, error O(h²)
      const a = analytic[k][i];
      // Entries whose true gradient is 0 (a bias feeding a BatchNorm) get a numerical value that
      // is rounding noise, one ulp of the loss over 2h ≈ 1e-11: compare those absolutely, against
      // a floor of 1e-4 (noise 1e-7 of it; real gradients here are ~1e-2 and compare relatively).
      const rel = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), 1e-4);
      worst = Math.max(worst, rel);
      checked++;
    }
  });
  return { worst, checked };
}

describe('whole-network gradient check (centred differences)', () => {
  const rng = new Rng(11);
  const x = matrix(8, 4);
  rng.fillNormal(x.data);
  const y = Int32Array.from([0, 1, 2, 0, 1, 2, 1, 0]);

  test('3-layer tanh MLP with weight decay: relative error ≤ 1e-6', () => {
    const net = buildMlp(
      { sizes: [4, 6, 5, 3], activation: 'tanh', init: { kind: 'xavier', dist: 'normal' }, biasInit: 0.1 },
      new Rng(1),
    );
    const { worst, checked } = gradCheck(net, x, y, 1e-2);
    console.log(`gradcheck tanh: worst relative error ${worst.toExponential(2)} over ${checked} parameters`);
    expect(checked).toBe(4 * 6 + 6 + 6 * 5 + 5 + 5 * 3 + 3);
    expect(worst).toBeLessThanOrEqual(1e-6);
  });

  test('3-layer MLP with batch norm (tanh): relative error ≤ 1e-6', () => {
    const net = buildMlp(
      { sizes: [4, 6, 5, 3], activation: 'tanh', init: { kind: 'xavier', dist: 'normal' }, batchNorm: true },
      new Rng(2),
    );
    expect(net.layers.map((l) => l.kind)).toEqual([
      'dense',
      'batchnorm',
      'activation',
      'dense',
      'batchnorm',
      'activation',
      'dense',
    ]);
    const { worst, checked } = gradCheck(net, x, y, 1e-3);
    console.log(`gradcheck tanh + BN: worst relative error ${worst.toExponential(2)} over ${checked} parameters`);
    expect(worst).toBeLessThanOrEqual(1e-6);
  });
});

describe('gradient check of the other hidden-layer kinds', () => {
  const rng = new Rng(12);
  const x = matrix(8, 4);
  rng.fillNormal(x.data);
  const y = Int32Array.from([2, 1, 0, 0, 1, 2, 1, 0]);
  const init = { kind: 'glorot', dist: 'normal' } as const;
  test.each([
    ['PReLU', { activation: 'prelu' as const }],
    ['maxout (k = 3)', { activation: 'relu' as const, maxoutK: 3 }],
    ['GELU + batch norm', { activation: 'gelu' as const, batchNorm: true }],
  ])('%s: relative error ≤ 1e-6', (_name, extra) => {
    const net = buildMlp({ sizes: [4, 6, 5, 3], init, ...extra }, new Rng(3));
    const { worst } = gradCheck(net, x, y, 1e-3);
    expect(worst).toBeLessThanOrEqual(1e-6);
  });
});

describe('smoke tests', () => {
  test('a small ReLU MLP learns the 3-arm spiral to > 95% training accuracy', () => {
    const { net, data, losses } = spiralRun(1, 1500, { kind: 'adam', lr: 0.01 });
    const { accuracy, loss } = evaluate(net, data.x, data.y);
    console.log(
      `spiral: training accuracy ${(accuracy * 100).toFixed(1)}%, loss ${loss.toFixed(4)} (first step ${losses[0].toFixed(4)})`,
    );
    expect(accuracy).toBeGreaterThan(0.95);
    expect(predict(net, data.x).length).toBe(300);
  });

  test('initial softmax loss with tiny weights (std 1e-4) is ln 10 ± 0.02 on 10 MNIST classes', async () => {
    const mnist = await nodeContext.loadMnist();
    const { x, y } = mnistMatrix(mnist.train, { start: 0, count: 500 }, { scale: 'unit' });
    const net = buildMlp(
      { sizes: [784, 100, 10], activation: 'relu', init: { kind: 'normal', std: 1e-4 } },
      new Rng(5),
    );
    const r = trainStep(net, makeOptimizer({ kind: 'sgd', lr: 0 }), x, y);
    console.log(`initial loss ${r.loss.toFixed(6)} vs ln 10 = ${Math.log(10).toFixed(6)}`);
    expect(Math.abs(r.loss - Math.log(10))).toBeLessThan(0.02);
    expect(r.diverged).toBe(false);
  });

  test('a diverging run (SGD, lr 1e6) is reported as diverged and its weights stay finite', () => {
    const s = streams(9);
    const data = spiral(50, 3, s.data);
    // Leaky ReLU: the weights grow multiplicatively through the layers until the scores
    // overflow (NaN at the 6th step). (With plain ReLU the same run first blows the loss up to
    // ~1e35 and then kills every unit: a finite, dead network rather than a NaN.)
    const net = buildMlp(
      { sizes: [2, 50, 50, 3], activation: 'leaky_relu', init: { kind: 'he', dist: 'normal' } },
      s.init,
    );
    const opt = makeOptimizer({ kind: 'sgd', lr: 1e6 });
    let divergedAt = -1;
    for (let i = 0; i < 200 && divergedAt < 0; i++) {
      const r = trainStep(net, opt, data.x, data.y);
      if (r.diverged) divergedAt = i;
    }
    console.log(`lr 1e6: diverged at step ${divergedAt}`);
    expect(divergedAt).toBeGreaterThanOrEqual(0);
    for (const p of net.params()) expect(isFiniteArray(p.value)).toBe(true);
    // and it keeps saying so without touching the weights
    const before = net.params().map((p) => p.value.slice());
    const again = trainStep(net, opt, data.x, data.y);
    expect(again.diverged).toBe(true);
    net.params().forEach((p, k) => expect(p.value).toEqual(before[k]));
  });
});

describe('training step bookkeeping', () => {
  test('backwardParams fills the same gradients as backward, bit for bit, without the input gradient', () => {
    for (const config of [
      { sizes: [7, 5, 4, 3], activation: 'tanh', init: { kind: 'he', dist: 'normal' } },
      { sizes: [7, 6, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' }, batchNorm: true },
      { sizes: [7, 6, 3], activation: 'relu', init: { kind: 'he', dist: 'normal' }, maxoutK: 2 },
    ] satisfies MlpConfig[]) {
      const x = matrix(9, 7, new Rng(1).fillNormal(new Float64Array(63)));
      const dscores = matrix(9, 3, new Rng(2).fillNormal(new Float64Array(27)));
      const grads = (full: boolean) => {
        const net = buildMlp(config, new Rng(3));
        net.forward(x, true);
        if (full) net.backward(dscores);
        else net.backwardParams(dscores);
        return net.params().map((p) => Array.from(p.grad));
      };
      const want = grads(true);
      expect(want.flat().some((g) => g !== 0)).toBe(true);
      expect(grads(false)).toEqual(want);
    }
    // The first Dense layer computes no input gradient: its dx buffer is never asked for.
    const dense = new Dense(4, 2, { init: { kind: 'he', dist: 'normal' }, rng: new Rng(5) });
    dense.forward(matrix(3, 4, new Rng(6).fillNormal(new Float64Array(12))), true);
    const dy = matrix(3, 2, new Rng(7).fillNormal(new Float64Array(6)));
    expect(dense.backwardParams(dy).rows).toBe(3); // returns its input, not a gradient
    const wGrad = Array.from(dense.W.grad);
    expect(dense.backward(dy).cols).toBe(4);
    expect(Array.from(dense.W.grad)).toEqual(wGrad);
  });

  test('loss = data loss + ½λΣ‖W‖²; SGD update ratio = η‖∇W‖/‖W‖', () => {
    const net = buildMlp({ sizes: [3, 4, 2], activation: 'relu', init: { kind: 'he', dist: 'normal' } }, new Rng(3));
    const x = matrix(5, 3);
    new Rng(4).fillNormal(x.data);
    const y = Int32Array.from([0, 1, 1, 0, 1]);
    const W = (net.layers[0] as Dense).W;
    const norm = (a: Float64Array) => Math.sqrt(a.reduce((s, v) => s + v * v, 0));
    const w0 = norm(W.value);
    const r = trainStep(net, makeOptimizer({ kind: 'sgd', lr: 0.1 }), x, y, { weightDecay: 0.5 });
    expect(net.params().filter((p) => p.decay).length).toBe(2);
    expect(r.updateRatios.length).toBe(2);
    expect(r.updateRatios[0]).toBeCloseTo((0.1 * norm(W.grad)) / w0, 12);
    expect(r.loss).toBeGreaterThan(r.dataLoss);
    expect(r.gradNorm).toBeGreaterThan(0);
    expect(r.lr).toBe(0.1);
  });

  test('options.lr sets the optimiser rate', () => {
    const opt = makeOptimizer({ kind: 'sgd', lr: 0.1 });
    const net = buildMlp(
      { sizes: [2, 3, 2], activation: 'tanh', init: { kind: 'glorot', dist: 'uniform' } },
      new Rng(1),
    );
    const r = trainStep(net, opt, matrix(1, 2, Float64Array.of(1, 2)), [1], { lr: 0.05 });
    expect(r.lr).toBe(0.05);
    expect(opt.lr).toBe(0.05);
  });

  test('buildMlp variants: prelu, dropout, maxout', () => {
    const init = { kind: 'he', dist: 'normal' } as const;
    expect(buildMlp({ sizes: [2, 4, 4, 3], activation: 'prelu', init }, new Rng(1)).layers.map((l) => l.kind)).toEqual([
      'dense',
      'prelu',
      'dense',
      'prelu',
      'dense',
    ]);
    expect(
      buildMlp(
        { sizes: [2, 4, 3], activation: { name: 'leaky_relu', alpha: 0.1 }, init, dropout: 0.5 },
        new Rng(1),
      ).layers.map((l) => l.kind),
    ).toEqual(['dense', 'activation', 'dropout', 'dense']);
    const mx = buildMlp({ sizes: [2, 4, 3], activation: 'relu', init, maxoutK: 3 }, new Rng(1));
    expect(mx.layers.map((l) => l.kind)).toEqual(['maxout', 'dense']);
    expect(mx.paramCount()).toBe(3 * (2 * 4 + 4) + 4 * 3 + 3);
  });

  test('batchIterator visits every row once per epoch, in a seeded order; gatherRows copies rows', () => {
    const it = batchIterator(10, 4, new Rng(1));
    expect(it.batchesPerEpoch).toBe(3);
    const seen: number[] = [];
    for (let b = 0; b < 3; b++) seen.push(...it.next());
    expect(it.epoch).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const again = batchIterator(10, 4, new Rng(1));
    expect(Array.from(again.next())).toEqual(seen.slice(0, 4));
    const x = matrix(3, 2, Float64Array.of(1, 2, 3, 4, 5, 6));
    expect(Array.from(gatherRows(x, [2, 0]).data)).toEqual([5, 6, 1, 2]);
    expect(Array.from(gatherLabels([7, 8, 9], [2, 0]))).toEqual([9, 7]);
  });
});
