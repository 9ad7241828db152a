/**
 * Benchmark row (c): one SGD training step of an MNIST-shaped MLP (784-100-100-100-100-10, ReLU,
 * softmax cross-entropy, batch 128), the core (float64, its benchmark-only step written directly
 * on matmul / matmulAT / matmulBT) against TensorFlow.js (float32, autodiff).
 */
import { matmul, matmulAT, matmulBT, matrix, setMatmulKernel } from '../../src/core/matrix.ts';
import { exp, log } from '../../src/core/mathfn.ts';
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
 * The benchmark's own training step for the core, written directly on matmul / matmulAT /
 * matmulBT with explicit loops for bias, ReLU and softmax (no layer objects), all buffers
 * preallocated. Returns step() → mean cross-entropy of the batch before the update.
 */
function coreMlpStep(params, { x, labels }) {
  const L = params.length;
  const z = params.map((p) => matrix(BATCH, p.w.cols)); // pre-activations
  const a = params.map((p) => matrix(BATCH, p.w.cols)); // activations (a[L-1] = softmax)
  const dz = params.map((p) => matrix(BATCH, p.w.cols));
  const da = params.map((p) => matrix(BATCH, p.w.rows)); // gradient w.r.t. each layer's input
  const dw = params.map((p) => matrix(p.w.rows, p.w.cols));
  const db = params.map((p) => new Float64Array(p.w.cols));

  return function step() {
    // forward: z = h·W + b; a = relu(z), softmax on the last layer
    let h = x;
    for (let l = 0; l < L; l++) {
      const { w, b } = params[l];
      const zl = matmul(h, w, z[l]).data,
        al = a[l].data,
        m = w.cols;
      for (let i = 0; i < BATCH; i++) for (let j = 0; j < m; j++) zl[i * m + j] += b[j];
      if (l < L - 1) {
        for (let i = 0; i < zl.length; i++) al[i] = zl[i] > 0 ? zl[i] : 0;
      } else {
        for (let i = 0; i < BATCH; i++) {
          let max = -Infinity,
            sum = 0;
          for (let j = 0; j < m; j++) max = Math.max(max, zl[i * m + j]);
          for (let j = 0; j < m; j++) sum += al[i * m + j] = exp(zl[i * m + j] - max);
          for (let j = 0; j < m; j++) al[i * m + j] /= sum;
        }
      }
      h = a[l];
    }
    // loss, and dL/dz of the softmax layer: (p − onehot) / batch
    const out = a[L - 1].data,
      g = dz[L - 1].data,
      classes = SIZES[L];
    let loss = 0;
    for (let i = 0; i < BATCH; i++) {
      loss -= log(out[i * classes + labels[i]]);
      for (let j = 0; j < classes; j++) g[i * classes + j] = out[i * classes + j] / BATCH;
      g[i * classes + labels[i]] -= 1 / BATCH;
    }
    // backward: dW = h_inᵀ·dz, db = Σ_rows dz, da_in = dz·Wᵀ, dz_prev = da_in ⊙ relu'(z_prev)
    for (let l = L - 1; l >= 0; l--) {
      const hin = l > 0 ? a[l - 1] : x,
        m = params[l].w.cols,
        g = dz[l].data,
        gb = db[l];
      matmulAT(hin, dz[l], dw[l]);
      gb.fill(0);
      for (let i = 0; i < BATCH; i++) for (let j = 0; j < m; j++) gb[j] += g[i * m + j];
      if (l > 0) {
        const din = matmulBT(dz[l], params[l].w, da[l]).data,
          zp = z[l - 1].data,
          gp = dz[l - 1].data;
        for (let i = 0; i < din.length; i++) gp[i] = zp[i] > 0 ? din[i] : 0;
      }
    }
    // SGD
    for (let l = 0; l < L; l++) {
      const w = params[l].w.data,
        gw = dw[l].data,
        b = params[l].b,
        gb = db[l];
      for (let i = 0; i < w.length; i++) w[i] -= LR * gw[i];
      for (let j = 0; j < b.length; j++) b[j] -= LR * gb[j];
    }
    return loss / BATCH;
  };
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
    { name: 'tfjs-cpu', setup: tfjs('cpu'), run: repeat(tfCpu.step) },
    { name: 'tfjs-wasm', setup: tfjs('wasm'), run: repeat(tfWasm.step) },
  ]);
  await useTf('cpu');
  tfCpu.dispose();
  await useTf('wasm');
  tfWasm.dispose();
  return { ...per(t, STEPS_PER_RUN), err }; // per step
}
