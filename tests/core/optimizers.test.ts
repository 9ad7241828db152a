/**
 * Every update rule, checked step by step against arithmetic done by hand in this file.
 *
 * Setting for all rules: a 2-element parameter W0 = [1, −2], learning rate η = 0.1, and three
 * fixed gradients
 *   g1 = [0.5, −1],   g2 = [0.25, 2],   g3 = [−1, 0.5].
 * Each expected value below is written out with literal numbers, so that a reader can redo it.
 */
import { describe, expect, test } from 'vitest';
import { param, type Param } from '../../src/core/layers/layer.ts';
import { makeOptimizer, type OptimizerSpec } from '../../src/core/optimizers.ts';
import { constant, exponentialDecay, inverseTimeDecay, stepDecay } from '../../src/core/schedules.ts';

const G = [
  [0.5, -1],
  [0.25, 2],
  [-1, 0.5],
];

/** Runs three steps with the fixed gradients; returns W after each step. */
function run(spec: OptimizerSpec, steps = 3): number[][] {
  const p = param('W', 1, 2, true, Float64Array.of(1, -2));
  const opt = makeOptimizer(spec);
  const out: number[][] = [];
  for (let s = 0; s < steps; s++) {
    p.grad.set(G[s]);
    opt.step([p]);
    out.push(Array.from(p.value));
  }
  expect(opt.t).toBe(steps);
  return out;
}

function expectClose(actual: number[][], expected: number[][], digits = 12) {
  expect(actual.length).toBe(expected.length);
  for (let s = 0; s < expected.length; s++) {
    for (let i = 0; i < expected[s].length; i++) {
      expect(actual[s][i], `step ${s + 1}, element ${i}`).toBeCloseTo(expected[s][i], digits);
    }
  }
}

describe('SGD: W ← W − η·g', () => {
  test('three steps by hand', () => {
    expectClose(run({ kind: 'sgd', lr: 0.1 }), [
      [1 - 0.1 * 0.5, -2 - 0.1 * -1], // [0.95, −1.9]
      [0.95 - 0.1 * 0.25, -1.9 - 0.1 * 2], // [0.925, −2.1]
      [0.925 - 0.1 * -1, -2.1 - 0.1 * 0.5], // [1.025, −2.15]
    ]);
  });
});

describe('momentum: v ← μv − ηg, W ← W + v', () => {
  test('three steps by hand (μ = 0.9)', () => {
    // v1 = [0 − 0.05, 0 + 0.1] = [−0.05, 0.1]
    // v2 = [0.9·−0.05 − 0.025, 0.9·0.1 − 0.2] = [−0.07, −0.11]
    // v3 = [0.9·−0.07 + 0.1, 0.9·−0.11 − 0.05] = [0.037, −0.149]
    expectClose(run({ kind: 'momentum', lr: 0.1, momentum: 0.9 }), [
      [1 - 0.05, -2 + 0.1], // [0.95, −1.9]
      [0.95 - 0.07, -1.9 - 0.11], // [0.88, −2.01]
      [0.88 + 0.037, -2.01 - 0.149], // [0.917, −2.159]
    ]);
  });

  test('the default momentum is 0.9', () => {
    expectClose(run({ kind: 'momentum', lr: 0.1 }), run({ kind: 'momentum', lr: 0.1, momentum: 0.9 }), 15);
  });
});

describe('Nesterov (look-ahead form): W ← W − μ·v_prev + (1 + μ)·v', () => {
  test('three steps by hand (μ = 0.9)', () => {
    // Same velocities as momentum: v1 = [−0.05, 0.1], v2 = [−0.07, −0.11], v3 = [0.037, −0.149].
    // W1 = W0 − 0.9·[0, 0] + 1.9·v1 = [1 − 0.095, −2 + 0.19] = [0.905, −1.81]
    // W2 = W1 − 0.9·v1 + 1.9·v2 = [0.905 + 0.045 − 0.133, −1.81 − 0.09 − 0.209] = [0.817, −2.109]
    // W3 = W2 − 0.9·v2 + 1.9·v3 = [0.817 + 0.063 + 0.0703, −2.109 + 0.099 − 0.2831] = [0.9503, −2.2931]
    expectClose(run({ kind: 'nesterov', lr: 0.1, momentum: 0.9 }), [
      [0.905, -1.81],
      [0.817, -2.109],
      [0.9503, -2.2931],
    ]);
  });
});

