/**
 * The probes a demo reads: moments, histograms, saturation, zeros, dead units, and the
 * layer-by-layer forward probe.
 */
import { describe, expect, test } from 'vitest';
import { fromRows, matrix } from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';
import {
  deadUnits,
  forwardProbe,
  histogram,
  isFiniteArray,
  moments,
  saturatedFraction,
  zeroFraction,
} from '../../src/core/probes.ts';
import { buildMlp } from '../../src/core/network.ts';

describe('moments', () => {
  test('by hand: [1, 2, 3, 4]', () => {
    // mean 2.5; deviations ±0.5, ±1.5 → variance (0.25 + 2.25 + 2.25 + 0.25)/4 = 1.25
    const m = moments(Float64Array.of(1, 2, 3, 4));
    expect(m).toEqual({ mean: 2.5, variance: 1.25, std: Math.sqrt(1.25), min: 1, max: 4, n: 4 });
    expect(
      moments(
        fromRows([
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual(m); // a Matrix reads its data
  });

  test('empty and NaN', () => {
    expect(moments(new Float64Array(0)).n).toBe(0);
    expect(moments(new Float64Array(0)).mean).toBeNaN();
    expect(moments(Float64Array.of(1, NaN)).mean).toBeNaN();
  });

  test('two-pass std is accurate around a large offset', () => {
    const m = moments(Float64Array.of(1e9 + 1, 1e9 + 2, 1e9 + 3));
    expect(m.std).toBeCloseTo(Math.sqrt(2 / 3), 9);
  });
});

describe('histogram', () => {
  test('bins, clamping to the end bins, NaN apart', () => {
    const h = histogram(Float64Array.of(-5, 0, 0.24, 0.25, 0.5, 0.99, 1, 7, -Infinity, Infinity, NaN), 4, 0, 1);
    expect(h.edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // bin 0: −5, 0, 0.24, −∞ | bin 1: 0.25 | bin 2: 0.5 | bin 3: 0.99, 1, 7, +∞
    expect(h.counts).toEqual([4, 1, 1, 4]);
    expect(h.nan).toBe(1);
  });

  test('rejects bad arguments', () => {
    expect(() => histogram(Float64Array.of(1), 0, 0, 1)).toThrow(/bins/);
    expect(() => histogram(Float64Array.of(1), 3, 1, 1)).toThrow(/lo < hi/);
  });
});

describe('saturation, zeros, dead units, finiteness', () => {
  test('saturatedFraction', () => {
    expect(saturatedFraction(Float64Array.of(0.005, 0.5, 0.995, 0.99), 'sigmoid')).toBe(0.5);
    expect(saturatedFraction(Float64Array.of(-0.999, 0.5, 0.995, 0.99), 'tanh')).toBe(0.5);
    expect(saturatedFraction(Float64Array.of(0, 100), 'relu')).toBe(0);
  });

  test('zeroFraction counts exact zeros only', () => {
    expect(zeroFraction(Float64Array.of(0, -0, 1e-300, 2))).toBe(0.5);
  });

  test('deadUnits: a unit ≤ 0 on every row', () => {
    const out = fromRows([
      [0, 1, 0, -1],
      [0, 0, 2, -3],
      [0, 0, 0, 0],
    ]);
    const d = deadUnits(out);
    expect(Array.from(d.perUnit)).toEqual([1, 0, 0, 1]);
    expect(d.dead).toBe(2);
    expect(d.fraction).toBe(0.5);
  });

  test('isFiniteArray', () => {
    expect(isFiniteArray(Float64Array.of(1, -2, 0))).toBe(true);
    expect(isFiniteArray(Float64Array.of(1, NaN))).toBe(false);
    expect(isFiniteArray(matrix(1, 2, Float64Array.of(1, -Infinity)))).toBe(false);
  });
});

describe('forwardProbe', () => {
  test('layer-by-layer statistics in inference mode, matching a plain forward pass', () => {
    const net = buildMlp(
      { sizes: [5, 20, 20, 3], activation: 'tanh', init: { kind: 'normal', std: 3 }, dropout: 0.5 },
      new Rng(1),
    );
    const x = matrix(50, 5);
    new Rng(2).fillNormal(x.data);
    const probes = forwardProbe(net, x, { keepValues: true });
    expect(probes.map((p) => p.kind)).toEqual([
      'dense',
      'activation',
      'dropout',
      'dense',
      'activation',
      'dropout',
      'dense',
    ]);
    const act = probes[1];
    expect(act.activation).toBe('tanh');
    expect(act.pre).toEqual(probes[0].post); // an activation's input is the dense output
    expect(act.postValues!.length).toBe(50 * 20);
    // large weights (std 3): tanh units are mostly saturated
    expect(act.saturated!).toBeGreaterThan(0.5);
    expect(act.post.max).toBeLessThanOrEqual(1);
    // dropout is the identity in inference mode
    expect(probes[2].post).toEqual(act.post);
    // the last probe equals a plain inference forward
    const scores = net.forward(x, false);
    expect(probes[6].postValues).toEqual(scores.data);
  });

  test('dead ReLUs are seen', () => {
    // a bias of −10 keeps every hidden ReLU off on small inputs
    const net = buildMlp(
      { sizes: [2, 8, 2], activation: 'relu', init: { kind: 'normal', std: 0.01 }, biasInit: -10 },
      new Rng(1),
    );
    const x = matrix(4, 2, Float64Array.of(1, 0, 0, 1, -1, 0, 0, -1));
    const relu = forwardProbe(net, x)[1];
    expect(relu.deadFraction).toBe(1);
    expect(relu.zeros).toBe(1);
    expect(relu.preValues).toBeUndefined();
  });
});
