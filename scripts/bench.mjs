#!/usr/bin/env node
/**
 * Benchmark of the course's network core (src/core) against TensorFlow.js 4.22 (float32) on its
 * pure-JavaScript CPU backend and its WebAssembly SIMD backend, in one run:
 *
 *   (a) matmul 1000×500 · 500×500
 *   (b) forward pass of 10 tanh layers of 500 units over 1000 samples
 *   (c) one SGD training step of an MNIST-shaped MLP (784-100-100-100-100-10, ReLU,
 *       softmax cross-entropy, batch 128)
 *
 * The core runs in float64 (matrix.ts) and, for (a) and (b), in float32 (matrix32.ts), each with
 * its TypeScript and its WebAssembly kernel; contenders take turns round by round so that
 * background load hits all of them alike. Then the kernels up close (scripts/bench/kernels.mjs):
 * small-product crossovers, float32 tanh variants, a stage-by-stage profile of (a) in float32.
 * Prints a Markdown report and writes it as the first section of BENCHMARKS.md (scripts/bench/sections.mjs).
 *
 *   scripts/course bench                   # full run (a few minutes on a busy 2-core machine)
 *   scripts/course bench --quick           # fewer rounds, does not write BENCHMARKS.md
 */
import os from 'node:os';
import { matmulKernel, setMatmulKernel, WASM_MIN_PRODUCT } from '../src/core/matrix.ts';
import { matmulKernel32, WASM32_MIN_PRODUCT } from '../src/core/matrix32.ts';
import { WASM_TANH_MIN } from '../src/core/kernels/tanh32.ts';
import { ROUNDS, quick, root, tf, useTf } from './bench/harness.mjs';
import { CONTENDERS, benchForward, benchMatmul } from './bench/forward.mjs';
import { benchTraining } from './bench/training.mjs';
import { benchCrossover, benchTanh, benchTanhCrossover, profileMatmul32 } from './bench/kernels.mjs';
import { writeSection } from './bench/sections.mjs';

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const x = (r) => `${r.toFixed(2)}×`;