describe("O10: Nesterov's two updates in the other order (velocity first, the Korean edition's code) are another rule", () => {
  test('three steps by hand (μ = 0.9): v ← μv − ηg, then W ← W + μ²·v − (1 + μ)·η·g with the NEW v', () => {
    // The velocities are the same as above: v1 = [−0.05, 0.1], v2 = [−0.07, −0.11], v3 = [0.037, −0.149].
    // W1 = W0 + 0.81·v1 − 1.9·0.1·g1 = [1 − 0.0405 − 0.095, −2 + 0.081 + 0.19] = [0.8645, −1.729]
    // W2 = W1 + 0.81·v2 − 0.19·g2 = [0.8645 − 0.0567 − 0.0475, −1.729 − 0.0891 − 0.38] = [0.7603, −2.1981]
    // W3 = W2 + 0.81·v3 − 0.19·g3 = [0.7603 + 0.02997 + 0.19, −2.1981 − 0.12069 − 0.095] = [0.98027, −2.41379]
    const got = run({ kind: 'nesterov', lr: 0.1, momentum: 0.9, nesterovOrder: 'velocity-first' });
    expectClose(got, [
      [0.8645, -1.729],
      [0.7603, -2.1981],
      [0.98027, -2.41379],
    ]);
    // The first step is (1 + μ + μ²)·η·g = 2.71·η·g, against (1 + μ)·η·g = 1.9·η·g in the course's order.
    const course = run({ kind: 'nesterov', lr: 0.1, momentum: 0.9 });
    expect((1 - got[0][0]) / (0.1 * 0.5)).toBeCloseTo(2.71, 12);
    expect((1 - course[0][0]) / (0.1 * 0.5)).toBeCloseTo(1.9, 12);
  });

  test('both orders settle on the same step −η·g/(1 − μ) under a constant gradient', () => {
    for (const nesterovOrder of ['position-first', 'velocity-first'] as const) {
      const p = param('w', 1, 1, true, Float64Array.of(0));
      const opt = makeOptimizer({ kind: 'nesterov', lr: 0.1, momentum: 0.9, nesterovOrder });
      let before = 0;
      for (let t = 0; t < 400; t++) {
        before = p.value[0];
        p.grad[0] = 1;
        opt.step([p]);
      }
      expect(p.value[0] - before, nesterovOrder).toBeCloseTo(-0.1 / (1 - 0.9), 10);
      expect(opt.hyper.nesterovOrder).toBe(nesterovOrder);
    }
  });

  test('an unknown order is rejected', () => {
    expect(() => makeOptimizer({ kind: 'nesterov', lr: 0.1, nesterovOrder: 'sideways' as never })).toThrow(/order/);
  });
});

describe('AdaGrad: h ← h + g², W ← W − η·g/(√h + ε)', () => {
  test('three steps by hand (ε = 1e-8)', () => {
    // h1 = [0.25, 1]
    // h2 = [0.25 + 0.0625, 1 + 4] = [0.3125, 5]
    // h3 = [0.3125 + 1, 5 + 0.25] = [1.3125, 5.25]
    const w1 = [1 - (0.1 * 0.5) / (Math.sqrt(0.25) + 1e-8), -2 - (0.1 * -1) / (Math.sqrt(1) + 1e-8)];
    const w2 = [w1[0] - (0.1 * 0.25) / (Math.sqrt(0.3125) + 1e-8), w1[1] - (0.1 * 2) / (Math.sqrt(5) + 1e-8)];
    const w3 = [w2[0] - (0.1 * -1) / (Math.sqrt(1.3125) + 1e-8), w2[1] - (0.1 * 0.5) / (Math.sqrt(5.25) + 1e-8)];
    expectClose(run({ kind: 'adagrad', lr: 0.1 }), [w1, w2, w3]);
    // Rounded: w1 ≈ [0.9, −1.9], w2 ≈ [0.855279, −1.989443], w3 ≈ [0.942567, −2.011265]
    expectClose(
      run({ kind: 'adagrad', lr: 0.1 }),
      [
        [0.9, -1.9],
        [0.855279, -1.989443],
        [0.942567, -2.011265],
      ],
      5,
    );
  });

  test('the accumulator persists: with the same gradient, the second step is smaller', () => {
    const p = param('W', 1, 2, true, Float64Array.of(1, -2));
    const opt = makeOptimizer({ kind: 'adagrad', lr: 0.1 });
    p.grad.set([0.5, -1]);
    opt.step([p]);
    const step1 = 1 - p.value[0]; // η·0.5/√0.25 = 0.1
    const before = p.value[0];
    opt.step([p]); // same gradient again
    const step2 = before - p.value[0]; // η·0.5/√0.5 ≈ 0.0707107
    expect(step1).toBeCloseTo((0.1 * 0.5) / Math.sqrt(0.25), 7);
    expect(step2).toBeCloseTo((0.1 * 0.5) / Math.sqrt(0.25 + 0.25), 7);
    // effective rate η/(√h + ε): 0.2 on step 1, 0.1414 on step 2
    expect(step2 / 0.5).toBeLessThan(step1 / 0.5);
    expect(step2 / 0.5).toBeCloseTo(0.1 / Math.sqrt(0.5), 7);
  });
});

