/**
 * Claims I1, I2 and I11 on the symmetry-breaking experiment (init-symmetry): a 2-H-3 network
 * on the spiral, from equal weights and from small random weights, side by side. 600
 * full-batch steps (the demo's default is 2,000) are enough: the equal start is provably stuck
 * from the first step, and the random start already separates the arms well.
 */
import { describe, expect, test } from 'vitest';
import { runToEnd } from '../../src/core/experiments/types.ts';
import { initSymmetry, type InitSymmetryConfig } from '../../src/core/experiments/init-symmetry.ts';
import { nodeContext } from '../../src/core/data/mnist-node.ts';

const SEEDS = (process.env.INIT_SEEDS ?? '1').split(',').map(Number);
const base = (over: Partial<InitSymmetryConfig>, seed: number): InitSymmetryConfig => ({
  hidden: 16,
  activation: 'tanh',
  symmetric: 'constant',
  constant: 0.5,
  std: 0.01,
  lr: 1,
  weightDecay: 0,
  iterations: 600,
  seed,
  ...over,
});

describe.each(SEEDS)('seed %i', (seed) => {
  test('I1: from all-zero or all-equal weights every hidden unit stays an exact copy of the others', async () => {
    for (const symmetric of ['zeros', 'constant'] as const) {
      for (const activation of ['tanh', 'relu', 'sigmoid'] as const) {
        const { frames, result } = await runToEnd(initSymmetry, base({ symmetric, activation }, seed), nodeContext);
        // Exactly zero, at every reported step: not "small", identical to the last bit.
        for (const f of frames) expect(f.nets[0].maxDistance).toBe(0);
        // The copies act as one hidden unit: the spiral stays far from separated.
        expect(result.nets[0].accuracy).toBeLessThan(0.6);
        // The random start's units are all different from each other.
        expect(result.nets[1].minDistance).toBeGreaterThan(0);
      }
    }
    // All zeros is worse still: no weight ever receives a gradient, only the output biases move.
    const { result } = await runToEnd(initSymmetry, base({ symmetric: 'zeros' }, seed), nodeContext);
    expect(result.nets[0].units.every((v) => v === 0)).toBe(true);
    expect(Math.abs(result.nets[0].loss - Math.log(3))).toBeLessThan(1e-3);
  });

  test('I1: from all-zero weights the output weights move only if f(0) ≠ 0 — with the sigmoid, equally for every unit', async () => {
    const zeros = (activation: InitSymmetryConfig['activation'], classes: 'balanced' | 'unbalanced') =>
      runToEnd(initSymmetry, base({ symmetric: 'zeros', activation, classes }, seed), nodeContext);
    const output = (units: number[]) => units.filter((_, i) => i % 6 >= 3);
    // tanh(0) = ReLU(0) = 0: hᵀδ = 0, and every weight stays exactly zero, even when the output biases learn.
    for (const activation of ['tanh', 'relu'] as const) {
      const { result } = await zeros(activation, 'unbalanced');
      expect(result.nets[0].units.every((v) => v === 0)).toBe(true);
      expect(result.nets[0].loss).toBeLessThan(Math.log(3) - 0.1); // the biases learned the class frequencies
    }
    // σ(0) = ½: the output weights move with the output biases, the same for every hidden unit; then
    // the first layer moves too, every unit identically.
    const { frames, result } = await zeros('sigmoid', 'unbalanced');
    const H = 16;
    for (const f of frames) expect(f.nets[0].maxDistance).toBe(0);
    const first = frames[1].nets[0].units; // after 20 steps
    expect(Math.max(...output(first).map(Math.abs))).toBeGreaterThan(1e-3);
    const u = result.nets[0].units;
    expect(Math.max(...output(u).map(Math.abs))).toBeGreaterThan(0.1);
    expect(Math.max(...u.filter((_, i) => i % 6 < 2).map(Math.abs))).toBeGreaterThan(0.1);
    for (let j = 1; j < H; j++) expect(u.slice(6 * j, 6 * j + 6)).toEqual(u.slice(0, 6));
    // On balanced classes Σδ = 0 at the start: nothing moves but rounding error.
    const balanced = await zeros('sigmoid', 'balanced');
    expect(Math.max(...balanced.result.nets[0].units.map(Math.abs))).toBeLessThan(1e-9);
  });

  test('I2: small random weights, N(0, 1) × 0.01, train this small network well', async () => {
    const { result } = await runToEnd(initSymmetry, base({}, seed), nodeContext);
    expect(result.nets[1].diverged).toBe(false);
    expect(result.nets[1].accuracy).toBeGreaterThan(0.9);
    expect(result.nets[1].accuracy).toBeGreaterThan(result.nets[0].accuracy + 0.3);
  });

  test('I11: weight decay does not rescue a zero start: symmetry survives it, while a small random start still learns', async () => {
    for (const symmetric of ['zeros', 'constant'] as const) {
      const { result } = await runToEnd(initSymmetry, base({ symmetric, weightDecay: 1e-3 }, seed), nodeContext);
      expect(result.nets[0].maxDistance).toBe(0);
      expect(result.nets[0].accuracy).toBeLessThan(0.6);
      expect(result.nets[1].accuracy).toBeGreaterThan(0.85);
    }
  });
});