async function main() {
  setMatmulKernel('wasm');
  const wasmOk = matmulKernel() === 'wasm' && matmulKernel32() === 'wasm';
  setMatmulKernel('auto');
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
  log('profile, tanh, crossovers …');
  const profile = profileMatmul32();
  const tanhRows = await benchTanh();
  const cross = benchCrossover();
  const tanhCross = benchTanhCrossover();
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
  p('Re-run with `scripts/course bench` (writes this first section; `--quick` only prints). The two sections');
  p('after it come from `scripts/course bench-experiments` (each demo’s experiment in Node, serial and in a');
  p('pool) and `scripts/course bench-site` (the built site in Chromium).');
  p();
  p('The core is single-threaded. "core f64" computes in float64 (`src/core/matrix.ts`), "core f32" in');
  p('float32 (`src/core/matrix32.ts`), as TensorFlow.js does; "ts" is the TypeScript kernel, "wasm" the');
  p(
    `WebAssembly SIMD kernel (f64x2, resp. f32x4)${wasmOk ? '' : ' (NOT AVAILABLE here: it fell back to TypeScript)'}. ` +
      `Every figure is the median of ${ROUNDS} timed runs after warm-up (in (b): tfjs-cpu 3, core f32 ts 5),`,
  );
  p('with the contenders taking turns each round.');
  p();
  const keys = CONTENDERS.map(([k]) => k);
  const flops = 2 * 1000 * 500 * 500;
  const tables = (clock) => {
    const [ta, tb, tc] = [a[clock], b[clock], c[clock]];
    const cell = (t, k, f) => (t[k] === undefined ? '—' : f(t[k]));
    p(`| benchmark | ${CONTENDERS.map(([, label]) => label).join(' | ')} |`);
    p(`| --- | ${keys.map(() => '---:').join(' | ')} |`);
    const row = (label, t) => p(`| ${label} | ${keys.map((k) => cell(t, k, (v) => `${fmt(v)} ms`)).join(' | ')} |`);
    row('(a) matmul 1000×500 · 500×500', ta);
    row('(b) 10 × 500 tanh forward, 1000 samples', tb);
    row('(c) MLP training step, batch 128 (per step)', tc);
    p(`| (c) steps per second | ${keys.map((k) => cell(tc, k, (v) => (1000 / v).toFixed(0))).join(' | ')} |`);
    p(`| (a) GFLOP/s | ${keys.map((k) => (flops / ta[k] / 1e6).toFixed(1)).join(' | ')} |`);
    p();
    p('Speed ratios (above 1 the first is faster; 2.00× = twice as fast):');
    p();
    const pairs = [
      ['f32-wasm', 'tfjs-wasm'],
      ['f64-wasm', 'tfjs-wasm'],
      ['f32-ts', 'tfjs-cpu'],
      ['f64-ts', 'tfjs-cpu'],
      ['f32-wasm', 'f64-wasm'],
    ];
    const name = (k) => CONTENDERS.find(([key]) => key === k)[1];
    p(`| benchmark | ${pairs.map(([u, v]) => `${name(u)} / ${name(v)}`).join(' | ')} |`);
    p(`| --- | ${pairs.map(() => '---:').join(' | ')} |`);
    for (const [label, t] of [
      ['(a) matmul', ta],
      ['(b) forward pass', tb],
      ['(c) training step', tc],
    ]) {
      p(`| ${label} | ${pairs.map(([u, v]) => (t[u] === undefined ? '—' : x(t[v] / t[u]))).join(' | ')} |`);
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
  const vs = (t, u, v) => t[v] / t[u];
  const sps = (clock, k) => 1000 / c[clock][k];
  p('| target | wall-clock result | verdict |');
  p('| --- | --- | --- |');
  p(
    `| (a) f32 wasm at least 1.5× faster than tfjs-wasm | ${x(vs(a.wall, 'f32-wasm', 'tfjs-wasm'))} | ` +
      `${verdict((k) => vs(a[k], 'f32-wasm', 'tfjs-wasm') >= 1.5)} |`,
  );
  p(
    `| (b) f32 wasm at least 1.5× faster than tfjs-wasm | ${x(vs(b.wall, 'f32-wasm', 'tfjs-wasm'))} | ` +
      `${verdict((k) => vs(b[k], 'f32-wasm', 'tfjs-wasm') >= 1.5)} |`,
  );
  p(
    `| (a) f64 matmul at least 4× faster than tfjs-cpu | ts ${x(vs(a.wall, 'f64-ts', 'tfjs-cpu'))}, wasm ${x(vs(a.wall, 'f64-wasm', 'tfjs-cpu'))} | ` +
      `ts ${verdict((k) => vs(a[k], 'f64-ts', 'tfjs-cpu') >= 4)}; wasm ${verdict((k) => vs(a[k], 'f64-wasm', 'tfjs-cpu') >= 4)} |`,
  );
  p(
    `| (b) f64 forward pass under 1 s with the TypeScript kernel | ${fmt(b.wall['f64-ts'])} ms (CPU ${fmt(b.cpu['f64-ts'])} ms) | ` +
      `${verdict((k) => b[k]['f64-ts'] < 1000)} |`,
  );
  p(
    `| (c) f32 wasm at least 5× tfjs-wasm's steps/s | ${x(vs(c.wall, 'f32-wasm', 'tfjs-wasm'))} (${sps('wall', 'f32-wasm').toFixed(0)} vs ` +
      `${sps('wall', 'tfjs-wasm').toFixed(0)} steps/s) | ${verdict((k) => vs(c[k], 'f32-wasm', 'tfjs-wasm') >= 5)} |`,
  );
  p(
    `| (c) at least as many steps/s as tfjs-wasm | wasm ${sps('wall', 'f64-wasm').toFixed(0)}, ts ${sps('wall', 'f64-ts').toFixed(0)} ` +
      `vs ${sps('wall', 'tfjs-wasm').toFixed(0)} steps/s | wasm ${verdict((k) => sps(k, 'f64-wasm') >= sps(k, 'tfjs-wasm'))}; ` +
      `ts ${verdict((k) => sps(k, 'f64-ts') >= sps(k, 'tfjs-wasm'))} |`,
  );
  p();

  p('## Where the time goes: (a) in float32 WebAssembly');
  p();
  p('The stages of `matmul32` with the WebAssembly kernel (`src/core/kernels/wasm-gemm32.ts`), timed one by');
  p("one on a module instance of the benchmark's own (CPU time, median of batches):");
  p();
  p('| stage | ms |');
  p('| --- | ---: |');
  for (const s of profile.stages) p(`| ${s.stage} | ${s.ms.toFixed(2)} |`);
  p(`| total | ${profile.stages.reduce((s, t) => s + t.ms, 0).toFixed(2)} |`);
  p();
  const tfA = a.cpu['tfjs-wasm'];
  const multiply = profile.stages.find((s) => s.stage.startsWith('multiply')).ms;
  p(
    'Each stage here runs repeatedly on its own, with its data already in the caches, so the copies and ' +
      `packing cost somewhat more inside a real call: row (a) took ${fmt(a.cpu['f32-wasm'])} ms of CPU time, ` +
      `${fmt(a.cpu['f32-wasm'] - multiply)} ms more than the multiply loop alone.`,
  );
  p();
  p(
    `The multiply loop on operands that stay in the L1 cache (8 × 16 outputs, depth 256) runs at ` +
      `${profile.l1Gflops.toFixed(1)} GFLOP/s. Without fused multiply-add, four multiply-adds take one f32x4 ` +
      `multiply and one f32x4 add; AMD's Zen cores issue at most two 128-bit multiplies and two adds per ` +
      `cycle, so that is about as fast as 128-bit SIMD gets here, and the loop of row (a) runs at that rate ` +
      `(${((2 * 1000 * 504 * 500) / multiply / 1e6).toFixed(1)} GFLOP/s, counting the padded last column panel). ` +
      `At the L1 rate, (a) needs ${profile.floorMs.toFixed(2)} ms for its multiply-adds alone, with no copying ` +
      `or packing; tfjs-wasm took ${fmt(tfA)} ms of CPU time in this run, so 1.5× would mean ${fmt(tfA / 1.5)} ms: ` +
      'less than the arithmetic itself takes at full speed.',
  );
  p('TensorFlow.js (XNNPACK) also packs the weights once and caches them with the tensor; the core packs');
  p('both operands in every call, as a training loop that updates its weights needs.');
  p();

  p('## tanh in float32 (row (b)’s activation)');
  p();
  p('Time per element over the 1000 × 500 activations (values ~ N(0, 1.5²)), medians, contenders in turn:');
  p();
  p('| tanh | ns per element (wall) | ns per element (CPU) |');
  p('| --- | ---: | ---: |');
  for (const r of tanhRows) p(`| ${r.name} | ${r.wall.toFixed(2)} | ${r.cpu.toFixed(2)} |`);
  p();
  const ns = (prefix) => tanhRows.find((r) => r.name.startsWith(prefix)).cpu;
  const [via64, ts32, simd32] = [ns('f32 via float64'), ns('f32 tanh32'), ns('f32 tanhForward32')];
  p(
    'Both float32 ways give the same bits in every engine. In TypeScript, computing in float64 and rounding ' +
      `(\`Math.fround(tanh(x))\`, ${via64.toFixed(1)} ns) ${via64 < ts32 ? 'beats' : 'loses to'} float32 arithmetic ` +
      `through Math.fround (tanh32, ${ts32.toFixed(1)} ns), since every fround is a conversion. The core uses ` +
      `tanh32 all the same: its f32x4 version gives the same bits at ${simd32.toFixed(1)} ns, ` +
      `${(Math.min(via64, ts32) / simd32).toFixed(0)}× faster than either, and the TypeScript one stays its exact fallback.`,
  );
  p();

  p('## What is measured');
  p();
  p('- (a) `matmul(a, b, out)` / `matmul32(a, b, out)` into a preallocated `out`; tfjs `tf.matMul(a, b)`');
  p('  (result disposed). float32 operands are the float64 ones rounded.');
  p('- (b) input 1000×500 ~ N(0, 1), weights ~ N(0, 1)/√500, no biases; the core loop is the product into');
  p('  two alternating buffers, then tanh in place: float64 with `activationForward` (mathfn.ts),');
  p('  float32 with `tanhForward32`; tfjs is `tanh(matMul(h, w))` ×10 in `tf.tidy`.');
  p('- (c) 784-100-100-100-100-10, ReLU, softmax cross-entropy (mean over the batch), plain SGD, on one');
  p('  fixed synthetic batch of 128 (pixels uniform in [0, 1), random labels). The core step is the');
  p('  core’s own path, as every experiment trains: a `buildMlp` network (Dense and ReLU layers), `trainStep`');
  p('  (forward, the softmax cross-entropy loss part, backward, the divergence checks and the rollback');
  p('  checkpoint) and `makeOptimizer`’s SGD; "core f32" is the same network built with `precision:');
  p("  'float32'` (its Dense layers' products in float32, all else float64). tfjs uses `tf.variable`s");
  p('  and `optimizer.minimize` (which runs `tf.variableGrads`), reading the loss back every step.');
  p(
    `- Sanity checks against tfjs-wasm (relative): (a) f64 ${a.err.toExponential(1)}, f32 ${a.err32.toExponential(1)}; ` +
      `(b) f64 ${b.err.toExponential(1)}, f32 ${b.err32.toExponential(1)}; (c) loss at the third step ${c.err.toExponential(1)}. ` +
      `(b) in float32: TypeScript and WebAssembly outputs ${b.identical ? 'bit-identical' : '**DIFFER**'}.` +
      (a.err32 === 0
        ? " (a) in float32 equals tfjs-wasm's product entry for entry: XNNPACK, too, sums each entry in order without fused multiply-add."
        : ''),
  );
  p();

  p('## Small products: TypeScript vs WebAssembly kernels');
  p();
  p('CPU time per call (median of batches). The WebAssembly kernels copy their operands in and the result');
  p(`out. In 'auto' mode (the default) float64 products with n·m·k ≥ ${WASM_MIN_PRODUCT} and at least 16 outputs`);
  p(
    `use WebAssembly, and float32 products with n·m·k ≥ ${WASM32_MIN_PRODUCT} and at least 16 outputs; the rest stay in TypeScript.`,
  );
  p();
  p('| product | n·m·k | f64 ts | f64 wasm | f64 ts / wasm | f32 ts | f32 wasm | f32 ts / wasm |');
  p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of cross) {
    p(
      `| ${r.shape} | ${r.nmk} | ${r['f64-ts'].toFixed(2)} µs | ${r['f64-wasm'].toFixed(2)} µs | ${(r['f64-ts'] / r['f64-wasm']).toFixed(2)} ` +
        `| ${r['f32-ts'].toFixed(2)} µs | ${r['f32-wasm'].toFixed(2)} µs | ${(r['f32-ts'] / r['f32-wasm']).toFixed(2)} |`,
    );
  }
  p();
  p(`\`tanhForward32\` per call; 'auto' uses WebAssembly from ${WASM_TANH_MIN} elements:`);
  p();
  p('| elements | ts | wasm | ts / wasm |');
  p('| ---: | ---: | ---: | ---: |');
  for (const r of tanhCross)
    p(`| ${r.len} | ${r.ts.toFixed(2)} µs | ${r.wasm.toFixed(2)} µs | ${(r.ts / r.wasm).toFixed(2)} |`);

  const report = `${lines.join('\n')}\n`;
  process.stdout.write(report);
  if (!quick) {
    writeSection(`${root}BENCHMARKS.md`, 'core', report);
    log('wrote BENCHMARKS.md');
  }
}

await main();