describe('RMSProp: h ← ρh + (1 − ρ)g², W ← W − η·g/(√h + ε)', () => {
  test('three steps by hand (ρ = 0.99)', () => {
    // h1 = [0.01·0.25, 0.01·1] = [0.0025, 0.01]
    // h2 = [0.99·0.0025 + 0.01·0.0625, 0.99·0.01 + 0.01·4] = [0.0031, 0.0499]
    // h3 = [0.99·0.0031 + 0.01·1, 0.99·0.0499 + 0.01·0.25] = [0.013069, 0.051901]
    const w1 = [1 - (0.1 * 0.5) / (Math.sqrt(0.0025) + 1e-8), -2 - (0.1 * -1) / (Math.sqrt(0.01) + 1e-8)];
    const w2 = [w1[0] - (0.1 * 0.25) / (Math.sqrt(0.0031) + 1e-8), w1[1] - (0.1 * 2) / (Math.sqrt(0.0499) + 1e-8)];
    const w3 = [w2[0] - (0.1 * -1) / (Math.sqrt(0.013069) + 1e-8), w2[1] - (0.1 * 0.5) / (Math.sqrt(0.051901) + 1e-8)];
    expectClose(run({ kind: 'rmsprop', lr: 0.1, decayRate: 0.99 }), [w1, w2, w3]);
    // The first step is ≈ η/√(1 − ρ) = 1 per coordinate: RMSProp's well-known large early steps.
    expectClose(run({ kind: 'rmsprop', lr: 0.1 }).slice(0, 1), [[0, -1]], 6);
  });
});

describe('Adam: bias-corrected moments, W ← W − η·m̂/(√ŝ + ε)', () => {
  test('three steps by hand (β1 = 0.9, β2 = 0.999, ε = 1e-8), bias correction at t = 1, 2, 3', () => {
    // t = 1: m = 0.1·g1 = [0.05, −0.1];  s = 0.001·g1² = [0.00025, 0.001]
    //        1 − β1¹ = 0.1, 1 − β2¹ = 0.001  →  m̂ = [0.5, −1] = g1, ŝ = [0.25, 1] = g1²
    //        so the first step is η·g/(|g| + ε) ≈ η·sign(g), whatever the size of g.
    const w1 = [
      1 - (0.1 * (0.05 / 0.1)) / (Math.sqrt(0.00025 / 0.001) + 1e-8),
      -2 - (0.1 * (-0.1 / 0.1)) / (Math.sqrt(0.001 / 0.001) + 1e-8),
    ];
    // t = 2: m = [0.9·0.05 + 0.1·0.25, 0.9·−0.1 + 0.1·2] = [0.07, 0.11]
    //        s = [0.999·0.00025 + 0.001·0.0625, 0.999·0.001 + 0.001·4] = [0.00031225, 0.004999]
    //        1 − 0.9² = 0.19,  1 − 0.999² = 0.001999
    const w2 = [
      w1[0] - (0.1 * (0.07 / 0.19)) / (Math.sqrt(0.00031225 / 0.001999) + 1e-8),
      w1[1] - (0.1 * (0.11 / 0.19)) / (Math.sqrt(0.004999 / 0.001999) + 1e-8),
    ];
    // t = 3: m = [0.9·0.07 + 0.1·−1, 0.9·0.11 + 0.1·0.5] = [−0.037, 0.149]
    //        s = [0.999·0.00031225 + 0.001·1, 0.999·0.004999 + 0.001·0.25] = [0.00131193775, 0.005244001]
    //        1 − 0.9³ = 0.271,  1 − 0.999³ = 0.002997001
    const w3 = [
      w2[0] - (0.1 * (-0.037 / 0.271)) / (Math.sqrt(0.00131193775 / 0.002997001) + 1e-8),
      w2[1] - (0.1 * (0.149 / 0.271)) / (Math.sqrt(0.005244001 / 0.002997001) + 1e-8),
    ];
    const got = run({ kind: 'adam', lr: 0.1 });
    expectClose(got, [w1, w2, w3]);
    // Rounded, for the reader: w1 ≈ [0.9, −1.9]
    expectClose(got.slice(0, 1), [[0.9, -1.9]], 7);
  });

  test('without bias correction the first step would be ≈ 3.16× larger (so the correction matters)', () => {
    // The uncorrected step η·m/(√s + ε), from the optimiser's own m and s after step 1.
    const p = param('w', 1, 2, true, Float64Array.of(1, -2));
    const opt = makeOptimizer({ kind: 'adam', lr: 0.1 });
    p.grad.set([0.05, -0.1]);
    opt.step([p]);
    const { t, slots } = opt.inspect(p);
    expect(t).toBe(1);
    const taken = 1 - p.value[0];
    const uncorrected = (0.1 * slots.m![0]) / (Math.sqrt(slots.s![0]) + 1e-8);
    expect(taken).toBeCloseTo(0.1, 7);
    expect(uncorrected / taken).toBeCloseTo(Math.sqrt(10), 4); // ε keeps it off by ~6e-6
  });
});

