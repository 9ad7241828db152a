/**
 * The data-preprocessing chapter: the pipeline and the raw-vs-centred race open from URL
 * parameters, fill their tables, rerun on a control change, and survive hostile URL values.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, showDemo, num } from './util';

const PAGE = '/chapters/data-preprocessing/';
const first = (demo: string) => `#${demo} table >> nth=0`;

test('pipeline: whitened training covariance is the identity; the held-out batch size is a control', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`${PAGE}?pipe.n=200`);
  const demo = page.locator('#demo-prep-pipeline');
  await showDemo(demo);
  const rows = await tableRows(page, first('demo-prep-pipeline'));
  expect(rows.length).toBe(10);
  const white = rows.find((r) => r[0] === 'whitened' && r[1] === 'training')!;
  expect(num(white[4])).toBeCloseTo(1, 6);
  expect(num(white[6])).toBeCloseTo(1, 6);
  expect(Math.abs(num(white[5]))).toBeLessThan(1e-6);
  const raw = rows.find((r) => r[0] === 'raw' && r[1] === 'training')!;
  expect(num(raw[2])).toBeGreaterThan(25); // the raw cloud sits near (30, 30)
  const acc = `#demo-prep-pipeline table >> nth=1`;
  const before = await tableRows(page, acc);
  expect(before.length).toBe(2);
  const field = demo.getByLabel('held-out batch (type a value)');
  await field.fill('50');
  await field.press('Enter');
  await expect(page).toHaveURL(/pipe\.batch=50/);
  await expect(page.locator(acc)).toContainText('batches of 50');
  const after = await tableRows(page, acc);
  expect(num(after[0][1])).toBe(num(before[0][1])); // training statistics: unchanged
  expectClean(w);
});

test('centring: raw and centred runs on the shifted spiral; changing the activation reruns', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?cent.iters=600&cent.thr=0.9`);
  const demo = page.locator('#demo-prep-centring');
  await showDemo(demo);
  const rows = await tableRows(page, first('demo-prep-centring'));
  expect(rows.map((r) => r[0])).toEqual(['raw', 'zero-centred']);
  for (const r of rows) expect(num(r[2])).toBeGreaterThan(0);
  await demo.locator('select').nth(1).selectOption('relu');
  await expect(page).toHaveURL(/cent\.act=relu/);
  // The rerun can finish within one poll, so wait for its numbers rather than for 'pending'.
  await expect
    .poll(async () => JSON.stringify(await tableRows(page, first('demo-prep-centring'))), { timeout: 30_000 })
    .not.toBe(JSON.stringify(rows));
  const curves = await tableRows(page, `#demo-prep-centring table >> nth=1`);
  expect(curves.length).toBe(31); // every 20 iterations from 0 to 600
  expectClean(w);
});

test('images: the per-channel mean leaves a mean, the mean image none; Run races the three inputs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(`${PAGE}?img.n=300&img.steps=40`);
  const demo = page.locator('#demo-prep-images');
  await showDemo(demo);
  const stats = await tableRows(page, '#prep-images-stats table');
  expect(stats.map((r) => r[0])).toEqual(['raw pixels', 'minus the per-channel mean', 'minus the mean image']);
  expect(num(stats[0][1])).toBeGreaterThan(80);
  expect(num(stats[1][1])).toBeGreaterThan(20);
  expect(num(stats[1][2])).toBeGreaterThan(20); // held-out images too
  expect(num(stats[2][1])).toBeLessThan(1e-9);
  expect(num(stats[2][2])).toBeLessThan(0.3 * num(stats[1][2]));
  await expect(demo.locator('[role="img"]').first()).toBeVisible();
  const race = '#prep-images-race table';
  await expect(page.locator(race)).toHaveAttribute('data-state', 'idle');
  await demo.getByRole('button', { name: /Run/ }).click();
  const rows = await tableRows(page, race);
  expect(rows.map((r) => num(r[0]))).toEqual([0, 10, 20, 30, 40]);
  const last = rows[rows.length - 1].slice(1).map(num);
  for (const l of last) expect(Number.isFinite(l)).toBe(true);
  expect(last[1]).toBeLessThan(last[0]); // per-channel ahead of raw
  await demo.getByLabel('classifier', { exact: true }).selectOption('relu');
  await expect(page).toHaveURL(/img\.clf=relu/);
  expectClean(w);
});

test('hostile URL values fall back with notices', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?pipe.ratio=-5&pipe.corr=NaN&cent.data=%3Cimg%20src%3Dx%3E&cent.iters=1e12`);
  const pipe = page.locator('#demo-prep-pipeline');
  await showDemo(pipe);
  await expect(pipe).toContainText('scale ratio σ₂/σ₁: "-5" is outside 1–100; using 1');
  await expect(pipe).toContainText('within-class correlation: "NaN" is not a number');
  const cent = page.locator('#demo-prep-centring');
  await showDemo(cent);
  await expect(cent).toContainText('data: "<img src=x>" is not one of spiral, mnist');
  await expect(cent).toContainText('iterations: "1e12" is outside 20–10000; using 10000');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  const rows = await tableRows(page, first('demo-prep-pipeline'));
  expect(rows.length).toBe(10);
  expectClean(w);
});
