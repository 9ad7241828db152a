/**
 * What every part of the benchmark (scripts/bench.mjs) shares: TensorFlow.js loaded in Node with
 * its CPU and WebAssembly backends, the timing race, and small helpers.
 */
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { median } from './median.mjs';
import { matrix, setMatmulKernel } from '../../src/core/matrix.ts';
import { Rng } from '../../src/core/rng.ts';

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
export const tf = await import('@tensorflow/tfjs-core');
await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
await import('@tensorflow/tfjs-backend-cpu');
const { setWasmPaths } = await import('@tensorflow/tfjs-backend-wasm');

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const quick = process.argv.includes('--quick');
export const ROUNDS = quick ? 3 : 9;

setWasmPaths(`${root}node_modules/@tensorflow/tfjs-backend-wasm/dist/`);

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

// A full garbage collection before every timed run, so that no contender pays for collecting
// another's garbage (tfjs allocates a tensor per op; the core allocates almost nothing).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc');

/**
 * CPU time used by this process so far, in ms. The contenders compute on the main thread only;
 * race() lets V8's background work (GC sweeping, compiling) settle before each timed run.
 */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/**
 * Times each contender `rounds` times, taking turns, after `warmup` untimed runs each.
 * A contender is { name, setup(), run() }: setup() (untimed) selects a backend or kernel.
 * `skip` stops a slow contender after that many rounds. Returns the median wall-clock ms per
 * run, { wall: { name: ms } }, and the median CPU time per run, { cpu: { name: ms } }, which
 * other processes on the machine inflate much less.
 */
export async function race(contenders, { rounds = ROUNDS, warmup = 2, skip = {} } = {}) {
  const wall = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const cpu = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (const c of contenders) {
    await c.setup();
    for (let w = 0; w < warmup; w++) c.run();
  }
  for (let r = 0; r < rounds; r++) {
    for (const c of contenders) {
      if (r >= (skip[c.name] ?? rounds)) continue;
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
  return {
    wall: medians(wall),
    cpu: medians(cpu),
    runs: Object.fromEntries(Object.entries(wall).map(([k, v]) => [k, v.length])),
  };
}

/** Divides every figure of a race result by `d`. */
export function per(result, d) {
  const div = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v / d]));
  return { ...result, wall: div(result.wall), cpu: div(result.cpu) };
}

/**
 * CPU time per call of `f` in µs: the median of `samples` batches, each long enough (≥ 5 ms)
 * to time reliably on a busy machine.
 */
export function perCallMicros(f, samples = quick ? 3 : 7) {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) f();
    if (performance.now() - t0 > 5) break;
    reps *= 2;
  }
  const times = [];
  for (let s = 0; s < samples; s++) {
    const t0 = cpuMs();
    for (let r = 0; r < reps; r++) f();
    times.push(((cpuMs() - t0) / reps) * 1000);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// Backends and data
// ---------------------------------------------------------------------------------------------

export async function useTf(backend) {
  if (tf.getBackend() !== backend) {
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs backend ${backend} failed to start`);
  }
  await tf.ready();
}

/** A contender's setup: select the core's kernel (for both precisions), or a tfjs backend. */
export const core = (kernel) => () => setMatmulKernel(kernel);
export const tfjs = (backend) => () => useTf(backend);

const rng = new Rng('bench');
export { rng };

/** A rows × cols float64 matrix with entries ~ N(0, std²). */
export function normal(rows, cols, std = 1) {
  return matrix(rows, cols, rng.fillNormal(new Float64Array(rows * cols), std));
}

export const toTensor = (m) => tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);

/** Largest |x − y| relative to the largest |y|: a check that both sides computed the same. */
export function agreement(x, y) {
  let d = 0,
    s = 0;
  for (let i = 0; i < y.length; i++) {
    d = Math.max(d, Math.abs(x[i] - y[i]));
    s = Math.max(s, Math.abs(y[i]));
  }
  return d / s;
}

/** Whether two float32 arrays hold the same bits. */
export function sameBits(x, y) {
  const a = new Uint32Array(x.buffer, x.byteOffset, x.length);
  const b = new Uint32Array(y.buffer, y.byteOffset, y.length);
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
