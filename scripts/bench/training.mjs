/**
 * Benchmark row (c): one SGD training step of an MNIST-shaped MLP (784-100-100-100-100-10, ReLU,
 * softmax cross-entropy, batch 128), the core (float64: its network, layers, loss and optimiser,
 * through trainStep, as the experiments train) against TensorFlow.js (float32, autodiff).
 */
import { matrix, setMatmulKernel } from '../../src/core/matrix.ts';
import { buildMlp, trainStep } from '../../src/core/network.ts';
import { makeOptimizer } from '../../src/core/optimizers.ts';
import { Rng } from '../../src/core/rng.ts';
import { core, normal, per, race, rng, tf, tfjs, toTensor, useTf } from './harness.mjs';

const SIZES = [784, 100, 100, 100, 100, 10];
const BATCH = 128;
const LR = 0.05;
const STEPS_PER_RUN = 10;

/** A synthetic MNIST-shaped batch: pixels in [0, 1), labels 0..9 (timing does not depend on them). */
function mnistBatch() {
  const x = matrix(BATCH, SIZES[0], rng.fillUniform(new Float64Array(BATCH * SIZES[0]), 0, 1));
  const labels = Int32Array.from({ length: BATCH }, () => rng.int(10));
  return { x, labels };
}

/** He-initialised weights and zero biases for SIZES. */
function mlpParams() {
  return SIZES.slice(1).map((out, l) => ({
    w: normal(SIZES[l], out, Math.sqrt(2 / SIZES[l])),
    b: new Float64Array(out),
  }));
}

/**
 * The core's own training step, as every experiment runs it: a network from `buildMlp` (Dense and
 * ReLU layers), `trainStep` (forward, softmax cross-entropy as a loss part, backward, the
 * divergence checks and the rollback checkpoint) and an SGD optimiser from `makeOptimizer`.
 * The weights start as `params`. With precision 'float32' the Dense layers' products are float32
 * (what the longest demos run, src/core/experiments/lib/precision.ts). Returns step() → mean
 * cross-entropy of the batch before the update.
 */
function coreMlpStep(params, { x, labels }, precision = 'float64') {
  const net = buildMlp(
    { sizes: SIZES, activation: 'relu', init: { kind: 'he', dist: 'normal' }, precision },
    new Rng(0),
  );
  const values = params.flatMap(({ w, b }) => [w.data, b]);
  net.params().forEach((p, k) => p.value.set(values[k]));
  const opt = makeOptimizer({ kind: 'sgd', lr: LR });
  return () => trainStep(net, opt, x, labels).dataLoss;
}

/** The same step in TensorFlow.js: variables, a model function, optimizer.minimize. */
function tfMlpStep(params, { x, labels }) {
  const vars = params.map((p) => ({
    w: tf.variable(toTensor(p.w)),
    b: tf.variable(tf.tensor1d(Float32Array.from(p.b))),
  }));
  const tx = toTensor(x);
  const ty = tf.oneHot(tf.tensor1d(labels, 'int32'), 10);
  const optimizer = tf.train.sgd(LR);
  const loss = () => {
    let h = tx;
    vars.forEach(({ w, b }, l) => {
      const zl = tf.add(tf.matMul(h, w), b);
      h = l < vars.length - 1 ? tf.relu(zl) : zl;
    });
    return tf.losses.softmaxCrossEntropy(ty, h);
  };
  const varList = vars.flatMap(({ w, b }) => [w, b]); // only this model's variables
  const step = () => {
    const cost = optimizer.minimize(loss, true, varList);
    const value = cost.dataSync()[0];
    cost.dispose();
    return value;
  };
  const dispose = () => {
    vars.forEach(({ w, b }) => (w.dispose(), b.dispose()));
    tx.dispose();
    ty.dispose();
    optimizer.dispose();
  };
  return { step, dispose };
}

export async function benchTraining() {
  const batch = mnistBatch();
  const init = mlpParams();
  const copy = () => init.map(({ w, b }) => ({ w: matrix(w.rows, w.cols, w.data.slice()), b: b.slice() }));
  const ts = coreMlpStep(copy(), batch);
  const wasm = coreMlpStep(copy(), batch);
  const ts32 = coreMlpStep(copy(), batch, 'float32');
  const wasm32 = coreMlpStep(copy(), batch, 'float32');
  await useTf('cpu');
  const tfCpu = tfMlpStep(init, batch);
  await useTf('wasm');
  const tfWasm = tfMlpStep(init, batch);

  // Same initial weights and batch: after a few steps the losses still agree (float64 vs
  // float32), which checks the core step's gradients against tfjs's autodiff.
  setMatmulKernel('auto');
  const coreCheck = coreMlpStep(copy(), batch);
  const tfCheck = tfMlpStep(init, batch); // created under wasm, the active backend here
  let lossCore = 0,
    lossTf = 0;
  for (let s = 0; s < 3; s++) {
    lossCore = coreCheck();
    lossTf = tfCheck.step();
  }
  const err = Math.abs(lossCore - lossTf) / Math.abs(lossCore);
  tfCheck.dispose();

  const repeat = (f) => () => {
    for (let s = 0; s < STEPS_PER_RUN; s++) f();
  };
  const t = await race([
    { name: 'f64-ts', setup: core('ts'), run: repeat(ts) },
    { name: 'f64-wasm', setup: core('wasm'), run: repeat(wasm) },
    { name: 'f32-ts', setup: core('ts'), run: repeat(ts32) },
    { name: 'f32-wasm', setup: core('wasm'), run: repeat(wasm32) },
    { name: 'tfjs-cpu', setup: tfjs('cpu'), run: repeat(tfCpu.step) },
    { name: 'tfjs-wasm', setup: tfjs('wasm'), run: repeat(tfWasm.step) },
  ]);
  await useTf('cpu');
  tfCpu.dispose();
  await useTf('wasm');
  tfWasm.dispose();
  return { ...per(t, STEPS_PER_RUN), err }; // per step
}
