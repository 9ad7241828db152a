import { afterAll, describe, expect, test } from 'vitest';
import { matrix, matmul, type Matrix } from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';
import { ACTIVATIONS, type ActivationName } from '../../src/core/activations.ts';
import type { Layer, Param } from '../../src/core/layers/layer.ts';
import type { Differentiable } from '../../src/core/gradcheck.ts';
import { Dense } from '../../src/core/layers/dense.ts';
import { Activation } from '../../src/core/layers/activation.ts';
import { BatchNorm } from '../../src/core/layers/batchnorm.ts';
import { Dropout } from '../../src/core/layers/dropout.ts';
import { Maxout } from '../../src/core/layers/maxout.ts';
import { PReLU } from '../../src/core/layers/prelu.ts';
import { activation } from '../../src/core/activations.ts';
import { checkLayerGradients, relativeError } from '../../src/core/gradcheck.ts';

const TOL = 1e-6;
/** Inputs must be further than this from a kink for the finite differences (h = 1e-5) to mean anything. */
const KINK_MARGIN = 1e-3;
const measured: Record<string, number> = {};

afterAll(() => {
  console.log(
    'measured max relative errors:\n' +
      Object.entries(measured)
        .map(([k, v]) => `  ${k}: ${v.toExponential(2)}`)
        .join('\n'),
  );
});

function randn(rows: number, cols: number, rng: Rng, std = 1, mean = 0): Matrix {
  const m = matrix(rows, cols);
  rng.fillNormal(m.data, std);
  for (let i = 0; i < m.data.length; i++) m.data[i] += mean;
  return m;
}

function minAbs(a: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < a.length; i++) m = Math.min(m, Math.abs(a[i]));
  return m;
}

/** Layers in sequence, as one layer (the test's own tiny network). */
class Chain implements Differentiable {
  readonly kind = 'chain';
  readonly inputSize: number;
  readonly outputSize: number;
  readonly layers: Layer[];
  constructor(layers: Layer[]) {
    this.layers = layers;
    this.inputSize = layers[0].inputSize;
    this.outputSize = layers[layers.length - 1].outputSize;
  }
  forward(x: Matrix, training: boolean): Matrix {
    return this.layers.reduce((h, l) => l.forward(h, training), x);
  }
  backward(d: Matrix): Matrix {
    return this.layers.reduceRight((g, l) => l.backward(g), d);
  }
  params(): Param[] {
    return this.layers.flatMap((l) => l.params());
  }
}

function check(name: string, layer: Differentiable, x: Matrix, training: boolean) {
  const r = checkLayerGradients(layer, x, { training });
  measured[name] = r.maxRelError;
  for (const [k, v] of Object.entries(r.perParam)) expect(v, `${name}: ${k}`).toBeLessThanOrEqual(TOL);
  expect(r.maxRelError).toBeLessThanOrEqual(TOL);
  return r;
}

