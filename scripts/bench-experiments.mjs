#!/usr/bin/env node
/**
 * Every demo's experiment in Node, with the configuration the demo sends to its worker by default
 * (scripts/bench/demo-configs.json, written by `scripts/course bench-site`): the time to its first
 * frame and to its result when it runs in one thread, and, for sweeps (src/core/sweep.ts), the
 * same over a pool of 2 (this thread and one worker thread, scheduled by the same `runSweep` the
 * browser's worker uses); and, for each sweep, one run alone on a worker thread against the same
 * run on two worker threads at once (what computing side by side costs each thread on this
 * machine). Writes the "experiments" section of BENCHMARKS.md.
 *
 *   scripts/course bench-experiments                 # every demo (several minutes)
 *   scripts/course bench-experiments bn-sweep act-race   # only these experiments
 *   scripts/course bench-experiments --no-write      # print only
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { nodeContext } from '../src/core/data/mnist-node.ts';
import { LOCAL, runSweep } from '../src/core/sweep.ts';
import { median } from './bench/median.mjs';
import { writeSection } from './bench/sections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const write = !args.includes('--no-write');
const only = args.filter((a) => !a.startsWith('--'));
const log = (s) => process.stderr.write(`${s}\n`);
const SLICE_MS = 25;

const demos = JSON.parse(readFileSync(`${root}scripts/bench/demo-configs.json`, 'utf8')).filter(
  (d) => !only.length || only.includes(d.experiment),
);

/** A worker thread as a lane of runSweep: one whole run at a time. */
function nodeLane(worker, id) {
  let part = 0;
  return {
    start(config, onFrame, onDone, onError) {
      const mine = ++part;
      worker.removeAllListeners('message');
      worker.on('message', (m) => {
        if (m.part !== mine) return;
        if (m.kind === 'frame') onFrame(m.frame);
        else if (m.kind === 'done') onDone(m.result);
        else onError(new Error(m.message));
      });
      worker.postMessage({ part: mine, id, config });
    },
  };
}

/** Starts a lane worker and waits until it has loaded MNIST. */
function startWorker() {
  const w = new Worker(new URL('./bench/lane-worker.mjs', import.meta.url));
  return new Promise((resolve, reject) => {
    w.once('message', (m) => (m.kind === 'ready' ? resolve(w) : reject(new Error('lane worker: no ready'))));
    w.once('error', reject);
  });
}

/**
 * Runs a generator to its end as the browser's worker drives it: stepping it, and letting other
 * messages in (setImmediate) once a time slice of 25 ms is used. Returns ms to the first frame and
 * to the result.
 */
const immediate = () => new Promise((r) => setImmediate(r));
async function timed(gen) {
  const t0 = performance.now();
  let first = null;
  let slice = t0;
  for (;;) {
    const s = await gen.next();
    const t = performance.now();
    if (s.done) return { first: first ?? t - t0, done: t - t0 };
    first ??= t - t0;
    if (t - slice > SLICE_MS) {
      await immediate();
      slice = performance.now();
    }
  }
}

await nodeContext.loadMnist();
const worker = await startWorker();
const rows = [];
for (const d of demos) {
  const mod = await import(`${root}src/core/experiments/${d.experiment}.ts`);
  const serial = [],
    pooled = [];
  // Fast experiments get several rounds (median); slow ones one round of each.
  let rounds = 1;
  for (let r = 0; r < rounds; r++) {
    serial.push(await timed(mod.default(d.config, nodeContext)));
    if (r === 0 && serial[0].done < 3000) rounds = 5;
    if (mod.sweep) {
      const lane = nodeLane(worker, d.experiment);
      pooled.push(await timed(runSweep(mod.sweep, d.config, nodeContext, [LOCAL, lane], immediate)));
    }
  }
  const m = (xs, k) => (xs.length ? median(xs.map((x) => x[k])) : null);
  const row = {
    ...d,
    sweep: !!mod.sweep,
    runs: mod.sweep ? mod.sweep.runs(d.config).length : 1,
    serialFirst: m(serial, 'first'),
    serialDone: m(serial, 'done'),
    poolFirst: m(pooled, 'first'),
    poolDone: m(pooled, 'done'),
  };
  rows.push(row);
  log(
    `${d.experiment}: serial ${row.serialDone.toFixed(0)} ms${row.sweep ? `, pool of 2 ${row.poolDone.toFixed(0)} ms` : ''}`,
  );
}

