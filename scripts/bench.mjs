#!/usr/bin/env node
/**
 * Benchmark of the course's network core (src/core, float64) against TensorFlow.js 4.22
 * (float32) on its pure-JavaScript CPU backend and its WebAssembly SIMD backend, in one run:
 *
 *   (a) matmul 1000×500 · 500×500
 *   (b) forward pass of 10 tanh layers of 500 units over 1000 samples
 *   (c) one SGD training step of an MNIST-shaped MLP (784-100-100-100-100-10, ReLU,
 *       softmax cross-entropy, batch 128)
 *
 * plus the small-product crossover between the core's two kernels. The core runs with each
 * matmul kernel ('ts', 'wasm'); contenders take turns round by round so that background load
 * hits all of them alike. Prints a Markdown report and writes it to BENCHMARKS.md.
 *
 *   npm run bench                   # full run (about a minute on an idle 2-core machine)
 *   node scripts/bench.mjs --quick  # fewer rounds, does not write BENCHMARKS.md
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  matmul,
  matmulAT,
  matmulBT,
  matrix,
  setMatmulKernel,
  matmulKernel,
  WASM_MIN_PRODUCT,
} from '../src/core/matrix.ts';
import { Rng } from '../src/core/rng.ts';
import { activation, activationForward } from '../src/core/activations.ts';
import { exp, log } from '../src/core/mathfn.ts';

// tfjs-core's Node bundle has no gradients; their definitions ship only as ES modules with
// extensionless imports (dist/gradients/*.js, normally bundled by the @tensorflow/tfjs package).
// This hook lets Node resolve those imports so register_all_gradients can load.
registerHooks({
  resolve(specifier, context, next) {
    const inTfCore = context.parentURL?.includes('/@tensorflow/tfjs-core/dist/');
    if (inTfCore && specifier.startsWith('.') && !/\.[cm]?js$/.test(specifier)) {
      try {
        return next(`${specifier}.js`, context);
      } catch {
        return next(`${specifier}/index.js`, context);
      }
    }
    return next(specifier, context);
  },
});
const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
await import('@tensorflow/tfjs-backend-cpu');
const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');

const root = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 9;

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

// A full garbage collection before every timed run, so that no contender pays for collecting
// another's garbage (tfjs allocates a tensor per op; the core allocates almost nothing).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

/**
 * CPU time used by this process so far, in ms. The contenders compute on the main thread only;
 * race() lets V8's background work (GC sweeping, compiling) settle before each timed run.
 */
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Times each contender `rounds` times, taking turns, after `warmup` untimed runs each.
 * A contender is { name, setup(), run() }: setup() (untimed) selects a backend or kernel.
 * Returns the median wall-clock ms per run, { wall: { name: ms } }, and the median CPU time
 * per run, { cpu: { name: ms } }, which other processes on the machine inflate much less.
 */
async function race(contenders, { rounds = ROUNDS, warmup = 2, skip = {} } = {}) {
  const wall = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const cpu = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (const c of contenders) {
    await c.setup();
    for (let w = 0; w < warmup; w++) c.run();
  }
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      if (r >= (skip[c.name] ?? rounds)) continue; // slow contenders may stop early
      await c.setup();
      collectGarbage();
      await settle();
      const c0 = cpuMs();
      const t0 = performance.now();
      c.run();
      wall[c.name].push(performance.now() - t0);
      cpu[c.name].push(cpuMs() - c0);
    }
  }
  const medians = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)]));
  return { wall: medians(wall), cpu: medians(cpu) };
}

/** Divides every figure of a race result by `d`. */
function per(result, d) {
  const div = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v / d]));
  return { wall: div(result.wall), cpu: div(result.cpu) };
}

// ---------------------------------------------------------------------------------------------
// Backends
// ---------------------------------------------------------------------------------------------

setWasmPaths(`${root}node_modules/@tensorflow/tfjs-backend-wasm/dist/`);

