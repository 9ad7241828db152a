#!/usr/bin/env node
/**
 * The site as a reader gets it: every chapter of the built site (dist/) opened in Chromium and
 * scrolled through, timing each demo from hydration to its first frame on screen and to
 * `data-state="done"` (demos that wait for Run are pressed, one at a time, and timed from the
 * press), and counting the main thread's long tasks per chapter. Prints Markdown tables and
 * writes them into the last section of BENCHMARKS.md, with the machine they ran on; and writes
 * the configuration each demo sent to its worker to scripts/bench/demo-configs.json, which
 * `scripts/course bench-experiments` times in Node.
 * Builds nothing: run `scripts/course build` first.
 *
 *   scripts/course bench-site                           # every chapter, 3 visits each (about 4 minutes)
 *   scripts/course bench-site introduction xavier-and-he   # only these chapters (by slug)
 *   scripts/course bench-site --no-write                # print only
 *   scripts/course bench-site --visits 5                # medians of 5 visits per chapter
 *
 * Environment: BENCH_SITE_PORT (default 4332) for the static server, DIST_DIR (default dist),
 * CHROMIUM_PATH (default /usr/bin/chromium). How runs are tied to demos: scripts/bench/site-probe.mjs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { probe } from './bench/site-probe.mjs';
import { median } from './bench/median.mjs';
import { writeSection } from './bench/sections.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.BENCH_SITE_PORT ?? 4332);
const dist = process.env.DIST_DIR ?? 'dist';
const args = process.argv.slice(2);
const write = !args.includes('--no-write');
/** Visits per chapter: the tables give the median of each figure over them. */
const visitsAt = args.indexOf('--visits');
const VISITS = visitsAt >= 0 ? Number(args[visitsAt + 1]) : 3;
if (!(Number.isInteger(VISITS) && VISITS >= 1 && VISITS <= 20)) {
  console.error('bench-site: --visits takes a whole number from 1 to 20');
  process.exit(2);
}
/** How long a page may take to hydrate and finish its demos that run on load, and a pressed demo its run. */
const PAGE_TIMEOUT = 120_000;
const RUN_TIMEOUT = 60_000;

const chapterDir = `${dist}/chapters`;
if (!existsSync(chapterDir)) {
  console.error(`bench-site: no ${chapterDir}: build the site first (scripts/course build)`);
  process.exit(1);
}
const all = readdirSync(chapterDir).filter((d) => existsSync(`${chapterDir}/${d}/index.html`));
const asked = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--visits');
const unknown = asked.filter((a) => !all.includes(a));
if (unknown.length) {
  console.error(`bench-site: no chapter ${unknown.join(', ')} in ${chapterDir} (there are: ${all.join(', ')})`);
  process.exit(2);
}
const order = (slug) =>
  Number(/^order:\s*(\d+)/m.exec(readFileSync(`${root}content/chapters/${slug}.mdx`, 'utf8'))?.[1] ?? 99);
const chapters = (asked.length ? asked : all).sort((x, y) => order(x) - order(y));

const loadBefore = os.loadavg()[0];
const server = spawn(process.execPath, ['scripts/serve-static.mjs', dist, String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (i > 60) throw new Error(`bench-site: the static server did not start on port ${port}`);
  }
  await sleep(250);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const log = (s) => process.stderr.write(`${s}\n`);

/** Polls `f` in the page until it returns true; false after `ms`. */
async function until(page, f, ms, arg) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await page.evaluate(f, arg)) return true;
    await sleep(250);
  }
  return false;
}

