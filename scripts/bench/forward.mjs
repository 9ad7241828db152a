/**
 * Benchmark rows (a) matmul 1000×500 · 500×500 and (b) a forward pass of 10 tanh layers of 500
 * units over 1000 samples, for the core in float64 and float32 (each with its TypeScript and its
 * WebAssembly kernel) and TensorFlow.js (float32) on its CPU and WebAssembly backends.
 */
import { matmul, matrix, setMatmulKernel } from '../../src/core/matrix.ts';
import { matmul32, tanhForward32, toMatrix32, matrix32 } from '../../src/core/matrix32.ts';
import { activation, activationForward } from '../../src/core/activations.ts';
import { ROUNDS, agreement, core, normal, race, sameBits, tf, tfjs, toTensor, useTf } from './harness.mjs';

/** The contenders of rows (a) and (b), in table order, with the label each column shows. */
export const CONTENDERS = [
  ['f64-ts', 'core f64 ts'],
  ['f64-wasm', 'core f64 wasm'],
  ['f32-ts', 'core f32 ts'],
  ['f32-wasm', 'core f32 wasm'],
  ['tfjs-cpu', 'tfjs-cpu'],
  ['tfjs-wasm', 'tfjs-wasm'],
];

/** (a): `matmul` / `matmul32` into a preallocated out; tfjs `matMul` (result disposed). */
export async function benchMatmul() {
  const a = normal(1000, 500),
    b = normal(500, 500),
    c = matrix(1000, 500);
  const a32 = toMatrix32(a),
    b32 = toMatrix32(b),
    c32 = matrix32(1000, 500);
  const tfRun = {};
  for (const backend of ['cpu', 'wasm']) {
    await useTf(backend); // each backend multiplies its own tensors (no moves between backends)
    const ta = toTensor(a),
      tb = toTensor(b);
    tfRun[backend] = () => tf.matMul(ta, tb).dispose();
    tfRun[`${backend}-check`] = () => tf.matMul(ta, tb);
  }
  const check = tfRun['wasm-check']();
  const tfOut = await check.data();
  check.dispose();
  setMatmulKernel('auto');
  const err = agreement(matmul(a, b, c).data, tfOut);
  const err32 = agreement(matmul32(a32, b32, c32).data, tfOut);
  const t = await race([
    { name: 'f64-ts', setup: core('ts'), run: () => matmul(a, b, c) },
    { name: 'f64-wasm', setup: core('wasm'), run: () => matmul(a, b, c) },
    { name: 'f32-ts', setup: core('ts'), run: () => matmul32(a32, b32, c32) },
    { name: 'f32-wasm', setup: core('wasm'), run: () => matmul32(a32, b32, c32) },
    { name: 'tfjs-cpu', setup: tfjs('cpu'), run: tfRun.cpu },
    { name: 'tfjs-wasm', setup: tfjs('wasm'), run: tfRun.wasm },
  ]);
  return { ...t, err, err32 };
}

const LAYERS = 10,
  WIDTH = 500,
  SAMPLES = 1000;

/**
 * (b): input 1000×500 ~ N(0, 1), weights ~ N(0, 1)/√500, no biases. The core multiplies into two
 * alternating buffers and applies tanh in place: float64 with the core's activationForward
 * (mathfn.ts's tanh), float32 with tanhForward32 (float32 arithmetic, SIMD in WebAssembly).
 */
export async function benchForward() {
  const x = normal(SAMPLES, WIDTH);
  const ws = Array.from({ length: LAYERS }, () => normal(WIDTH, WIDTH, 1 / Math.sqrt(WIDTH)));
  const bufs = [matrix(SAMPLES, WIDTH), matrix(SAMPLES, WIDTH)];
  const tanh = activation('tanh');
  const forward64 = () => {
    let h = x;
    for (let l = 0; l < LAYERS; l++) {
      const z = matmul(h, ws[l], bufs[l % 2]);
      activationForward(tanh, z.data, z.data);
      h = z;
    }
    return h;
  };
  const x32 = toMatrix32(x),
    ws32 = ws.map((w) => toMatrix32(w)),
    bufs32 = [matrix32(SAMPLES, WIDTH), matrix32(SAMPLES, WIDTH)];
  const forward32 = () => {
    let h = x32;
    for (let l = 0; l < LAYERS; l++) {
      const z = matmul32(h, ws32[l], bufs32[l % 2]);
      tanhForward32(z.data, z.data);
      h = z;
    }
    return h;
  };
  const tfForward = {};
  for (const backend of ['cpu', 'wasm']) {
    await useTf(backend);
    const tx = toTensor(x),
      tws = ws.map(toTensor);
    tfForward[backend] = () =>
      tf.tidy(() => {
        let h = tx;
        for (const w of tws) h = tf.tanh(tf.matMul(h, w));
        return h;
      });
  }
  const check = tfForward.wasm();
  const tfOut = await check.data();
  check.dispose();
  setMatmulKernel('auto');
  const err = agreement(forward64().data, tfOut);
  const err32 = agreement(forward32().data, tfOut);
  setMatmulKernel('ts');
  const ts32 = forward32().data.slice();
  setMatmulKernel('wasm');
  const identical = sameBits(ts32, forward32().data);
  const t = await race(
    [
      { name: 'f64-ts', setup: core('ts'), run: forward64 },
      { name: 'f64-wasm', setup: core('wasm'), run: forward64 },
      { name: 'f32-ts', setup: core('ts'), run: forward32 },
      { name: 'f32-wasm', setup: core('wasm'), run: forward32 },
      { name: 'tfjs-cpu', setup: tfjs('cpu'), run: () => tfForward.cpu().dispose() },
      { name: 'tfjs-wasm', setup: tfjs('wasm'), run: () => tfForward.wasm().dispose() },
    ],
    { warmup: 1, skip: { 'tfjs-cpu': Math.min(ROUNDS, 3), 'f32-ts': Math.min(ROUNDS, 5) } },
  );
  return { ...t, err, err32, identical };
}
