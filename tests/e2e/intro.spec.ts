/**
 * The introduction's demo proves the whole path: URL state in, experiment in a worker, frames
 * streamed to a chart and a data table, controls that rerun it, hostile URLs survived.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const TABLE = '#demo-intro table';

test('the demo reads its settings from the URL and fills its table', async ({ page }) => {
  const w = watch(page);
  await page.goto('/chapters/introduction/?iters=50&hidden=8&seed=3');
  await showDemo(page.locator('#demo-intro'));
  expect(await tableHeader(page, TABLE)).toEqual(['iteration', 'loss', 'accuracy']);
  const rows = await tableRows(page, TABLE);
  expect(rows.map((r) => num(r[0]))).toEqual([0, 10, 20, 30, 40, 50]);
  for (const r of rows) {
    expect(num(r[1])).toBeGreaterThan(0);
    expect(num(r[2])).toBeGreaterThanOrEqual(0);
    expect(num(r[2])).toBeLessThanOrEqual(1);
  }
  // The first loss of a 3-class problem at He initialisation is near ln 3, not zero.
  expect(num(rows[0][1])).toBeGreaterThan(0.5);
  expectClean(w);
});

test('changing a control reruns the experiment and updates the URL', async ({ page }) => {
  await page.goto('/chapters/introduction/?iters=40&hidden=8');
  await showDemo(page.locator('#demo-intro'));
  const before = await tableRows(page, TABLE);
  await page.locator('#demo-intro select').selectOption('tanh');
  await expect(page).toHaveURL(/act=tanh/);
  // The rerun may finish before a poll sees it running: wait for the table of the new run.
  const lastLoss = async () => (await tableRows(page, TABLE)).at(-1)?.[1];
  await expect.poll(lastLoss).not.toBe(before.at(-1)![1]);
  expect((await tableRows(page, TABLE)).length).toBe(before.length);
  // The typed field accepts a value and clamps one out of range.
  const typed = page.getByLabel('iterations (type a value)');
  await typed.fill('999999');
  await typed.press('Enter');
  await expect(page).toHaveURL(/iters=5000/);
  await expect(page.locator('#demo-intro')).toContainText('kept within 10–5,000');
});

test('hostile and absurd URL values fall back with a visible notice, and the page keeps working', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    '/chapters/introduction/?hidden=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lr=1e999&iters=-5&act=softmax&seed=1.5',
  );
  const demo = page.locator('#demo-intro');
  await showDemo(demo);
  await expect(demo.getByRole('status').filter({ hasText: 'hidden units' })).toContainText('is not a number');
  await expect(demo).toContainText('learning rate: "1e999" is not a number');
  await expect(demo).toContainText('iterations: "-5" is outside 10–5000; using 10');
  await expect(demo).toContainText('activation: "softmax" is not one of relu, tanh, sigmoid');
  const rows = await tableRows(page, TABLE);
  expect(rows.length).toBe(2);
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expectClean(w);
});

test('pause, step and resume', async ({ page }) => {
  await page.goto('/chapters/introduction/?iters=5000&hidden=64');
  const demo = page.locator('#demo-intro');
  await showDemo(demo);
  const count = async () => Number((await demo.locator('.count').textContent())!.split('/')[0].replace(/,/g, ''));
  await expect.poll(count).toBeGreaterThan(0);
  await demo.getByRole('button', { name: /Pause/ }).click();
  await expect(demo.locator('.status')).toHaveText('paused');
  const at = await count();
  await demo.getByRole('button', { name: 'Step' }).click();
  await expect.poll(count).toBe(at + 10);
  await expect(demo.locator('.status')).toHaveText('paused');
  await demo.getByRole('button', { name: /Resume/ }).click();
  await expect.poll(count).toBeGreaterThan(at + 10);
});