describe('gradient checks (float64, relative error ≤ 1e-6)', () => {
  test('Dense alone', () => {
    const rng = new Rng('dense');
    const layer = new Dense(4, 6, { init: { kind: 'he', dist: 'normal' }, rng, biasInit: 0.1 });
    const r = check('dense', layer, randn(5, 4, rng), true);
    expect(Object.keys(r.perParam).sort()).toEqual(['W', 'b', 'dx']);
  });

  const specs: (ActivationName | { name: ActivationName; alpha: number })[] = [
    ...ACTIVATIONS,
    { name: 'elu', alpha: 0.5 },
    { name: 'leaky_relu', alpha: 0.2 },
  ];
  for (const spec of specs) {
    const label = typeof spec === 'string' ? spec : `${spec.name}(${spec.alpha})`;
    test(`Dense → ${label}`, () => {
      const rng = new Rng(`dense-${label}`);
      const dense = new Dense(4, 6, { init: { kind: 'glorot', dist: 'normal', gain: 2 }, rng });
      rng.fillNormal(dense.b.value, 0.5);
      const act = new Activation(spec, 6);
      const net = new Chain([dense, act]);
      const x = randn(5, 4, rng);
      net.forward(x, true);
      expect(minAbs(act.z!.data)).toBeGreaterThan(KINK_MARGIN);
      check(`dense→${label}`, net, x, true);
    });
  }

  for (const training of [true, false]) {
    test(`BatchNorm, ${training ? 'training' : 'inference'} mode`, () => {
      const rng = new Rng(`bn-${training}`);
      const bn = new BatchNorm(4);
      rng.fillNormal(bn.gamma.value, 1);
      rng.fillNormal(bn.beta.value, 1);
      // Features with different means and scales; running statistics away from their defaults.
      const x = randn(6, 4, rng, 3, 2);
      for (let j = 0; j < 4; j++) {
        bn.runningMean[j] = rng.normal();
        bn.runningVar[j] = 0.5 + rng.uniform();
      }
      check(`batchnorm-${training ? 'train' : 'infer'}`, bn, x, training);
    });
  }

  test('BatchNorm, inference mode, a batch of one (a single image at test time)', () => {
    const rng = new Rng('bn-one');
    const bn = new BatchNorm(5);
    rng.fillNormal(bn.gamma.value, 1);
    rng.fillNormal(bn.beta.value, 1);
    for (let j = 0; j < 5; j++) {
      bn.runningMean[j] = rng.normal();
      bn.runningVar[j] = 0.5 + rng.uniform();
    }
    check('batchnorm-infer-one', bn, randn(1, 5, rng, 3, 2), false);
  });

  test('Dense → BatchNorm → ReLU → Dropout (fixed mask) → Dense', () => {
    const rng = new Rng('net');
    const d1 = new Dense(4, 6, { init: { kind: 'he', dist: 'normal' }, rng });
    const bn = new BatchNorm(6);
    const act = new Activation('relu', 6);
    const drop = new Dropout(0.5, rng, 6);
    const d2 = new Dense(6, 3, { init: { kind: 'glorot', dist: 'uniform' }, rng });
    const N = 8;
    const mask = new Float64Array(N * 6).map(() => (rng.uniform() >= 0.5 ? 2 : 0));
    drop.setFixedMask(mask);
    const net = new Chain([d1, bn, act, drop, d2]);
    const x = randn(N, 4, rng);
    net.forward(x, true);
    expect(minAbs(act.z!.data)).toBeGreaterThan(KINK_MARGIN);
    const r = checkLayerGradients(net, x, { training: true });
    // The first Dense's bias feeds a BatchNorm, which subtracts it right out again: its
    // gradient is zero, and both estimates of it are rounding noise (relative error meaningless).
    expect(r.details.b.analyticNorm).toBeLessThan(1e-14);
    expect(r.details.b.numericalNorm).toBeLessThan(1e-8);
    const rest = Object.entries(r.perParam).filter(([k]) => k !== 'b');
    expect(rest.map(([k]) => k)).toEqual(['dx', 'W', 'gamma', 'beta', 'W#4', 'b#5']);
    for (const [k, v] of rest) expect(v, k).toBeLessThanOrEqual(TOL);
    measured['dense→bn→relu→dropout→dense (all but the zero bias)'] = Math.max(...rest.map(([, v]) => v));
    // With a floor, the zero gradient compares absolutely.
    expect(checkLayerGradients(net, x, { training: true, floor: 1e-4 }).perParam.b).toBeLessThan(1e-5);
  });

  test('Maxout (k = 3)', () => {
    const rng = new Rng('maxout');
    const layer = new Maxout(4, 3, 3, { init: { kind: 'glorot', dist: 'normal' }, rng });
    rng.fillNormal(layer.b.value, 0.3);
    const x = randn(5, 4, rng);
    // The winning piece must win by more than the finite-difference step can change.
    const z = matmul(x, matrix(4, 9, layer.W.value));
    let gap = Infinity;
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 3; j++) {
        const v = [0, 1, 2].map((p) => z.data[i * 9 + p * 3 + j] + layer.b.value[p * 3 + j]).sort((a, b) => b - a);
        gap = Math.min(gap, v[0] - v[1]);
      }
    }
    expect(gap).toBeGreaterThan(KINK_MARGIN);
    check('maxout', layer, x, true);
    expect(layer.paramCount()).toBe(4 * 3 * 3 + 3 * 3);
  });

  for (const shared of [false, true]) {
    test(`PReLU (${shared ? 'one shared slope' : 'one slope per unit'})`, () => {
      const rng = new Rng(`prelu-${shared}`);
      const layer = new PReLU(5, { shared, alpha0: 0.1 });
      for (let j = 0; j < layer.alpha.value.length; j++) layer.alpha.value[j] = 0.1 + 0.3 * rng.uniform();
      const x = randn(6, 5, rng);
      expect(minAbs(x.data)).toBeGreaterThan(KINK_MARGIN);
      const r = check(`prelu-${shared ? 'shared' : 'per-unit'}`, layer, x, true);
      expect(r.perParam.alpha).toBeDefined();
    });
  }

  test('Dropout with a fixed mask (training) and as the identity (inference)', () => {
    const rng = new Rng('dropout');
    const drop = new Dropout(0.3, rng);
    const x = randn(4, 5, rng);
    drop.setFixedMask(new Float64Array(20).map(() => (rng.uniform() >= 0.3 ? 1 / 0.7 : 0)));
    check('dropout-train', drop, x, true);
    drop.setFixedMask(null);
    check('dropout-infer', drop, x, false);
  });
});

