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

test('early stopping: trials above the threshold at step k are stopped, the steps charged add up, the URL keeps the settings', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const w = watch(page);
  await page.goto(`${PAGE}?es.trials=8&es.at=50&es.threshold=0.8`);
  const demo = page.locator('#demo-search-early');
  await showDemo(demo);
  await expect(demo.locator('table')).toHaveAttribute('data-state', 'idle');
  await expect(page.locator('astro-island:has(#demo-search-early)')).not.toHaveAttribute('ssr', /.*/, {
    timeout: 20_000,
  });
  await demo.getByRole('button', { name: '▶ Run', exact: true }).click();
  const table = '#search-early-table table';
  const rows = await tableRows(page, table);
  expect(rows.length).toBe(8);
  let charged = 0;
  for (const r of rows) {
    const atK = num(r[4]);
    const stopped = r[5] !== '';
    expect(stopped).toBe(!(atK <= 0.8));
    expect(num(r[6])).toBe(stopped ? 50 : 300);
    charged += num(r[6]);
    // With the audit on, every trial also has its loss after 300 steps.
    expect(Number.isFinite(num(r[8]))).toBe(true);
  }
  await expect(demo).toContainText(`${charged.toLocaleString('en')} of 2,400`);
  const typed = demo.getByLabel('stop if its validation loss is above X (type a value)');
  await typed.fill('0.5');
  await typed.press('Enter');
  await expect(page).toHaveURL(/es\.threshold=0\.5/);
  await expect(page.locator(table)).toHaveAttribute('data-state', 'pending');
  const stricter = await tableRows(page, table);
  // A lower threshold stops every trial the higher one stopped, and maybe more.
  expect(stricter.filter((r) => r[5] !== '').length).toBeGreaterThanOrEqual(rows.filter((r) => r[5] !== '').length);
  expectClean(w);
});

test('grid, random and Bayesian search: k³ trials each, regret = best so far − best known, never negative', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const w = watch(page);
  await page.goto(`${PAGE}?bo.k=2&bo.reference=20&bo.init=3`);
  const demo = page.locator('#demo-search-bayes');
  await showDemo(demo);
  await expect(page.locator('astro-island:has(#demo-search-bayes)')).not.toHaveAttribute('ssr', /.*/, {
    timeout: 20_000,
  });
  await demo.getByRole('button', { name: '▶ Run', exact: true }).click();
  const trials = await tableRows(page, '#search-bayes-trials table');
  expect(trials.length).toBe(3 * 8);
  // The grid tries 2 learning rates, the others 8 each.
  const lrs = (m: string) => new Set(trials.filter((r) => r[0] === m).map((r) => r[2])).size;
  expect(lrs('grid')).toBe(2);
  expect(lrs('random')).toBe(8);
  expect(lrs('Bayesian optimisation')).toBe(8);
  const curve = await tableRows(page, '#search-bayes-table table');
  expect(curve.length).toBe(8);
  const bestKnown = Math.min(...trials.map((r) => num(r[5])).filter(Number.isFinite));
  for (const r of curve) {
    for (const k of [1, 2, 3]) {
      expect(num(r[k + 3])).toBeGreaterThanOrEqual(0);
      expect(num(r[k + 3])).toBeLessThanOrEqual(num(r[k]) - bestKnown + 1e-12);
    }
  }
  // Best so far never rises.
  for (let i = 1; i < curve.length; i++)
    for (const k of [1, 2, 3]) expect(num(curve[i][k])).toBeLessThanOrEqual(num(curve[i - 1][k]));
  await expect(demo).toContainText('explained by each hyperparameter alone');
  expectClean(w);
});

test('hostile and absurd URL values fall back with notices', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?rs.coarse=1e9&rs.lrLo=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&rs.fine=-1&gr.k=abc&gr.seed=-7` +
      `&bo.k=99&bo.reference=-5&es.threshold=abc&es.at=13`,
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
  const bo = page.locator('#demo-search-bayes');
  await showDemo(bo);
  await expect(bo).toContainText('grid side k (k³ trials each): "99" is outside 2–4; using 4');
  await expect(bo).toContainText('long search (random trials): "-5" is outside 0–300; using 0');
  const es = page.locator('#demo-search-early');
  await showDemo(es);
  await expect(es).toContainText('stop if its validation loss is above X: "abc" is not a number');
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expectClean(w);
});
