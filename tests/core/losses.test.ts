import { describe, expect, test } from 'vitest';
import { matrix, fromRows, type Matrix } from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';
import {
  addL2Grad,
  l2Penalty,
  meanSquaredError,
  meanSquaredErrorLoss,
  softmaxCrossEntropy,
  softmaxCrossEntropyLoss,
  type Loss,
} from '../../src/core/losses.ts';
import { checkLossGradient, numericalGradient, relativeError } from '../../src/core/gradcheck.ts';
import { Dense } from '../../src/core/layers/dense.ts';
import { BatchNorm } from '../../src/core/layers/batchnorm.ts';

const TOL = 1e-6;

function randn(rows: number, cols: number, rng: Rng, std = 1): Matrix {
  const m = matrix(rows, cols);
  rng.fillNormal(m.data, std);
  return m;
}

describe('softmax cross-entropy', () => {
  test('gradient check', () => {
    const rng = new Rng('sce');
    const scores = randn(6, 10, rng, 2);
    const labels = [0, 3, 9, 3, 5, 1];
    const r = checkLossGradient((s) => {
      const o = softmaxCrossEntropy(s, labels);
      return { loss: o.loss, grad: o.dscores };
    }, scores);
    console.log(`softmax cross-entropy gradient check: relative error ${r.relError.toExponential(2)}`);
    expect(r.relError).toBeLessThanOrEqual(TOL);
    // and a gradient that forgets the 1/N is caught
    const wrong = checkLossGradient((s) => {
      const o = softmaxCrossEntropy(s, labels);
      const g = matrix(
        s.rows,
        s.cols,
        o.dscores.data.map((v) => v * s.rows),
      );
      return { loss: o.loss, grad: g };
    }, scores);
    expect(wrong.relError).toBeGreaterThan(0.5);
  });

  test('small scores on 10 classes give ≈ ln 10 (a sanity check for a fresh network)', () => {
    const zeros = matrix(4, 10);
    expect(softmaxCrossEntropy(zeros, [0, 1, 2, 3]).loss).toBeCloseTo(Math.LN10, 14);
    const rng = new Rng('small');
    const small = randn(100, 10, rng, 1e-3);
    const labels = Array.from({ length: 100 }, (_, i) => i % 10);
    const { loss, probs } = softmaxCrossEntropy(small, labels);
    expect(Math.abs(loss - Math.LN10)).toBeLessThan(5e-3);
    for (const p of probs.data) expect(Math.abs(p - 0.1)).toBeLessThan(1e-3);
  });

  test('values by hand', () => {
    // scores [1, 2, 3], label 2: loss = log(e + e² + e³) − 3
    const { loss, probs, dscores } = softmaxCrossEntropy(fromRows([[1, 2, 3]]), [2]);
    const z = Math.E + Math.E ** 2 + Math.E ** 3;
    expect(loss).toBeCloseTo(Math.log(z) - 3, 14);
    expect(probs.data[0]).toBeCloseTo(Math.E / z, 15);
    expect(dscores.data[2]).toBeCloseTo(Math.E ** 3 / z - 1, 15);
  });

  test('stable with scores of ±1e4: no NaN, no Infinity, exact values', () => {
    const scores = fromRows([
      [1e4, -1e4, 0],
      [-1e4, 1e4, 0],
      [1e4, 1e4, -1e4],
    ]);
    const { loss, probs, dscores } = softmaxCrossEntropy(scores, [0, 0, 2]);
    // example 0: right and certain → 0; example 1: wrong by 2e4 → 2e4; example 2: 2e4 + ln 2
    expect(loss).toBeCloseTo((0 + 2e4 + 2e4 + Math.LN2) / 3, 9);
    for (const v of [...probs.data, ...dscores.data]) expect(Number.isFinite(v)).toBe(true);
    for (let i = 0; i < 3; i++) {
      const row = probs.data.subarray(i * 3, i * 3 + 3);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
      const g = dscores.data.subarray(i * 3, i * 3 + 3);
      expect(Math.abs(g.reduce((a, b) => a + b, 0))).toBeLessThan(1e-15);
    }
    const huge = softmaxCrossEntropy(fromRows([[1e300, -1e300]]), [1]);
    expect(Number.isFinite(huge.loss)).toBe(true);
  });

  test('bad labels throw; out buffers are reused', () => {
    expect(() => softmaxCrossEntropy(matrix(1, 3), [3])).toThrow();
    expect(() => softmaxCrossEntropy(matrix(1, 3), [0.5])).toThrow();
    expect(() => softmaxCrossEntropy(matrix(2, 3), [0])).toThrow();
    const out = { dscores: matrix(2, 3), probs: matrix(2, 3) };
    const r = softmaxCrossEntropy(
      fromRows([
        [1, 2, 3],
        [0, 0, 0],
      ]),
      [0, 1],
      out,
    );
    expect(r.dscores).toBe(out.dscores);
    expect(r.probs).toBe(out.probs);
  });
});

