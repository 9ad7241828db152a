/**
 * The kernels up close: where the TypeScript and WebAssembly kernels cross over on small
 * products (float64 and float32) and on short tanh calls, the float32 tanh variants side by
 * side, and a profile of the float32 WebAssembly product of row (a), stage by stage.
 */
import { matmul, matrix, setMatmulKernel } from '../../src/core/matrix.ts';
import { matmul32, matrix32, tanh32, tanhForward32, toMatrix32 } from '../../src/core/matrix32.ts';
import { matmul32WasmBytes } from '../../src/core/kernels/matmul32-wasm.ts';
import { activation, activationForward } from '../../src/core/activations.ts';
import { tanh } from '../../src/core/mathfn.ts';
import { core, normal, perCallMicros, race, rng, tf, tfjs, useTf } from './harness.mjs';

const CROSSOVER_SHAPES = [
  [2, 2, 2],
  [4, 4, 4],
  [6, 6, 6],
  [8, 8, 8],
  [12, 12, 12],
  [16, 16, 16],
  [32, 32, 32],
  [64, 64, 64],
  [1, 1000, 1],
  [100, 1, 100],
  [1000, 3, 3],
  [1, 784, 100],
  [128, 10, 100],
];

/** CPU time per call of both kernels in both precisions, on small and thin products. */
export function benchCrossover() {
  const rows = [];
  for (const [n, k, m] of CROSSOVER_SHAPES) {
    const a = normal(n, k),
      b = normal(k, m),
      c = matrix(n, m);
    const a32 = toMatrix32(a),
      b32 = toMatrix32(b),
      c32 = matrix32(n, m);
    const perCall = {};
    for (const kernel of ['ts', 'wasm']) {
      setMatmulKernel(kernel);
      perCall[`f64-${kernel}`] = perCallMicros(() => matmul(a, b, c));
      perCall[`f32-${kernel}`] = perCallMicros(() => matmul32(a32, b32, c32));
    }
    rows.push({ shape: `${n}×${k} · ${k}×${m}`, nmk: n * m * k, ...perCall });
  }
  setMatmulKernel('auto');
  return rows;
}

/** CPU time per tanhForward32 call of both kernels on short arrays. */
export function benchTanhCrossover() {
  return [4, 16, 64, 256, 1024].map((len) => {
    const x = Float32Array.from({ length: len }, () => rng.range(-4, 4)),
      y = new Float32Array(len);
    const perCall = {};
    for (const kernel of ['ts', 'wasm']) {
      setMatmulKernel(kernel);
      perCall[kernel] = perCallMicros(() => tanhForward32(x, y));
    }
    setMatmulKernel('auto');
    return { len, ...perCall };
  });
}

/**
 * tanh over the 1000×500 activations of row (b), ns per element (wall-clock and CPU time): the float64 activation the core
 * uses today; float32 computed in float64 and rounded (Math.fround(mathfn tanh)); tanh32 in float32
 * arithmetic in TypeScript and in WebAssembly SIMD; tfjs's tanh on both backends.
 */
export async function benchTanh() {
  const n = 1000 * 500;
  const z = normal(1000, 500, 1.5).data,
    a = new Float64Array(n);
  const z32 = Float32Array.from(z),
    a32 = new Float32Array(n);
  const act = activation('tanh');
  const viaFloat64 = () => {
    for (let i = 0; i < n; i++) a32[i] = Math.fround(tanh(z32[i]));
  };
  const inFloat32 = () => {
    for (let i = 0; i < n; i++) a32[i] = tanh32(z32[i]);
  };
  const tfTanh = {};
  for (const backend of ['cpu', 'wasm']) {
    await useTf(backend);
    const t = tf.tensor2d(z32, [1000, 500]);
    tfTanh[backend] = () => tf.tanh(t).dispose();
  }
  const t = await race([
    { name: 'f64 activationForward (mathfn tanh)', setup: core('ts'), run: () => activationForward(act, z, a) },
    { name: 'f32 via float64: fround(mathfn tanh)', setup: core('ts'), run: viaFloat64 },
    { name: 'f32 tanh32, TypeScript', setup: core('ts'), run: inFloat32 },
    { name: 'f32 tanhForward32, WebAssembly SIMD', setup: core('wasm'), run: () => tanhForward32(z32, a32) },
    { name: 'tfjs-cpu tanh', setup: tfjs('cpu'), run: tfTanh.cpu },
    { name: 'tfjs-wasm tanh', setup: tfjs('wasm'), run: tfTanh.wasm },
  ]);
  setMatmulKernel('auto');
  return Object.keys(t.wall).map((name) => ({ name, wall: (t.wall[name] * 1e6) / n, cpu: (t.cpu[name] * 1e6) / n }));
}

/**
 * Row (a)'s float32 WebAssembly product taken apart: the stages of kernels/wasm-gemm32.ts
 * (copy the operands in, pack A, pack B, multiply, copy C out) timed one by one on a module
 * instance of its own (CPU time), and the multiply loop on operands that stay in the L1 cache,
 * which is as fast as this kernel can go on this machine.
 */
export function profileMatmul32() {
  const wasm = new WebAssembly.Instance(new WebAssembly.Module(matmul32WasmBytes()), {}).exports;
  const [n, k, m] = [1000, 500, 500];
  const n4 = Math.ceil(n / 4),
    m8 = Math.ceil(m / 8);
  const line = (e) => Math.ceil(e / 16) * 16;
  const offA = 32,
    offB = offA + line(n * k),
    offPA = offB + line(k * m),
    offPB = offPA + line(4 * n4 * k),
    offC = offPB + line(8 * m8 * k),
    end = offC + 4 * n4 * m;
  wasm.memory.grow(Math.ceil((end * 4) / 65536));
  const heap = new Float32Array(wasm.memory.buffer);
  const a = Float32Array.from(normal(n, k).data),
    b = Float32Array.from(normal(k, m).data),
    c = new Float32Array(n * m);
  const stages = {
    'copy A and B in': () => (heap.set(a, offA), heap.set(b, offB)),
    'pack A (4-row panels)': () => wasm.pack4(offA * 4, k, 1, n, k, offPA * 4),
    'pack B (8-column panels)': () => wasm.pack8(offB * 4, 1, m, m, k, offPB * 4),
    'multiply (4×8 tiles)': () => wasm.gemm(n4, m, k, offPA * 4, offPB * 4, offC * 4),
    'copy C out': () => c.set(heap.subarray(offC, offC + n * m)),
  };
  // CPU time per stage (median of batches): each stage can be repeated on its own, since the
  // stages only read what the one before wrote.
  for (const f of Object.values(stages)) f();
  const times = Object.entries(stages).map(([stage, f]) => ({ stage, ms: perCallMicros(f) / 1000 }));
  // The multiply loop on 8 rows × 16 columns × depth 256: both packed panels (8 KiB + 16 KiB) in L1.
  const small = () => wasm.gemm(2, 16, 256, offPA * 4, offPB * 4, offC * 4);
  const micros = perCallMicros(small);
  const l1Gflops = (2 * 8 * 16 * 256) / micros / 1e3;
  return {
    stages: times,
    l1Gflops,
    // (a) at that rate, counting the padding of the last column panel (504 columns computed)
    floorMs: (2 * n * 8 * m8 * k) / l1Gflops / 1e6,
  };
}
