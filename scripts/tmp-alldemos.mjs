import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const port = 4343;
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['scripts/serve-static.mjs', 'dist', String(port)], { stdio: 'ignore' });
for (let i = 0; i < 60; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  await new Promise((r) => setTimeout(r, 300));
}
const browser = await chromium.launch({
  headless: true,
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const chapters = [
  'introduction',
  'activation-functions',
  'data-preprocessing',
  'weight-initialisation',
  'xavier-and-he',
  'batch-normalisation',
  'babysitting-learning',
  'hyperparameter-search',
  'parameter-updates',
];
const scheme = process.argv[2] ?? 'light';
const width = Number(process.argv[3] ?? 1280);
for (const ch of chapters) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(`${base}/chapters/${ch}/`);
  const ids = await page
    .locator('[id^="demo-"]')
    .evaluateAll((els) => els.map((e) => e.id).filter((id) => /^demo-[a-z-]+$/.test(id)));
  for (const id of [...new Set(ids)]) {
    const el = page.locator('#' + id).first();
    await el.scrollIntoViewIfNeeded();
    await page.waitForSelector(`#${id}[data-hydrated]`, { timeout: 20000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.evaluate(() => window.scrollBy(0, 0));
    await el.screenshot({ path: `/tmp/mf/all/${id}.${scheme}.${width}.png` });
  }
  await page.close();
}
await browser.close();
server.kill();
