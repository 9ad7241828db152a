/**
 * Claims S1–S5, S8–S10 (babysitting the learning process): each test runs the experiment the
 * chapter's demos run. The machine running the suite is slow, so step counts are lighter than
 * the demos' defaults where that is said below; each lighter config still shows its claim.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';
import { sanityCheck } from '../../src/core/experiments/sanity-check.ts';
import { sanityOverfit } from '../../src/core/experiments/sanity-overfit.ts';
import { sanityLr, LR_PRESETS } from '../../src/core/experiments/sanity-lr.ts';
import { sanityGallery } from '../../src/core/experiments/sanity-gallery.ts';
import { sanityMonitor } from '../../src/core/experiments/sanity-monitor.ts';
import { classifyCurve } from '../../src/core/experiments/lib/sanity-shapes.ts';

const LN10 = Math.log(10);

describe('sanity checks', () => {
  test('S1: preprocess → architecture → initial loss → train, each check passing in that order', async () => {
    const { frames, result } = await runToEnd(
      sanityCheck,
      { hidden: 100, initStd: 1e-3, lambda: 1, scale: 'centered', trainSteps: 30, seed: 1 },
      nodeContext,
    );
    expect(frames.map((f) => f.stage)).toEqual(['preprocess', 'architecture', 'initial loss', 'train']);
    expect(frames.every((f) => f.passed)).toBe(true);
    expect(result.lossAfterTraining).toBeLessThan(result.lossNoReg);
    // Skipping the preprocessing (inputs in [0, 1], not centred) is caught by the first check.
    const unit = await runToEnd(
      sanityCheck,
      { hidden: 100, initStd: 1e-3, lambda: 0, scale: 'unit', trainSteps: 0, seed: 1 },
      nodeContext,
    );
    expect(unit.result.stages[0].passed).toBe(false);
    expect(unit.result.maxPixelMean).toBeGreaterThan(0.1);
  });

  test('S2: small weights give an initial loss ≈ ln 10; L2 raises it by exactly ½λ‖W‖²', async () => {
    for (const seed of [1, 2]) {
      const { result } = await runToEnd(
        sanityCheck,
        { hidden: 100, initStd: 1e-3, lambda: 1, scale: 'centered', trainSteps: 0, seed },
        nodeContext,
      );
      expect(Math.abs(result.lossNoReg - LN10)).toBeLessThan(1e-3);
      expect(result.penalty).toBeCloseTo(0.5 * 1 * result.weightSq, 12);
      expect(result.lossWithReg - result.lossNoReg).toBeCloseTo(result.penalty, 12);
      expect(result.penalty).toBeGreaterThan(0.01);
    }
    // The check needs small weights: at std 0.1 the initial loss is far from ln 10.
    const big = await runToEnd(
      sanityCheck,
      { hidden: 100, initStd: 0.1, lambda: 0, scale: 'centered', trainSteps: 0, seed: 1 },
      nodeContext,
    );
    expect(Math.abs(big.result.lossNoReg - LN10)).toBeGreaterThan(0.05);
  });

  test('S3: 20 examples, no regularisation: SGD at lr 0.3 reaches 100% training accuracy; the lecture’s 1e-3 does so only on raw pixels', async () => {
    for (const seed of [1, 2, 3]) {
      const { result } = await runToEnd(
        sanityOverfit,
        { examples: 20, hidden: 50, lr: 0.3, steps: 40, scale: 'centered', seed },
        nodeContext,
      );
      expect(result.reachedAt).not.toBeNull();
      expect(result.reachedAt!).toBeLessThanOrEqual(20);
      expect(result.loss).toBeLessThan(0.05);
    }
    const slow = await runToEnd(
      sanityOverfit,
      { examples: 20, hidden: 50, lr: 1e-3, steps: 100, scale: 'centered', seed: 1 },
      nodeContext,
    );
    expect(slow.result.reachedAt).toBeNull();
    const raw = await runToEnd(
      sanityOverfit,
      { examples: 20, hidden: 50, lr: 1e-3, steps: 40, scale: 'raw', seed: 1 },
      nodeContext,
    );
    expect(raw.result.reachedAt).not.toBeNull();
  });
});

describe('learning-rate probe', () => {
  // 1,000 steps (the preset's own length, ~9 epochs): the accuracy needs that long to move.
  test('S4: at lr 1e-6 on raw pixels the loss barely moves (< 1e-3) while validation accuracy rises by > 5 points', async () => {
    const { result } = await runToEnd(
      sanityLr,
      { ...LR_PRESETS['too low, raw pixels'], hidden: 100, batch: 64, evalEvery: 1000, seed: 1 },
      nodeContext,
    );
    expect(Math.abs(result.finalLoss - result.initialLoss)).toBeLessThan(1e-3);
    expect(result.finalValAccuracy - result.initialValAccuracy).toBeGreaterThan(0.05);
    // The probabilities stay diffuse: the true class gets barely more than 1/10.
    expect(result.finalPTrue).toBeLessThan(0.101);
    expect(result.finalPMax).toBeLessThan(0.101);
    // On the course's centered inputs the same rate moves nothing at all.
    const c = await runToEnd(
      sanityLr,
      { ...LR_PRESETS['too low'], hidden: 100, steps: 200, batch: 64, evalEvery: 200, seed: 1 },
      nodeContext,
    );
    expect(Math.abs(c.result.finalValAccuracy - c.result.initialValAccuracy)).toBeLessThan(0.02);
  });

  test('S5: lr 1e6 turns the loss NaN within a few dozen steps, reported as diverged with its step; lr 10 explodes too, lr 0.1 does not', async () => {
    const far = await runToEnd(
      sanityLr,
      { ...LR_PRESETS['far too high'], hidden: 100, steps: 200, batch: 64, evalEvery: 200, seed: 1 },
      nodeContext,
    );
    expect(far.result.diverged).toBe(true);
    expect(far.result.divergedAt!).toBeLessThanOrEqual(100);
    expect(far.frames[far.frames.length - 1].diverged).toBe(true);
    const mid = await runToEnd(
      sanityLr,
      { ...LR_PRESETS.explodes, hidden: 100, steps: 400, batch: 64, evalEvery: 400, seed: 1 },
      nodeContext,
    );
    expect(mid.result.diverged).toBe(true);
    expect(mid.result.maxLoss).toBeGreaterThan(1e6);
    const ok = await runToEnd(
      sanityLr,
      {
        optimizer: 'sgd',
        lr: 0.1,
        scale: 'centered',
        init: 'he',
        initStd: 0,
        hidden: 100,
        steps: 200,
        batch: 64,
        evalEvery: 200,
        seed: 1,
      },
      nodeContext,
    );
    expect(ok.result.diverged).toBe(false);
  });

  test('S8: the shape rules name synthetic curves correctly', () => {
    const line = Array.from({ length: 50 }, (_, i) => 2.3 - 0.01 * i);
    expect(classifyCurve(line, false)).toBe('slow and linear');
    expect(
      classifyCurve(
        Array.from({ length: 50 }, (_, i) => 0.1 + 2.2 * Math.exp(-i / 3)),
        false,
      ),
    ).toBe('steep then flat');
    expect(
      classifyCurve(
        Array.from({ length: 50 }, (_, i) => (i < 20 ? 2.3 : 0.3 + 2 * Math.exp(-(i - 20) / 3))),
        false,
      ),
    ).toBe('plateau then drop');
    expect(
      classifyCurve(
        Array.from({ length: 50 }, () => 2.3),
        false,
      ),
    ).toBe('flat');
    expect(classifyCurve([2.3, 5, 50], false)).toBe('explodes');
  });

  test('S8: the gallery — low lr slow and linear, good steep then flat, high plateaus above good, very high explodes, bad init plateaus then drops', async () => {
    const { result } = await runToEnd(sanityGallery, { steps: 600, seed: 1 }, nodeContext);
    const by = Object.fromEntries(result.runs.map((r) => [r.preset, r]));
    expect(by.low.shape).toBe('slow and linear');
    expect(by.good.shape).toBe('steep then flat');
    expect(by.explodes.shape).toBe('explodes');
    expect(by['bad init'].shape).toBe('plateau then drop');
    // "Plateaus high": it stops improving at a loss at least 3× the good rate's (4× measured).
    expect(by.high.diverged).toBe(false);
    expect(by.high.finalLoss).toBeGreaterThan(3 * by.good.finalLoss);
  });
});

describe('monitoring', () => {
  // The demo trains 1,000 steps; 400 (on 300 images) is already ~85 epochs, deep in overfitting.
  test('S9: a small training set opens a large train/validation gap; a tiny network has no gap and gains from more capacity', async () => {
    const over = await runToEnd(
      sanityMonitor,
      { trainSize: 300, hidden: 100, lr: 1e-3, lambda: 0, steps: 400, evalEvery: 50, seed: 1 },
      nodeContext,
    );
    expect(over.result.finalTrainAccuracy).toBeGreaterThan(0.98);
    expect(over.result.finalGap).toBeGreaterThan(0.08);
    expect(over.result.earlyStop.step).toBeGreaterThan(0);
    const tiny = await runToEnd(
      sanityMonitor,
      { trainSize: 6996, hidden: 2, lr: 1e-3, lambda: 0, steps: 200, evalEvery: 100, seed: 1 },
      nodeContext,
    );
    expect(Math.abs(tiny.result.finalGap)).toBeLessThan(0.08);
    expect(Math.abs(tiny.result.finalGap)).toBeLessThan(over.result.finalGap / 2);
    const wide = await runToEnd(
      sanityMonitor,
      { trainSize: 6996, hidden: 100, lr: 1e-3, lambda: 0, steps: 200, evalEvery: 100, seed: 1 },
      nodeContext,
    );
    expect(wide.result.finalValAccuracy).toBeGreaterThan(tiny.result.finalValAccuracy + 0.2);
  });

  test('S10: at a good learning rate ‖ΔW‖/‖W‖ is about 1e-3 in each layer; 100× lower rate, about 100× lower ratio', async () => {
    const good = await runToEnd(
      sanityMonitor,
      { trainSize: 6996, hidden: 100, lr: 1e-3, lambda: 0, steps: 150, evalEvery: 150, seed: 1 },
      nodeContext,
    );
    for (const r of good.result.medianRatios) {
      expect(r).toBeGreaterThan(3e-4);
      expect(r).toBeLessThan(5e-3);
    }
    const low = await runToEnd(
      sanityMonitor,
      { trainSize: 6996, hidden: 100, lr: 1e-5, lambda: 0, steps: 150, evalEvery: 150, seed: 1 },
      nodeContext,
    );
    for (const r of low.result.medianRatios) expect(r).toBeLessThan(2e-4);
    expect(good.result.finalValAccuracy).toBeGreaterThan(low.result.finalValAccuracy + 0.2);
  });
});