// What running side by side costs each thread on this machine: one run of each sweep (its first)
// alone on a worker thread, then on two worker threads at once (this thread only waits).
const second = await startWorker();
/** ms for one whole run on worker `w`, through the same lane the pool uses. */
const runOn = (w, id, config) =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    nodeLane(w, id).start(
      config,
      () => {},
      () => resolve(performance.now() - t0),
      reject,
    );
  });
const pairs = [];
for (const d of demos) {
  const mod = await import(`${root}src/core/experiments/${d.experiment}.ts`);
  if (!mod.sweep) continue;
  const run = mod.sweep.runs(d.config)[0];
  const alone = [],
    together = [];
  for (let r = 0; r < 3; r++) {
    alone.push(await runOn(worker, d.experiment, run));
    const [a, b] = await Promise.all([runOn(worker, d.experiment, run), runOn(second, d.experiment, run)]);
    together.push((a + b) / 2);
  }
  pairs.push({ experiment: d.experiment, alone: median(alone), together: median(together) });
  log(`${d.experiment}: one run alone ${median(alone).toFixed(0)} ms, two at once ${median(together).toFixed(0)} ms`);
}
await worker.terminate();
await second.terminate();

const ms = (x) => (x === null ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const lines = [];
const p = (s = '') => lines.push(s);
const cpus = os.cpus();
p(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus[0].model.trim()} (${cpus.length} cores), Node ${process.version}; ` +
    `system load (1-minute average) ${os.loadavg()[0].toFixed(1)} at the end.`,
);
p();
p('Re-run with `scripts/course bench-experiments` (after `scripts/course bench-site`, which records the');
p('configurations in `scripts/bench/demo-configs.json`). Each demo’s experiment runs with the configuration the');
p('demo sends by default, as the worker drives it (time slices of 25 ms). "Serial" is one thread, the way tests');
p('and build-time runs compute it; "pool of 2" spreads a sweep’s independent runs over this thread and one');
p('worker thread (loaded beforehand) with the same `runSweep` the browser uses, this thread letting the');
p('worker’s messages in between its own steps every 2 ms, as the browser’s coordinating worker does. Median');
p('of 5 rounds for experiments under 3 s, one round otherwise. The browser adds page work and its own');
p('workers’ start-up.');
p();
p(
  '| chapter | demo | experiment | runs | serial: first frame | serial: result | pool of 2: first frame | pool of 2: result | speed-up |',
);
p('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows)
  p(
    `| ${r.chapter} | ${r.demo} | ${r.experiment} | ${r.sweep ? r.runs : '1'} | ${ms(r.serialFirst)} | ${ms(r.serialDone)} | ` +
      `${ms(r.poolFirst)} | ${ms(r.poolDone)} | ${r.sweep ? `${(r.serialDone / r.poolDone).toFixed(2)}×` : '—'} |`,
  );
p();
p('Two threads computing at once each run slower than one alone, which bounds what a pool of 2 can');
p('gain on this machine below 2×. The first run of each sweep, alone on a worker thread, then the same');
p('run on two worker threads at the same time (medians of 3):');
p();
p('| experiment | one run alone | two at once (each) | slower by |');
p('| --- | ---: | ---: | ---: |');
for (const q of pairs)
  p(`| ${q.experiment} | ${ms(q.alone)} | ${ms(q.together)} | ${((q.together / q.alone - 1) * 100).toFixed(0)} % |`);
const body = `${lines.join('\n')}\n`;
process.stdout.write(body);
if (write && !only.length) {
  writeSection(`${root}BENCHMARKS.md`, 'experiments', body);
  log('wrote BENCHMARKS.md (the experiments section)');
}
