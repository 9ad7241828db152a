/**
 * The batch-normalisation chapter: each demo opened through its URL keys, its data table read
 * when final, a control changed, the table and the URL read again; and one hostile URL.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const PAGE = '/chapters/batch-normalisation/';

test('one mini-batch: x̂ is centred, and "Undo the normalisation" gives back the input', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?mb.n=4&mb.seed=2`);
  const demo = page.locator('#demo-bn-batch');
  await showDemo(demo);
  expect(await tableHeader(page, '#bn-batch-stats table')).toContain('mean of x̂');
  const stats = await tableRows(page, '#bn-batch-stats table');
  expect(stats.length).toBe(3);
  for (const r of stats) {
    expect(Math.abs(num(r[4]))).toBeLessThan(1e-12); // mean of x̂
    expect(num(r[5])).toBeGreaterThan(0.99); // variance of x̂
    expect(num(r[8])).toBeGreaterThan(0.01); // max |y − x| with γ = 1, β = 0
  }
  expect((await tableRows(page, '#bn-batch-rows table')).length).toBe(4);
  await demo.getByRole('button', { name: /Undo the normalisation/ }).click();
  await expect(page).toHaveURL(/mb\.g1=/);
  await expect(page).toHaveURL(/mb\.b3=/);
  await expect(page.locator('#bn-batch-stats table')).toHaveAttribute('data-state', 'done');
  await expect
    .poll(async () => Math.max(...(await tableRows(page, '#bn-batch-stats table')).map((r) => num(r[8]))))
    .toBeLessThan(1e-12);
  await expect(demo).toContainText('the normalisation is undone');
  // A bigger batch: more rows.
  const typed = page.getByLabel('batch size N (type a value)');
  await typed.fill('9');
  await typed.press('Enter');
  await expect(page).toHaveURL(/mb\.n=9/);
  await expect.poll(async () => (await tableRows(page, '#bn-batch-rows table')).length).toBe(9);
  expectClean(w);
});

test('conv vs fully connected statistics: C statistics over N·H·W, or C·H·W over N', async ({ page }) => {
  await page.goto(`${PAGE}?cv.n=2&cv.c=2&cv.size=3`);
  const demo = page.locator('#demo-bn-conv');
  await showDemo(demo);
  let rows = await tableRows(page, '#bn-conv-stats table');
  expect(rows.length).toBe(2);
  for (const r of rows) expect(num(r[1])).toBe(2 * 3 * 3);
  await demo.getByLabel('statistics', { exact: true }).selectOption('feature');
  await expect(page).toHaveURL(/cv\.mode=feature/);
  await expect.poll(async () => (await tableRows(page, '#bn-conv-stats table')).length).toBe(2 * 3 * 3);
  rows = await tableRows(page, '#bn-conv-stats table');
  for (const r of rows) expect(num(r[1])).toBe(2);
});

test('explorer: without BN tanh saturates at scale 1; BN before the nonlinearity keeps it linear', async ({ page }) => {
  await page.goto(`${PAGE}?ex.layers=4&ex.width=50&ex.place=none`);
  const demo = page.locator('#demo-bn-explorer');
  await showDemo(demo);
  let rows = await tableRows(page, '#bn-explorer-table table');
  expect(rows.length).toBe(4);
  for (const r of rows) expect(num(r[5])).toBeGreaterThan(0.5);
  await demo.getByLabel('BatchNorm', { exact: true }).selectOption('before');
  await expect(page).not.toHaveURL(/ex\.place=/); // back to the default
  await expect
    .poll(async () => Math.max(...(await tableRows(page, '#bn-explorer-table table')).map((r) => num(r[5]))))
    .toBeLessThan(0.05);
  rows = await tableRows(page, '#bn-explorer-table table');
  for (const r of rows) expect(Math.abs(num(r[2]) - 1)).toBeLessThan(0.01);
});

test('init sweep: runs on Run, fills one summary row per scale, reruns with more scales', async ({ page }) => {
  test.setTimeout(180_000);
  const w = watch(page);
  await page.goto(`${PAGE}?sw.epochs=1&sw.scales=2&sw.train=200`);
  const demo = page.locator('#demo-bn-sweep');
  await showDemo(demo);
  await expect(demo).toContainText('Press Run');
  await demo.getByRole('button', { name: /Run/ }).click();
  await expect(page.locator('#bn-sweep-final table')).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
  let rows = await tableRows(page, '#bn-sweep-final table');
  expect(rows.map((r) => num(r[0]))).toEqual([1, 0.0001]);
  for (const r of rows) {
    for (const c of [1, 2]) {
      expect(num(r[c])).toBeGreaterThanOrEqual(0);
      expect(num(r[c])).toBeLessThanOrEqual(1);
    }
  }
  // 2 scales × 2 nets × (epoch 0 and epoch 1).
  expect((await tableRows(page, '#bn-sweep-curves table')).length).toBe(8);
  const typed = page.getByLabel('scales (type a value)');
  await typed.fill('3');
  await typed.press('Enter');
  await expect(page).toHaveURL(/sw\.scales=3/);
  await demo.getByRole('button', { name: /Run/ }).click();
  await expect.poll(async () => (await tableRows(page, '#bn-sweep-final table')).length, { timeout: 120_000 }).toBe(3);
  rows = await tableRows(page, '#bn-sweep-final table');
  expect(num(rows[1][0])).toBeCloseTo(0.01, 6);
  expectClean(w);
});

test('learning rates: fourteen runs, plain SGD diverges at rate 10', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${PAGE}?lr.iters=20&lr.train=200`);
  const demo = page.locator('#demo-bn-lr');
  await showDemo(demo);
  await demo.getByRole('button', { name: /Run/ }).click();
  await expect(page.locator('#bn-lr-final table')).toHaveAttribute('data-state', 'done', { timeout: 150_000 });
  const rows = await tableRows(page, '#bn-lr-final table');
  expect(rows.length).toBe(14);
  const plain10 = rows.find((r) => num(r[0]) === 10 && r[1] === 'no')!;
  expect(plain10[3]).toMatch(/^yes/);
  await expect(demo).toContainText('Largest learning rate that still trains');
});

test('test mode: running statistics work, a batch of one does not', async ({ page }) => {
  await page.goto(`${PAGE}?tm.iters=60&tm.tb=50`);
  const demo = page.locator('#demo-bn-testmode');
  await showDemo(demo);
  let rows = await tableRows(page, '#bn-testmode-table table');
  expect(rows.map((r) => r[0])).toEqual([
    'running statistics (inference mode)',
    'statistics of mixed test batches',
    'statistics of a batch of one',
    'statistics of one-class batches',
  ]);
  expect(num(rows[0][2])).toBeGreaterThan(0.6);
  expect(num(rows[2][2])).toBeLessThan(0.2);
  expect(rows[2][3]).toBe('1');
  expect(rows[1][1]).toBe('50');
  const typed = page.getByLabel('test batch size (type a value)');
  await typed.fill('200');
  await typed.press('Enter');
  await expect(page).toHaveURL(/tm\.tb=200/);
  await expect
    .poll(async () => (await tableRows(page, '#bn-testmode-table table'))[1]?.[1], { timeout: 90_000 })
    .toBe('200');
  rows = await tableRows(page, '#bn-testmode-table table');
  expect(num(rows[0][2])).toBeGreaterThan(0.6);
});

test('hostile and absurd URL values fall back with a notice, and the demos keep working', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?mb.n=1e9&mb.eps=-1&mb.g1=%3Cimg%20src%3Dx%3E&cv.mode=hexagonal&ex.scale=NaN&ex.layers=99999&ex.width=0&sw.epochs=1e6&lr.iters=abc&tm.tb=-3&tm.iters=1e99`,
  );
  const batch = page.locator('#demo-bn-batch');
  await showDemo(batch);
  await expect(batch).toContainText('batch size N: "1e9" is outside 2–32; using 32');
  await expect(batch).toContainText('ε: "-1" is outside');
  await expect(batch).toContainText('γ₁: "<img src=x>" is not a number');
  expect((await tableRows(page, '#bn-batch-rows table')).length).toBe(32);
  const conv = page.locator('#demo-bn-conv');
  await showDemo(conv);
  await expect(conv).toContainText('statistics: "hexagonal" is not one of channel, feature');
  const ex = page.locator('#demo-bn-explorer');
  await showDemo(ex);
  await expect(ex).toContainText('layers: "99999" is outside 2–20; using 20');
  await expect(ex).toContainText('weight scale: "NaN" is not a number');
  const sweep = page.locator('#demo-bn-sweep');
  await showDemo(sweep);
  await expect(sweep).toContainText('epochs: "1e6" is outside 1–40; using 40');
  const lr = page.locator('#demo-bn-lr');
  await showDemo(lr);
  await expect(lr).toContainText('iterations: "abc" is not a number');
  const tm = page.locator('#demo-bn-testmode');
  await showDemo(tm);
  await expect(tm).toContainText('test batch size: "-3" is outside 2–500; using 2');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expectClean(w);
});
