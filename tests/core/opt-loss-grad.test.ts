/**
 * Claims S11 (why the loss, not the accuracy, is what training follows) and S12 (the gradient of
 * softmax + cross-entropy is y − t), with the experiments of the chapter's last two demos.
 */
import { expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { optAcc } from '../../src/core/experiments/opt-acc.ts';
import { optGrad } from '../../src/core/experiments/opt-grad.ts';

test('S11: accuracy is a staircase in a weight (derivative 0 almost everywhere); the loss is smooth with a non-zero derivative (5 seeds)', async () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const { result } = await runToEnd(optAcc, { n: 40, wMin: -4, wMax: 4, samples: 401, seed }, nodeContext);
    // The accuracy's derivative is exactly 0 at (nearly) every point of the sweep…
    expect(result.zeroAccSlope).toBeGreaterThan(0.98);
    // …yet the accuracy does change along the sweep, in jumps of whole examples (k/n).
    expect(result.accuracyLevels).toBeGreaterThanOrEqual(5);
    for (const r of result.rows)
      expect(Math.abs(r.accuracy * result.n - Math.round(r.accuracy * result.n))).toBeLessThan(1e-9);
    // The loss's derivative is non-zero everywhere and backprop agrees with finite differences.
    expect(result.nonzeroLossSlope).toBe(1);
    expect(result.maxLossGradError).toBeLessThan(1e-6);
    // Smooth: no jumps between neighbouring sweep points larger than the slope predicts.
    const dw = 8 / 400;
    for (let i = 1; i < result.rows.length; i++) {
      const a = result.rows[i - 1],
        b = result.rows[i];
      expect(Math.abs(b.loss - a.loss - (dw * (a.dLoss + b.dLoss)) / 2)).toBeLessThan(1e-3);
    }
  }
});

test('S12: for softmax + cross-entropy, backprop through the two stages gives exactly y − t; the numeric gradient and the core agree', async () => {
  const cases: { scores: number[]; label: number }[] = [
    { scores: [2, 1, -1, 0.5], label: 2 },
    { scores: [0, 0, 0], label: 0 },
    { scores: [10, -3, 4, 7, 0.1, -8, 2, 2, 3, 1], label: 9 },
    { scores: [-1.5, 3.25], label: 1 },
  ];
  for (const c of cases) {
    const { result } = await runToEnd(optGrad, c, nodeContext);
    expect(result.maxBackpropVsShortcut).toBeLessThan(1e-12);
    expect(result.maxNumericVsShortcut).toBeLessThan(1e-6);
    expect(result.maxCoreVsShortcut).toBeLessThan(1e-15);
    // The gradient sums to 0 and only the true class gets a negative component.
    const sum = result.rows.reduce((s, r) => s + r.shortcut, 0);
    expect(Math.abs(sum)).toBeLessThan(1e-12);
    for (const r of result.rows) expect(r.shortcut < 0).toBe(r.j === c.label);
    // Identity output with halved squared error: the same form, s − t.
    expect(result.maxMseVsDiff).toBe(0);
  }
});

test('S12: invalid inputs are refused with a clear message', async () => {
  await expect(runToEnd(optGrad, { scores: [1], label: 0 }, nodeContext)).rejects.toThrow(/two scores/);
  await expect(runToEnd(optGrad, { scores: [1, 2], label: 5 }, nodeContext)).rejects.toThrow(/label/);
});