describe('optimiser state and bookkeeping', () => {
  test('state is kept per Param object', () => {
    const a = param('a', 1, 1, true, Float64Array.of(0));
    const b = param('b', 1, 1, true, Float64Array.of(0));
    const opt = makeOptimizer({ kind: 'momentum', lr: 1, momentum: 0.5 });
    a.grad[0] = 1;
    b.grad[0] = 0;
    opt.step([a, b]); // v_a = −1, v_b = 0
    a.grad[0] = 0;
    b.grad[0] = 0;
    opt.step([a, b]); // v_a = −0.5, v_b = 0
    expect(a.value[0]).toBe(-1.5);
    expect(b.value[0]).toBe(0);
  });

  test('reset forgets state and t; lr can be changed between steps', () => {
    const p = param('p', 1, 1, true, Float64Array.of(0));
    const opt = makeOptimizer({ kind: 'momentum', lr: 1, momentum: 0.5 });
    p.grad[0] = 1;
    opt.step([p]);
    expect(opt.t).toBe(1);
    opt.reset();
    expect(opt.t).toBe(0);
    p.value[0] = 0;
    p.grad[0] = 0;
    opt.step([p]);
    expect(p.value[0]).toBe(0); // no leftover velocity
    opt.lr = 0.25;
    p.grad[0] = 1;
    opt.step([p]);
    expect(p.value[0]).toBe(-0.25);
    expect(opt.hyper.lr).toBe(0.25); // hyper shows the rate in use
    expect(opt.hyper.momentum).toBe(0.5);
  });

  test('every optimiser descends the surface f(x, y) = x²/20 + y² from (−7, 2)', () => {
    const specs: OptimizerSpec[] = [
      { kind: 'sgd', lr: 0.9 },
      { kind: 'momentum', lr: 0.1 },
      { kind: 'nesterov', lr: 0.1 },
      { kind: 'adagrad', lr: 1 },
      { kind: 'rmsprop', lr: 0.05 },
      { kind: 'adam', lr: 0.1 },
    ];
    const f = (x: number, y: number) => (x * x) / 20 + y * y;
    for (const spec of specs) {
      const p: Param = param('xy', 1, 2, false, Float64Array.of(-7, 2));
      const opt = makeOptimizer(spec);
      for (let i = 0; i < 300; i++) {
        p.grad[0] = p.value[0] / 10; // ∂f/∂x = x/10
        p.grad[1] = 2 * p.value[1]; // ∂f/∂y = 2y
        opt.step([p]);
      }
      expect(f(p.value[0], p.value[1]), spec.kind).toBeLessThan(0.01 * f(-7, 2));
    }
  });

  test('rejects a bad spec', () => {
    expect(() => makeOptimizer({ kind: 'lbfgs' as never, lr: 0.1 })).toThrow(/unknown kind/);
    expect(() => makeOptimizer({ kind: 'sgd', lr: Number.NaN })).toThrow(/lr/);
  });
});