describe('the checks can fail', () => {
  test('a Dense layer whose bias gradient is doubled', () => {
    class BadDense extends Dense {
      backward(d: Matrix): Matrix {
        const dx = super.backward(d);
        for (let j = 0; j < this.b.grad.length; j++) this.b.grad[j] *= 2;
        return dx;
      }
    }
    const rng = new Rng('bad');
    const r = checkLayerGradients(new BadDense(3, 4, { init: { kind: 'he', dist: 'normal' }, rng }), randn(5, 3, rng), {
      training: true,
    });
    expect(r.perParam.W).toBeLessThan(TOL);
    expect(r.perParam.b).toBeGreaterThan(0.1);
  });
  test("an activation layer using sigmoid' for tanh", () => {
    const rng = new Rng('bad-act');
    const act = new Activation('tanh', 4);
    (act as unknown as { fn: unknown }).fn = { ...activation('tanh'), df: activation('sigmoid').df };
    const r = checkLayerGradients(act, randn(3, 4, rng), { training: true });
    expect(r.maxRelError).toBeGreaterThan(0.1);
  });
  test('BatchNorm in training mode with the inference-mode (affine) gradient', () => {
    const rng = new Rng('bad-bn');
    const bn = new BatchNorm(3);
    const x = randn(6, 3, rng, 2, 1);
    const wrong = {
      kind: 'bn-wrong',
      inputSize: 3,
      outputSize: 3,
      params: () => bn.params(),
      forward: (x: Matrix) => bn.forward(x, true),
      backward: (d: Matrix) => {
        // treat the batch statistics as constants: dx = dy·γ/σ
        const out = matrix(d.rows, d.cols);
        bn.backward(d);
        const mean = [0, 0, 0],
          v = [0, 0, 0];
        for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++) mean[j] += x.data[i * 3 + j] / 6;
        for (let i = 0; i < 6; i++) for (let j = 0; j < 3; j++) v[j] += (x.data[i * 3 + j] - mean[j]) ** 2 / 6;
        for (let i = 0; i < 6; i++)
          for (let j = 0; j < 3; j++)
            out.data[i * 3 + j] = (d.data[i * 3 + j] * bn.gamma.value[j]) / Math.sqrt(v[j] + bn.eps);
        return out;
      },
    };
    const r = checkLayerGradients(wrong, x, { training: true });
    expect(r.perParam.dx).toBeGreaterThan(0.1);
    expect(r.perParam.gamma).toBeLessThan(TOL);
  });
  test('a Dropout layer drawing fresh masks is refused', () => {
    const rng = new Rng('drop');
    expect(() => checkLayerGradients(new Dropout(0.5, rng), randn(3, 4, rng), { training: true })).toThrow(
      /deterministic/,
    );
  });
  test('relativeError', () => {
    expect(relativeError(1, 1 + 1e-9)).toBeCloseTo(1e-9, 15);
    expect(relativeError(0, 0)).toBe(0);
    expect(relativeError([3, 4], [3, 4])).toBe(0);
    expect(relativeError([3, 4], [0, 0])).toBe(1);
    expect(relativeError([1e-17, 0], [0, 1e-11])).toBeCloseTo(1, 10);
    expect(relativeError([1e-17, 0], [0, 1e-11], 1e-8)).toBeLessThan(1e-2);
  });
});

