/**
 * Screenshots of every built page, in light and dark theme, at desktop and phone widths, so a
 * person can look at what the course shows. Needs a build (`scripts/course build`).
 *
 *   node scripts/screenshots.mjs                   # every page → screenshots/
 *   node scripts/screenshots.mjs /chapters/x/?a=1  # only these paths
 *   DIST_DIR=/tmp/site node scripts/screenshots.mjs  # a build made with --outDir /tmp/site
 *
 * Each page is scrolled through so that its islands hydrate and its demos finish a first run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium } from '@playwright/test';

const port = Number(process.env.SCREENSHOT_PORT ?? 4331);
const dist = process.env.DIST_DIR ?? 'dist';
const out = 'screenshots';
mkdirSync(out, { recursive: true });

function pages() {
  const found = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (!['pagefind', '_astro', 'data'].includes(name)) walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        found.push(rel ? `/${rel}/` : '/');
      }
    }
  })(dist);
  return found.sort();
}

const paths = process.argv.slice(2).length ? process.argv.slice(2) : pages();
const server = spawn(process.execPath, ['scripts/serve-static.mjs', dist, String(port)], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 500));
}

const browser = await chromium.launch({
  headless: true,
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
try {
  for (const [label, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(base + path);
        const islands = page.locator('astro-island');
        for (let i = 0; i < (await islands.count()); i++) {
          await islands.nth(i).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
          await page.waitForTimeout(300);
        }
        await page.waitForTimeout(2500);
        await page.evaluate(() => window.scrollTo(0, 0));
        const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
        const file = `${out}/${name}.${label}.${scheme}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
