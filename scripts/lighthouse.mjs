#!/usr/bin/env node
/**
 * Lighthouse (the npm package, mobile preset with its default simulated throttling) on pages of
 * the built site, served by scripts/serve-static.mjs, in the system's Chromium. A page passes
 * when performance, accessibility, best practices and SEO all score at least 95.
 *
 *   node scripts/lighthouse.mjs [dir] [page …]     # default: dist/, the home page and two chapters
 *
 * Stable scores on a small shared machine:
 *   - the throttling is simulated (Lighthouse loads the page once, unthrottled, and computes the
 *     mobile timings from that trace), so the network side does not vary;
 *   - the CPU side does: Lighthouse multiplies the main-thread work it measured by 4, which on a
 *     machine busy with other jobs emulates a far slower phone than intended. The multiplier is
 *     calibrated to the machine's benchmark index, measured during the same load, as Lighthouse's
 *     own documentation recommends (see `measure` below), so every run emulates the same phone;
 *   - when a page still scores below the bar, it is measured twice more and the median of the
 *     three runs counts: one disturbed run neither fails nor passes a page on its own.
 *
 * Writes .cache/lighthouse.json ({ passed, failed, pages: [{ path, scores, runs }] }) for the
 * test runner, and each page's last report to .cache/lighthouse/<page>.json.
 * Environment: LH_PORT (default 4328), CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from './start-server.mjs';

const BAR = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The performance metrics, reported with each run. */
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};
const args = process.argv.slice(2);
const dir = args[0] ?? 'dist';
const paths = args.length > 1 ? args.slice(1) : ['/', '/chapters/xavier-and-he/', '/chapters/batch-normalisation/'];
const port = Number(process.env.LH_PORT ?? 4328);
const origin = `http://127.0.0.1:${port}`;

let server;
try {
  server = await startServer(dir, port);
} catch (e) {
  console.error(`lighthouse: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

/**
 * One Lighthouse run, with the CPU slowdown calibrated to the machine as Lighthouse's
 * docs/throttling.md describes: its default 4× turns a high-end desktop (benchmark index
 * 1500–2000) into a mid-tier phone, so a machine measured slower gets proportionally less, never
 * below 1× nor above 4×. The page is loaded once (gather mode, which also measures the machine's
 * benchmark index at that moment); the simulated mobile timings are then computed from that load
 * with the calibrated multiplier (audit mode). Throttling is simulated, so the multiplier is only
 * used when the timings are computed and the saved load stays valid.
 */
async function measure(url) {
  const artifactsDir = '.cache/lighthouse/artifacts';
  rmSync(artifactsDir, { recursive: true, force: true });
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  await lighthouse(url, { ...flags, gatherMode: artifactsDir });
  const file = join(artifactsDir, 'artifacts.json');
  const artifacts = JSON.parse(readFileSync(file, 'utf8'));
  const cpuSlowdownMultiplier = calibratedSlowdown(artifacts.BenchmarkIndex);
  const throttling = { ...artifacts.settings.throttling, cpuSlowdownMultiplier };
  artifacts.settings.throttling = throttling;
  writeFileSync(file, JSON.stringify(artifacts));
  const result = await lighthouse(
    url,
    { ...flags, auditMode: artifactsDir },
    {
      extends: 'lighthouse:default',
      settings: { throttling },
    },
  );
  if (!result) throw new Error(`no result for ${url}`);
  return result.lhr;
}

/** Lighthouse's 4× is meant for a benchmark index of about 1750 (the middle of 1500–2000). */
function calibratedSlowdown(benchmarkIndex) {
  return Math.round(Math.min(4, Math.max(1, (4 * benchmarkIndex) / 1750)) * 10) / 10;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
mkdirSync('.cache/lighthouse', { recursive: true });
try {
  for (const path of paths) {
    const runs = [];
    let report = null;
    // One run; if it is below the bar in any category, two more, and the median of three counts.
    for (let i = 0; i < 3 && !(i === 1 && CATEGORIES.every((c) => runs[0][c] >= BAR)); i++) {
      report = await measure(`${origin}${path}`);
      const run = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c].score ?? 0) * 100)]));
      for (const [key, id] of Object.entries(METRICS)) run[key] = report.audits[id].displayValue;
      run.benchmarkIndex = Math.round(report.environment.benchmarkIndex);
      run.cpuSlowdown = report.configSettings.throttling.cpuSlowdownMultiplier;
      runs.push(run);
    }
    results.push({ path, scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))])), runs });
    writeFileSync(
      `.cache/lighthouse/${path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.json`,
      JSON.stringify(report),
    );
    const last = results[results.length - 1];
    const low = CATEGORIES.filter((c) => last.scores[c] < BAR);
    console.log(
      `${low.length ? 'FAIL' : 'ok  '} ${path.padEnd(34)} ${CATEGORIES.map((c) => `${c} ${last.scores[c]}`).join(', ')}` +
        (last.runs.length > 1 ? ` (median of ${last.runs.length} runs)` : ''),
    );
    for (const r of last.runs) {
      console.log(
        `       ${Object.keys(METRICS)
          .map((k) => `${k} ${r[k]}`)
          .join(', ')}: performance ${r.performance} (benchmark index ${r.benchmarkIndex}, CPU ${r.cpuSlowdown}×)`,
      );
    }
    if (low.length) {
      // Say what cost the points.
      for (const c of low) {
        const audits = report.categories[c].auditRefs
          .map((ref) => report.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        console.log(`       ${c}: ${audits.join(', ') || 'no single audit below 0.9'}`);
      }
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
const passed = results.filter((r) => CATEGORIES.every((c) => r.scores[c] >= BAR)).length;
const failed = paths.length - passed;
writeFileSync('.cache/lighthouse.json', JSON.stringify({ passed, failed, pages: results }, null, 2));
process.exit(failed ? 1 : 0);