describe('BatchNorm behaviour', () => {
  test('training output has per-feature mean ≈ 0 and variance ≈ 1', () => {
    const rng = new Rng('bn-stats');
    const bn = new BatchNorm(5);
    const x = randn(64, 5, rng, 4, -3);
    const y = bn.forward(x, true);
    for (let j = 0; j < 5; j++) {
      let m = 0,
        v = 0,
        mx = 0,
        vx = 0;
      for (let i = 0; i < 64; i++) m += y.data[i * 5 + j] / 64;
      for (let i = 0; i < 64; i++) mx += x.data[i * 5 + j] / 64;
      for (let i = 0; i < 64; i++) v += (y.data[i * 5 + j] - m) ** 2 / 64;
      for (let i = 0; i < 64; i++) vx += (x.data[i * 5 + j] - mx) ** 2 / 64;
      expect(Math.abs(m)).toBeLessThan(1e-12);
      // exactly σ²/(σ² + ε) in exact arithmetic; ε = 1e-5 against σ² ≈ 16
      expect(Math.abs(v - vx / (vx + 1e-5))).toBeLessThan(1e-12);
      expect(Math.abs(v - 1)).toBeLessThan(1e-5);
    }
  });
  test('γ = √(σ² + ε), β = μ recovers the input', () => {
    const rng = new Rng('bn-identity');
    const bn = new BatchNorm(3);
    const x = randn(10, 3, rng, 2, 5);
    for (let j = 0; j < 3; j++) {
      let m = 0,
        v = 0;
      for (let i = 0; i < 10; i++) m += x.data[i * 3 + j] / 10;
      for (let i = 0; i < 10; i++) v += (x.data[i * 3 + j] - m) ** 2 / 10;
      bn.gamma.value[j] = Math.sqrt(v + bn.eps);
      bn.beta.value[j] = m;
    }
    const y = bn.forward(x, true);
    for (let k = 0; k < x.data.length; k++) expect(Math.abs(y.data[k] - x.data[k])).toBeLessThan(1e-12);
    // …and a wrong convention (unbiased variance) would not:
    bn.gamma.value[0] *= Math.sqrt(10 / 9);
    const y2 = bn.forward(x, true);
    let err = 0;
    for (let i = 0; i < 10; i++) err = Math.max(err, Math.abs(y2.data[i * 3] - x.data[i * 3]));
    expect(err).toBeGreaterThan(1e-3);
  });
  test('running statistics: running = momentum·running + (1 − momentum)·batch, used at inference', () => {
    const rng = new Rng('bn-running');
    const bn = new BatchNorm(2, { momentum: 0.8 });
    const x = randn(20, 2, rng, 3, 1);
    bn.forward(x, true);
    for (let j = 0; j < 2; j++) {
      let m = 0,
        v = 0;
      for (let i = 0; i < 20; i++) m += x.data[i * 2 + j] / 20;
      for (let i = 0; i < 20; i++) v += (x.data[i * 2 + j] - m) ** 2 / 20;
      expect(bn.runningMean[j]).toBeCloseTo(0.8 * 0 + 0.2 * m, 14);
      expect(bn.runningVar[j]).toBeCloseTo(0.8 * 1 + 0.2 * v, 14);
    }
    const t = matrix(1, 2, Float64Array.of(0.7, -0.4));
    const y = bn.forward(t, false);
    for (let j = 0; j < 2; j++) {
      expect(y.data[j]).toBeCloseTo((t.data[j] - bn.runningMean[j]) / Math.sqrt(bn.runningVar[j] + 1e-5), 14);
    }
  });
});

describe('Dense, Dropout, PReLU, Maxout: forward values', () => {
  test('Dense computes xW + b', () => {
    const d = new Dense(2, 2, { init: { kind: 'zeros' }, rng: new Rng(0), biasInit: 0.5 });
    d.W.value.set([1, 2, 3, 4]); // W = [[1, 2], [3, 4]]
    const y = d.forward(matrix(1, 2, Float64Array.of(1, -1)), false);
    expect(Array.from(y.data)).toEqual([1 - 3 + 0.5, 2 - 4 + 0.5]);
    expect(d.W.decay).toBe(true);
    expect(d.b.decay).toBe(false);
  });
  test('Dropout drops a fraction p, scales survivors by 1/(1 − p), keeps the mean', () => {
    const p = 0.3;
    const drop = new Dropout(p, new Rng('drop-stats'));
    const x = matrix(200, 100, new Float64Array(20000).fill(1));
    const y = drop.forward(x, true);
    let zeros = 0,
      sum = 0;
    for (const v of y.data) {
      if (v === 0) zeros++;
      else expect(v).toBeCloseTo(1 / (1 - p), 15);
      sum += v;
    }
    // binomial: sd of the dropped fraction is √(p(1−p)/n) ≈ 0.0032
    expect(Math.abs(zeros / 20000 - p)).toBeLessThan(0.02);
    expect(Math.abs(sum / 20000 - 1)).toBeLessThan(0.03);
    expect(drop.forward(x, false)).toBe(x);
    expect(() => new Dropout(1, new Rng(0))).toThrow();
  });
  test('PReLU and Maxout by hand', () => {
    const pr = new PReLU(2, { alpha0: 0.25 });
    expect(Array.from(pr.forward(matrix(1, 2, Float64Array.of(-2, 3)), true).data)).toEqual([-0.5, 3]);
    const mo = new Maxout(1, 1, 2, { init: { kind: 'zeros' }, rng: new Rng(0) });
    mo.W.value.set([1, -1]); // pieces: x and −x, so the unit computes |x|
    expect(Array.from(mo.forward(matrix(2, 1, Float64Array.of(-3, 2)), true).data)).toEqual([3, 2]);
    const dx = mo.backward(matrix(2, 1, Float64Array.of(1, 1)));
    expect(Array.from(dx.data)).toEqual([-1, 1]);
  });
});