describe('mean squared error', () => {
  test('value: ½ · mean over the batch of the squared error summed over outputs', () => {
    const pred = fromRows([
      [1, 2],
      [0, 0],
    ]);
    const target = fromRows([
      [0, 0],
      [0, 3],
    ]);
    const { loss, dpred } = meanSquaredError(pred, target);
    expect(loss).toBeCloseTo((0.5 * (1 + 4) + 0.5 * 9) / 2, 15);
    expect(Array.from(dpred.data)).toEqual([0.5, 1, 0, -1.5]); // (pred − target)/N
  });
  test('gradient check', () => {
    const rng = new Rng('mse');
    const target = randn(5, 3, rng);
    const r = checkLossGradient(
      (p) => {
        const o = meanSquaredError(p, target);
        return { loss: o.loss, grad: o.dpred };
      },
      randn(5, 3, rng),
    );
    console.log(`mean squared error gradient check: relative error ${r.relError.toExponential(2)}`);
    expect(r.relError).toBeLessThanOrEqual(TOL);
  });
});

describe('every loss part, as trainStep and evaluate call it (sum / N and its gradient)', () => {
  const rng = new Rng('loss-parts');
  const cases: [string, Loss<never>, unknown][] = [
    ['softmax cross-entropy', softmaxCrossEntropyLoss as Loss<never>, Int32Array.of(0, 2, 1, 1, 2)],
    ['mean squared error', meanSquaredErrorLoss as Loss<never>, randn(5, 3, rng)],
  ];
  test.each(cases)("%s: gradient check, and sum/N is the loss function's value", (name, loss, targets) => {
    const scores = randn(5, 3, rng, 2);
    const f = (s: Matrix) => {
      const grad = matrix(s.rows, s.cols);
      return { loss: loss.sum(s, targets as never, grad) / s.rows, grad };
    };
    const r = checkLossGradient(f, scores);
    console.log(`${name} (loss part) gradient check: relative error ${r.relError.toExponential(2)}`);
    expect(r.relError).toBeLessThanOrEqual(TOL);
    const direct =
      name === 'mean squared error'
        ? meanSquaredError(scores, targets as Matrix).loss
        : softmaxCrossEntropy(scores, targets as Int32Array).loss;
    expect(f(scores).loss).toBe(direct);
    // A sum over two batches adds the rows in order: the same bits as one batch.
    const top = matrix(2, 3, scores.data.subarray(0, 6)),
      rest = matrix(3, 3, scores.data.subarray(6));
    const t = targets as Int32Array | Matrix;
    const [tTop, tRest] =
      'cols' in t
        ? [matrix(2, 3, t.data.subarray(0, 6)), matrix(3, 3, t.data.subarray(6))]
        : [t.subarray(0, 2), t.subarray(2)];
    if (name === 'softmax cross-entropy')
      expect(loss.sum(rest, tRest as never, null, loss.sum(top, tTop as never, null))).toBe(
        loss.sum(scores, targets as never, null),
      );
  });

  test('they check their targets', () => {
    expect(() => softmaxCrossEntropyLoss.check(Int32Array.of(0, 3), 2, 3)).toThrow(/label 3/);
    expect(() => softmaxCrossEntropyLoss.check(Int32Array.of(0), 2, 3)).toThrow(/1 labels for 2 rows/);
    expect(() => meanSquaredErrorLoss.check(matrix(2, 2), 2, 3)).toThrow(/2×2/);
  });
});

describe('L2 penalty', () => {
  test('½λΣw² over decayed parameters only, and its gradient λw', () => {
    const rng = new Rng('l2');
    const dense = new Dense(3, 4, { init: { kind: 'he', dist: 'normal' }, rng, biasInit: 5 });
    const bn = new BatchNorm(4); // γ = 1: would add 2 if decayed
    const params = [...dense.params(), ...bn.params()];
    const lambda = 0.01;
    let sum = 0;
    for (const w of dense.W.value) sum += w * w;
    expect(l2Penalty(params, lambda)).toBeCloseTo(0.5 * lambda * sum, 15);

    for (const p of params) p.grad.fill(0);
    addL2Grad(params, lambda);
    const numerical = numericalGradient(() => l2Penalty(params, lambda), dense.W.value);
    const err = relativeError(dense.W.grad, numerical);
    console.log(`L2 penalty gradient check: relative error ${err.toExponential(2)}`);
    expect(err).toBeLessThanOrEqual(TOL);
    expect(Array.from(dense.b.grad)).toEqual([0, 0, 0, 0]);
    expect(Array.from(bn.gamma.grad)).toEqual([0, 0, 0, 0]);
  });
});