describe('schedules', () => {
  test('formulas', () => {
    expect(constant(0.1)(1234)).toBe(0.1);
    const s = stepDecay(0.1, 10, 0.5);
    expect([s(0), s(9), s(10), s(25)]).toEqual([0.1, 0.1, 0.05, 0.025]);
    expect(exponentialDecay(0.1, 0.5)(2)).toBeCloseTo(0.1 * Math.exp(-1), 15);
    expect(inverseTimeDecay(0.1, 0.5)(2)).toBeCloseTo(0.1 / 2, 15);
  });
});

describe("the optimiser shows its state under the chapter's names", () => {
  test.each([
    ['sgd', []],
    ['momentum', ['v']],
    ['nesterov', ['v']],
    ['adagrad', ['h']],
    ['rmsprop', ['h']],
    ['adam', ['m', 's']],
  ] as const)('%s keeps %j', (kind, names) => {
    const p = param('p', 1, 2, true, Float64Array.of(1, 2));
    const opt = makeOptimizer({ kind, lr: 0.1 });
    expect(opt.inspect(p)).toEqual({ t: 0, slots: {} });
    p.grad.set([0.5, -1]);
    opt.step([p]);
    p.grad.set([0.25, 2]);
    opt.step([p]);
    const { t, slots } = opt.inspect(p);
    expect(t).toBe(2);
    expect(Object.keys(slots).sort()).toEqual([...names].sort());
    // The values are the chapter's recurrences on g₁ = (0.5, −1), g₂ = (0.25, 2).
    const g1 = [0.5, -1],
      g2 = [0.25, 2];
    for (let i = 0; i < 2; i++) {
      if (kind === 'momentum' || kind === 'nesterov')
        expect(slots.v![i]).toBeCloseTo(0.9 * (-0.1 * g1[i]) - 0.1 * g2[i], 15);
      if (kind === 'adagrad') expect(slots.h![i]).toBeCloseTo(g1[i] * g1[i] + g2[i] * g2[i], 15);
      if (kind === 'rmsprop') expect(slots.h![i]).toBeCloseTo(0.99 * 0.01 * g1[i] * g1[i] + 0.01 * g2[i] * g2[i], 15);
      if (kind === 'adam') {
        expect(slots.m![i]).toBeCloseTo(0.9 * 0.1 * g1[i] + 0.1 * g2[i], 15);
        expect(slots.s![i]).toBeCloseTo(0.999 * 0.001 * g1[i] * g1[i] + 0.001 * g2[i] * g2[i], 15);
      }
    }
    // Copies: changing them does not change the optimiser.
    for (const buf of Object.values(slots)) buf.fill(99);
    expect(Object.values(opt.inspect(p).slots).every((b) => b[0] !== 99)).toBe(true);
  });

  test('hyper shows every hyper-parameter with its default', () => {
    expect(makeOptimizer({ kind: 'rmsprop', lr: 0.01 }).hyper).toEqual({
      lr: 0.01,
      momentum: 0.9,
      nesterovOrder: 'position-first',
      decayRate: 0.99,
      beta1: 0.9,
      beta2: 0.999,
      eps: 1e-8,
    });
    expect(makeOptimizer({ kind: 'adam', lr: 1, beta2: 0.9, eps: 1e-6 }).hyper).toMatchObject({
      beta2: 0.9,
      eps: 1e-6,
    });
  });

  test('rollback restores every buffer and t, and forgets buffers made after the checkpoint', () => {
    const a = param('a', 1, 2, true, Float64Array.of(1, 2));
    const b = param('b', 1, 1, true, Float64Array.of(3));
    const opt = makeOptimizer({ kind: 'adam', lr: 0.1 });
    a.grad.set([1, -1]);
    opt.step([a]);
    const before = opt.inspect(a);
    opt.checkpoint();
    b.grad[0] = 5;
    opt.step([a, b]);
    expect(opt.t).toBe(2);
    opt.rollback();
    expect(opt.t).toBe(1);
    expect(opt.inspect(a)).toEqual(before);
    expect(opt.inspect(b)).toEqual({ t: 1, slots: {} });
  });
});