/** Opens a chapter, scrolls through it, presses every Run, and returns what the probe saw. */
async function benchChapter(slug) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  const t0 = Date.now();
  await page.goto(`${base}/chapters/${slug}/`, { waitUntil: 'load' });
  // Scroll down a screen at a time, as a reader would; islands hydrate as they come into view.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((top) => window.scrollTo({ top }), y);
    await sleep(250);
  }
  const demoCount = await page.locator('figure.demo').count();
  const hydrated = await until(
    page,
    () => [...document.querySelectorAll('figure.demo')].every((f) => f.hasAttribute('data-hydrated')),
    PAGE_TIMEOUT,
  );
  // Demos that run on load: wait until each is done, or waits for Run (its tables idle; a demo with
  // a part on load and a part on Run is settled when the first is done).
  const settled = () =>
    [...document.querySelectorAll('figure.demo')].every((f) =>
      [...f.querySelectorAll('table[data-state]')].every((t) =>
        ['done', 'idle'].includes(t.getAttribute('data-state')),
      ),
    );
  const loadSettled = await until(page, settled, Math.max(1000, PAGE_TIMEOUT - (Date.now() - t0)));
  // Demos that wait for Run: press each in turn and wait for it.
  const presses = [];
  const figures = page.locator('figure.demo');
  for (let i = 0; i < demoCount; i++) {
    const fig = figures.nth(i);
    const idle = await fig.evaluate((f) =>
      [...f.querySelectorAll('table[data-state]')].every((t) => t.getAttribute('data-state') === 'idle'),
    );
    const button = fig.locator('.run-controls button.primary');
    if (!idle || (await button.count()) === 0) continue;
    await button.scrollIntoViewIfNeeded();
    const title = await fig.getAttribute('aria-label');
    const pressAt = await button.evaluate((b) => {
      const t = performance.now();
      /** @type {HTMLButtonElement} */ (b).click();
      return t;
    });
    const finished = await until(
      page,
      (k) =>
        [...document.querySelectorAll('figure.demo')[k].querySelectorAll('table[data-state]')].every(
          (t) => t.getAttribute('data-state') === 'done',
        ),
      RUN_TIMEOUT,
      i,
    );
    presses.push({ title, pressAt, finished });
  }
  const seen = await page.evaluate(() => window.__benchSite);
  await context.close();
  return { slug, demoCount, hydrated, loadSettled, presses, seen, seconds: (Date.now() - t0) / 1000 };
}

/** Per chapter, its visits (the chapters taking turns, so that a slow minute of the machine does not fall on one chapter's every visit). */
const visits = new Map(chapters.map((slug) => [slug, []]));
for (let v = 0; v < VISITS; v++) {
  for (const slug of chapters) {
    log(`${slug} (visit ${v + 1} of ${VISITS}) …`);
    visits.get(slug).push(await benchChapter(slug));
  }
}
const results = chapters.map((slug) => visits.get(slug));
const chromiumVersion = browser.version();
await browser.close();
server.kill();

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const ms = (x) =>
  x === null || x === undefined ? '—' : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`;
const lines = [];
const p = (s = '') => lines.push(s);
const cpus = os.cpus();
p(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus[0].model.trim()} (${cpus.length} cores), ` +
    `Node ${process.version}, Chromium ${chromiumVersion} (headless, --disable-gpu), a 1280 × 900 window; ` +
    `system load (1-minute average) ${loadBefore.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end.`,
);
p();
p('Re-run with `scripts/course build`, then `scripts/course bench-site [chapter slugs]`. Each chapter opens in a');
p(
  `fresh page ${VISITS} times (medians below) and is scrolled through a screen at a time; demos that run on load are timed from their`,
);
p('hydration, demos that wait for Run are pressed one after another and timed from the press. "First');
p('frame" is the first change of the demo’s figure or data table after its worker’s first message;');
p(
  `"done" is every data table of the demo saying \`data-state="done"\` (— if not within ${RUN_TIMEOUT / 1000} s of a press,`,
);
p('or within the page’s time for demos that run on load).');
p();
p('| chapter | demo | starts | first frame | done |');
p('| --- | --- | --- | ---: | ---: |');
/** What a demo did: how it started, and ms from hydration (or the press) to its first frame and to done. */
function timings(r, d) {
  const press = r.presses.find((x) => x.title === d.title);
  const from = press ? press.pressAt : d.hydratedAt;
  const run = r.seen.runs.find((x) => x.demo === d.title && from !== null && x.startAt >= from);
  if (!run) return { starts: press ? 'on Run' : 'no run', firstFrame: null, done: null, run: null };
  const after = (times, t0) => (t0 === null ? null : (times.find((t) => t >= t0) ?? null));
  const since = (t) => (t === null ? null : t - from);
  return {
    starts: press ? 'on Run' : 'on load',
    firstFrame: since(after(d.shown, run.firstMessageAt)),
    done: since(after(d.done, run.startAt)),
    run,
  };
}
/** The median of the numbers among `xs` (null when there are none). */
function medianOf(xs) {
  const v = xs.filter((x) => x !== null && x !== undefined);
  return v.length ? median(v) : null;
}
/** A demo over a chapter's visits: how it starts, and the median of each timing over the visits that saw its run. */
function demoTimings(rs, title) {
  const all = rs.flatMap((r) => r.seen.demos.filter((d) => d.title === title).map((d) => timings(r, d)));
  const seen = all.filter((t) => t.run);
  return {
    starts: seen[0]?.starts ?? all[0]?.starts ?? 'no run',
    firstFrame: medianOf(seen.map((t) => t.firstFrame)),
    done: medianOf(seen.map((t) => t.done)),
    run: seen[0]?.run ?? null,
    visits: seen.length,
  };
}
for (const rs of results) {
  for (const d of rs[0].seen.demos) {
    const t = demoTimings(rs, d.title);
    // A visit whose run the probe could not tie to this demo (two demos starting in one task and
    // finishing together) is left out; the count says so.
    const of = t.visits && t.visits < rs.length ? ` (${t.visits} of ${rs.length})` : '';
    p(`| ${rs[0].slug} | ${d.title} | ${t.starts}${of} | ${ms(t.firstFrame)} | ${ms(t.done)} |`);
  }
}
p();
p('Long tasks of the main thread (≥ 50 ms) over the whole visit (load, scrolling, every run), as');
p("PerformanceObserver 'longtask' reports them, and the long animation frames that blocked input");
p("('long-animation-frame' with a blocking duration): a frame holds its tasks and its rendering, and");
p("reports a chapter's first layout, which 'longtask' often misses. \"Its style and layout\" is the");
p('longest style-and-layout stage of one such frame. Each column is the median over the visits.');
p();
p(
  '| chapter | demos | long tasks | longest | total in long tasks | blocking frames | longest frame | its style and layout | visit |',
);
p('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const rs of results) {
  const each = rs.map((r) => {
    const tasks = r.seen.longTasks;
    const frames = r.seen.longFrames;
    return {
      tasks: tasks.length,
      longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      total: tasks.reduce((s, t) => s + t.duration, 0),
      frames: frames.length,
      longestFrame: frames.reduce((m, f) => Math.max(m, f.duration), 0),
      layout: frames.reduce((m, f) => Math.max(m, f.styleAndLayout), 0),
      seconds: r.seconds,
    };
  });
  const m = (k) => medianOf(each.map((e) => e[k]));
  const count = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  p(
    `| ${rs[0].slug} | ${rs[0].demoCount} | ${count(m('tasks'))} | ${ms(m('longest'))} | ${ms(m('total'))} | ` +
      `${count(m('frames'))} | ${ms(m('longestFrame'))} | ${ms(m('layout'))} | ${m('seconds').toFixed(0)} s |`,
  );
}
const problems = results
  .flat()
  .flatMap((r) => [
    ...(r.hydrated ? [] : [`${r.slug}: not every demo hydrated`]),
    ...(r.loadSettled ? [] : [`${r.slug}: demos that run on load had not finished after ${PAGE_TIMEOUT / 1000} s`]),
  ]);
