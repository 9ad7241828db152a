/**
 * The hyperparameter-search chapter's demos: the random search (edge detection, moving the
 * range, the final test number) and grid versus random search.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, showDemo, num } from './util';

const PAGE = '/chapters/hyperparameter-search/';

test('random search: a range that is too low flags the edge; moving the range updates the URL and reruns', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const w = watch(page);
  await page.goto(`${PAGE}?rs.coarse=6&rs.fine=2`);
  const demo = page.locator('#demo-search-random');
  await showDemo(demo);
  await expect(demo.locator('table')).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const rows = await tableRows(page, '#demo-search-random table');
  expect(rows.length).toBe(8);
  expect(rows.filter((r) => r[1] === 'fine').length).toBe(2);
  for (const r of rows) {
    const lr = num(r[2]);
    if (r[1] === 'coarse') {
      expect(lr).toBeGreaterThanOrEqual(1e-4);
      expect(lr).toBeLessThanOrEqual(1e-1);
    }
  }
  await expect(demo).toContainText('high edge of the learning-rate range');
  await expect(demo).toContainText('Test accuracy of that choice');
  await demo.getByRole('button', { name: 'Move the range' }).click();
  await expect(page).toHaveURL(/rs\.lrHi=/);
  await expect(demo.locator('table')).toHaveAttribute('data-state', 'pending');
  await expect(demo.locator('table')).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
  const moved = await tableRows(page, '#demo-search-random table');
  expect(moved.length).toBe(8);
  expect(Math.max(...moved.map((r) => num(r[2])))).toBeGreaterThan(1e-1);
  expectClean(w);
});

test('grid vs random: 3 vs 9 distinct values of the important parameter; k = 4 gives 4 vs 16', async ({ page }) => {
  await page.goto(`${PAGE}?gr.k=3`);
  const demo = page.locator('#demo-search-grid');
  await showDemo(demo);
  const rows = await tableRows(page, '#demo-search-grid table');
  expect(rows.map((r) => [r[0], r[2]])).toEqual([
    ['grid', '3'],
    ['random', '9'],
  ]);
  expect(num(rows[1][5])).toBeLessThan(num(rows[0][5]));
  const typed = demo.getByLabel('grid side k (k² trials) (type a value)');
  await typed.fill('4');
  await typed.press('Enter');
  await expect(page).toHaveURL(/gr\.k=4/);
  await expect
    .poll(async () => (await tableRows(page, '#demo-search-grid table')).map((r) => r[2]))
    .toEqual(['4', '16']);
});

test('hostile and absurd URL values fall back with notices', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?rs.coarse=1e9&rs.lrLo=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&rs.fine=-1&gr.k=abc&gr.seed=-7`,
  );
  const rs = page.locator('#demo-search-random');
  await showDemo(rs);
  await expect(rs).toContainText('coarse trials: "1e9" is outside 2–60; using 60');
  await expect(rs).toContainText('is not a number');
  await expect(rs).toContainText('fine trials: "-1" is outside 0–60; using 0');
  const gr = page.locator('#demo-search-grid');
  await showDemo(gr);
  await expect(gr).toContainText('"abc" is not a number');
  const rows = await tableRows(page, '#demo-search-grid table');
  expect(rows.map((r) => r[2])).toEqual(['3', '9']);
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expectClean(w);
});