async function useTf(backend) {
  if (tf.getBackend() !== backend) {
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to start`);
  }
  await tf.ready();
}

const core = (kernel) => () => setMatmulKernel(kernel);
const tfjs = (backend) => () => useTf(backend);

const rng = new Rng('bench');
function normal(rows, cols, std = 1) {
  return matrix(rows, cols, rng.fillNormal(new Float64Array(rows * cols), std));
}
const toTensor = (m) => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);

/** Largest |x − y| relative to the largest |y|: a check that both sides computed the same. */
function agreement(x, y) {
  let d = 0,
    s = 0;
  for (let i = 0; i < y.length; i++) {
    d = Math.max(d, Math.abs(x[i] - y[i]));
    s = Math.max(s, Math.abs(y[i]));
  }
  return d / s;
}

// ---------------------------------------------------------------------------------------------
// (a) matmul 1000×500 · 500×500
// ---------------------------------------------------------------------------------------------

async function benchMatmul() {
  const a = normal(1000, 500),
    b = normal(500, 500),
    c = matrix(1000, 500);
  const tfRun = {};
  for (const backend of ['cpu', 'wasm']) {
    await useTf(backend); // each backend multiplies its own tensors (no moves between backends)
    const ta = toTensor(a),
      tb = toTensor(b);
    tfRun[backend] = () => tf.matMul(ta, tb).dispose();
    tfRun[`${backend}-check`] = () => tf.matMul(ta, tb);
  }
  setMatmulKernel('auto');
  const check = tfRun['wasm-check']();
  const err = agreement(matmul(a, b, c).data, await check.data());
  check.dispose();
  const t = await race([
    { name: 'core-ts', setup: core('ts'), run: () => matmul(a, b, c) },
    { name: 'core-wasm', setup: core('wasm'), run: () => matmul(a, b, c) },
    { name: 'tfjs-cpu', setup: tfjs('cpu'), run: tfRun.cpu },
    { name: 'tfjs-wasm', setup: tfjs('wasm'), run: tfRun.wasm },
  ]);
  return { ...t, err };
}

// ---------------------------------------------------------------------------------------------
// (b) 10 × 500-unit tanh forward pass over 1000 samples
// ---------------------------------------------------------------------------------------------

async function benchForward() {
  const layers = 10,
    width = 500,
    samples = 1000;
  const x = normal(samples, width);
  const ws = Array.from({ length: layers }, () => normal(width, width, 1 / Math.sqrt(width)));
  const bufs = [matrix(samples, width), matrix(samples, width)];
  const tanh = activation('tanh');
  const forward = () => {
    let h = x;
    for (let l = 0; l < layers; l++) {
      const z = matmul(h, ws[l], bufs[l % 2]);
      activationForward(tanh, z.data, z.data); // the core's own tanh, in place
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
  setMatmulKernel('auto');
  const check = tfForward.wasm();
  const err = agreement(forward().data, await check.data());
  check.dispose();
  const t = await race(
    [
      { name: 'core-ts', setup: core('ts'), run: forward },
      { name: 'core-wasm', setup: core('wasm'), run: forward },
      { name: 'tfjs-cpu', setup: tfjs('cpu'), run: () => tfForward.cpu().dispose() },
      { name: 'tfjs-wasm', setup: tfjs('wasm'), run: () => tfForward.wasm().dispose() },
    ],
    { warmup: 1, skip: { 'tfjs-cpu': Math.min(ROUNDS, 3) } },
  );
  return { ...t, err };
}

// ---------------------------------------------------------------------------------------------
// (c) MNIST-shaped MLP training step
// ---------------------------------------------------------------------------------------------

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

async function benchTraining() {
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
    { name: 'core-ts', setup: core('ts'), run: repeat(ts) },
    { name: 'core-wasm', setup: core('wasm'), run: repeat(wasm) },
    { name: 'tfjs-cpu', setup: tfjs('cpu'), run: repeat(tfCpu.step) },
    { name: 'tfjs-wasm', setup: tfjs('wasm'), run: repeat(tfWasm.step) },
  ]);
  await useTf('cpu');
  tfCpu.dispose();
  await useTf('wasm');
  tfWasm.dispose();
  return { ...per(t, STEPS_PER_RUN), err }; // per step
}

// ---------------------------------------------------------------------------------------------
// Crossover of the two core kernels on small products
// ---------------------------------------------------------------------------------------------

function benchCrossover() {
  const shapes = [
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
  const rows = [];
  for (const [n, k, m] of shapes) {
    const a = normal(n, k),
      b = normal(k, m),
      c = matrix(n, m);
    const perCall = {};
    for (const kernel of ['ts', 'wasm']) {
      setMatmulKernel(kernel);
      let reps = 1;
      for (;;) {
        const t0 = performance.now();
        for (let r = 0; r < reps; r++) matmul(a, b, c);
        if (performance.now() - t0 > 5) break;
        reps *= 2;
      }
      const samples = []; // CPU time: these runs are too short to time reliably on a busy machine
      for (let s = 0; s < (quick ? 3 : 7); s++) {
        const t0 = cpuMs();
        for (let r = 0; r < reps; r++) matmul(a, b, c);
        samples.push(((cpuMs() - t0) / reps) * 1000);
      }
      perCall[kernel] = median(samples);
    }
    rows.push({ shape: `${n}×${k} · ${k}×${m}`, nmk: n * m * k, ...perCall });
  }
  setMatmulKernel('auto');
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const x = (r) => `${r.toFixed(2)}×`;

async function main() {
  setMatmulKernel('wasm');
  const wasmOk = matmulKernel() === 'wasm';
  await useTf('wasm');
  const tfSimd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const tfThreads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');

  const log = (s) => process.stderr.write(`${s}\n`);
  const loadBefore = os.loadavg()[0];
  log('(a) matmul …');
  const a = await benchMatmul();
  log('(b) forward pass …');
  const b = await benchForward();
  log('(c) training step …');
  const c = await benchTraining();
  log('crossover …');
  const cross = benchCrossover();

  const loadAfter = os.loadavg()[0];
  const cpu = os.cpus();
  const date = new Date().toISOString().slice(0, 10);
  const lines = [];
  const p = (s = '') => lines.push(s);
  p('# Benchmarks');
  p();
  p(
    `Measured ${date} on ${cpu[0].model.trim()} (${cpu.length} cores), Node ${process.version}, ` +
      `V8 ${process.versions.v8}; TensorFlow.js ${tf.version_core} (wasm backend: SIMD ${tfSimd ? 'on' : 'off'}, ` +
      `threads ${tfThreads ? 'on' : 'off'}).`,
  );
  p(
    `System load (1-minute average) ${loadBefore.toFixed(1)} at the start and ${loadAfter.toFixed(1)} at the end ` +
      `of the run: on a shared machine, other work slows every contender; compare ratios within one run.`,
  );
  p();
  p('Re-run with `npm run bench` (writes this file; `node scripts/bench.mjs --quick` only prints).');
  p();
  p('The core (`src/core/matrix.ts`) computes in float64 and is single-threaded; TensorFlow.js computes');
  p('in float32. "core ts" is the pure-TypeScript kernel, "core wasm" the WebAssembly SIMD (f64x2)');
  p(
    `kernel${wasmOk ? '' : ' (NOT AVAILABLE here: it fell back to TypeScript)'}. Every figure is the median of ${ROUNDS} ` +
      'timed runs after warm-up (tfjs-cpu in (b): 3), with the four contenders taking turns each round.',
  );
  p();
  const NAMES = ['core-ts', 'core-wasm', 'tfjs-cpu', 'tfjs-wasm'];
  const flops = 2 * 1000 * 500 * 500;
  /** The timing table and the ratio table for one clock ('wall' or 'cpu'). */
  const tables = (clock) => {
    const [ta, tb, tc] = [a[clock], b[clock], c[clock]];
    p('| benchmark | core ts | core wasm | tfjs-cpu | tfjs-wasm |');
    p('| --- | ---: | ---: | ---: | ---: |');
    const row = (label, t) => p(`| ${label} | ${NAMES.map((k) => `${fmt(t[k])} ms`).join(' | ')} |`);
    row('(a) matmul 1000×500 · 500×500', ta);
    row('(b) 10 × 500 tanh forward, 1000 samples', tb);
    row('(c) MLP training step, batch 128 (per step)', tc);
    p(`| (c) steps per second | ${NAMES.map((k) => (1000 / tc[k]).toFixed(0)).join(' | ')} |`);
    p(`| (a) GFLOP/s | ${NAMES.map((k) => (flops / ta[k] / 1e6).toFixed(1)).join(' | ')} |`);
    p();
    p('Speed ratios core / tfjs (above 1 the core is faster; 2.00× = twice as fast):');
    p();
    p('| benchmark | ts / tfjs-cpu | wasm / tfjs-cpu | ts / tfjs-wasm | wasm / tfjs-wasm |');
    p('| --- | ---: | ---: | ---: | ---: |');
    for (const [label, t] of [
      ['(a) matmul', ta],
      ['(b) forward pass', tb],
      ['(c) training step', tc],
    ]) {
      const r = (core, tfk) => x(t[tfk] / t[core]);
      p(
        `| ${label} | ${r('core-ts', 'tfjs-cpu')} | ${r('core-wasm', 'tfjs-cpu')} | ${r('core-ts', 'tfjs-wasm')} | ${r('core-wasm', 'tfjs-wasm')} |`,
      );
    }
    p();
  };
  p('## Wall-clock time (median)');
  p();
  tables('wall');
  p('## CPU time (median)');
  p();
  p('The same runs measured by the CPU time the process used, which waiting for a busy CPU does not');
  p("inflate (other processes still slow it through shared caches). It includes V8's background threads");
  p('(JIT compilers, garbage collector), so on a quiet machine it can exceed the wall-clock time.');
  p();
  tables('cpu');
  p('## Targets');
  p();
  const met = (ok) => (ok ? 'met' : '**not met**');
  const verdict = (f) => `${met(f('wall'))} (CPU time: ${met(f('cpu'))})`;
  const speedup = (t, core) => t['tfjs-cpu'] / t[core];
  const spsOf = (clock, k) => 1000 / c[clock][k];
  p('| target | wall-clock result | verdict |');
  p('| --- | --- | --- |');
  p(
    `| (a) matmul at least 4× faster than tfjs-cpu | ts ${x(speedup(a.wall, 'core-ts'))}, wasm ${x(speedup(a.wall, 'core-wasm'))} | ` +
      `ts ${verdict((k) => speedup(a[k], 'core-ts') >= 4)}; wasm ${verdict((k) => speedup(a[k], 'core-wasm') >= 4)} |`,
  );
  p(
    `| (b) forward pass under 1 s with the TypeScript kernel | ${fmt(b.wall['core-ts'])} ms (CPU ${fmt(b.cpu['core-ts'])} ms) | ` +
      `${verdict((k) => b[k]['core-ts'] < 1000)} |`,
  );
  p(
    `| (c) at least as many steps/s as tfjs-wasm | wasm ${spsOf('wall', 'core-wasm').toFixed(0)}, ts ${spsOf('wall', 'core-ts').toFixed(0)} ` +
      `vs ${spsOf('wall', 'tfjs-wasm').toFixed(0)} steps/s | wasm ${verdict((k) => spsOf(k, 'core-wasm') >= spsOf(k, 'tfjs-wasm'))}; ` +
      `ts ${verdict((k) => spsOf(k, 'core-ts') >= spsOf(k, 'tfjs-wasm'))} |`,
  );
  p();
  p('## What is measured');
  p();
  p('- (a) `matmul(a, b, out)` into a preallocated `out`; tfjs `tf.matMul(a, b)` (result disposed).');
  p('- (b) input 1000×500 ~ N(0, 1), weights ~ N(0, 1)/√500, no biases; the core loop is `matmul` into');
  p(
    '  two alternating buffers plus the core’s `activationForward` with its own tanh (`mathfn.ts`), in place; tfjs is `tanh(matMul(h, w))` ×10 in `tf.tidy`.',
  );
  p('- (c) 784-100-100-100-100-10, ReLU, softmax cross-entropy (mean over the batch), plain SGD, on one');
  p('  fixed synthetic batch of 128 (pixels uniform in [0, 1), random labels). The core step is the');
  p("  benchmark's own code (`coreMlpStep` in scripts/bench.mjs): `matmul` / `matmulAT` / `matmulBT` with");
  p('  explicit loops for bias, ReLU, softmax and the update, no layer objects. tfjs uses `tf.variable`s and');
  p('  `optimizer.minimize` (which runs `tf.variableGrads`), reading the loss back every step.');
  p(
    `- Sanity checks (core float64 vs tfjs float32, relative): (a) ${a.err.toExponential(1)}, ` +
      `(b) ${b.err.toExponential(1)}, (c) loss at the third step ${c.err.toExponential(1)}.`,
  );
  p();
  p('## Small products: TypeScript vs WebAssembly kernel');
  p();
  p(
    'CPU time per `matmul` call (median of batches). The WebAssembly kernel copies its operands in and the result out;',
  );
  p(`in 'auto' mode (the default) products with n·m·k ≥ ${WASM_MIN_PRODUCT} and at least 16 outputs use it, the`);
  p(
    'rest stay in TypeScript (which itself uses plain loops below 512 multiply-adds or for a single output row/column).',
  );
  p();
  p('| product | n·m·k | core ts | core wasm | ts / wasm time |');
  p('| --- | ---: | ---: | ---: | ---: |');
  for (const r of cross)
    p(`| ${r.shape} | ${r.nmk} | ${r.ts.toFixed(2)} µs | ${r.wasm.toFixed(2)} µs | ${(r.ts / r.wasm).toFixed(2)} |`);

  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  if (!quick) {
    writeFileSync(`${root}BENCHMARKS.md`, report);
    log('wrote BENCHMARKS.md');
  }
}

await main();