if (problems.length) {
  p();
  for (const s of problems) p(`- ${s}`);
}

const body = `${lines.join('\n')}\n`;
process.stdout.write(body);
if (write) {
  writeSection(`${root}BENCHMARKS.md`, 'site', body);
  // The configurations the demos sent to their workers: what scripts/course bench-experiments times.
  const configs = results.flatMap((rs) =>
    rs[0].seen.demos.flatMap((d) => {
      const { starts, run } = demoTimings(rs, d.title);
      return run
        ? [{ chapter: rs[0].slug, demo: d.title, starts, experiment: run.experiment, config: run.config }]
        : [];
    }),
  );
  const file = `${root}scripts/bench/demo-configs.json`;
  // Chapters not visited this time keep their entries; a visited chapter's entries follow its
  // demos in page order, each with the configuration seen now, or else (a run this visit could not
  // tie to its demo: two demos starting in one task and finishing together) the one seen before.
  const key = (chapter, demo) => `${chapter}\n${demo}`;
  const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const known = new Map([...before, ...configs].map((c) => [key(c.chapter, c.demo), c]));
  const chapters = [...new Set([...before.map((c) => c.chapter), ...results.map((rs) => rs[0].slug)])];
  const list = chapters.flatMap((chapter) => {
    const rs = results.find((x) => x[0].slug === chapter);
    if (!rs) return before.filter((c) => c.chapter === chapter);
    return rs[0].seen.demos.flatMap((d) => known.get(key(chapter, d.title)) ?? []);
  });
  writeFileSync(file, `${JSON.stringify(list, null, 1)}\n`);
  log('wrote BENCHMARKS.md (the site section)');
}
