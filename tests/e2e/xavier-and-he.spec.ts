/**
 * The derivations chapter: the live check of the variance ratios (D1–D4) loaded from its URL,
 * a control change, and hostile URL values, read from its data tables.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const PAGE = '/chapters/xavier-and-he/';
const TABLE = '#deriv-check-table table';

test('ReLU with He: every layer after the first keeps its variance; the gains table derives √2', async ({ page }) => {
  test.setTimeout(90_000);
  const w = watch(page);
  await page.goto(`${PAGE}?dv.act=relu&dv.init=he&dv.layers=4&dv.width=300&dv.samples=300`);
  await showDemo(page.locator('#demo-deriv-check'));
  const header = await tableHeader(page, TABLE);
  expect(header.slice(0, 3)).toEqual(['layer', 'n_in', 'n_out']);
  const rows = await tableRows(page, TABLE);
  expect(rows.length).toBe(4);
  const col = (name: string) => header.indexOf(name);
  expect(num(rows[0][col('forward predicted')])).toBeCloseTo(2, 6);
  for (const r of rows.slice(1)) {
    expect(num(r[col('forward predicted')])).toBeCloseTo(1, 6);
    expect(Math.abs(num(r[col('forward ratio')]) - 1)).toBeLessThan(0.25);
    expect(Math.abs(num(r[col('κ of input')]) - 0.5)).toBeLessThan(0.12); // one draw of weights: see the unit test
  }
  const gains = await tableRows(page, '#deriv-gains-table table');
  const relu = gains.find((g) => g[0] === 'relu')!;
  expect(num(relu[2])).toBeCloseTo(Math.SQRT2, 3);
  expectClean(w);
});

test('a long check fills in layer by layer: forward rows while it computes, backward columns blank until measured', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const w = watch(page);
  // About 12 G multiply-adds: seconds of work, so the partial rows are there to be seen.
  await page.goto(`${PAGE}?dv.act=relu&dv.init=he&dv.layers=12&dv.width=500&dv.samples=2000`);
  await showDemo(page.locator('#demo-deriv-check'));
  const table = page.locator(TABLE);
  // A pending table with rows in it, some cells of which (the backward columns) are still blank.
  await expect
    .poll(
      () =>
        table.evaluate((t) => ({
          state: t.getAttribute('data-state'),
          rows: Array.from(t.querySelectorAll('tbody tr')).map((tr) =>
            Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? ''),
          ),
        })),
      { timeout: 30_000, intervals: [50] },
    )
    .toEqual(
      expect.objectContaining({ state: 'pending', rows: expect.arrayContaining([expect.arrayContaining([''])]) }),
    );
  const header = await tableHeader(page, TABLE);
  const rows = await tableRows(page, TABLE);
  expect(rows.length).toBe(12);
  for (const r of rows) expect(Number.isFinite(num(r[header.indexOf('backward ratio')]))).toBe(true);
  expectClean(w);
});

test('switching to the fan-in rule halves the variance at every ReLU layer, and the URL follows', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${PAGE}?dv.act=relu&dv.init=he&dv.layers=4&dv.width=300&dv.samples=300`);
  const demo = page.locator('#demo-deriv-check');
  await showDemo(demo);
  await tableRows(page, TABLE);
  await demo.getByLabel('initialisation').selectOption('lecun');
  await expect(page).toHaveURL(/dv\.init=lecun/);
  await expect(page.locator(TABLE)).toHaveAttribute('data-state', 'pending');
  const header = await tableHeader(page, TABLE);
  const rows = await tableRows(page, TABLE);
  for (const r of rows.slice(1)) {
    expect(num(r[header.indexOf('forward predicted')])).toBeCloseTo(0.5, 6);
    expect(Math.abs(num(r[header.indexOf('forward ratio')]) - 0.5)).toBeLessThan(0.15);
  }
});

test('alternating widths: Glorot sits between the forward and backward conditions', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`${PAGE}?dv.act=linear&dv.init=glorot&dv.shape=alternating&dv.width=100&dv.layers=2&dv.dist=uniform`);
  await showDemo(page.locator('#demo-deriv-check'));
  const header = await tableHeader(page, TABLE);
  const rows = await tableRows(page, TABLE);
  expect(rows.map((r) => [r[1], r[2]])).toEqual([
    ['100', '400'],
    ['400', '100'],
  ]);
  expect(num(rows[0][header.indexOf('forward ratio')])).toBeCloseTo(0.4, 1);
  expect(num(rows[1][header.indexOf('forward ratio')])).toBeCloseTo(1.6, 1);
  expect(num(rows[0][header.indexOf('Var(w) formula')])).toBeCloseTo(2 / 500, 8);
});

test('hostile and absurd URL values fall back with notices, and the check still runs', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?dv.act=swish&dv.layers=-3&dv.width=1e6&dv.samples=abc&dv.gain=maybe&dv.a=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&dv.seed=-1`,
  );
  const demo = page.locator('#demo-deriv-check');
  await showDemo(demo);
  await expect(demo).toContainText('activation: "swish" is not one of');
  await expect(demo).toContainText('layers: "-3" is outside 1–12; using 1');
  await expect(demo).toContainText('width: "1e6" is outside 10–500; using 500');
  await expect(demo).toContainText('times the activation\'s conventional gain: "maybe" is not true or false');
  const rows = await tableRows(page, TABLE);
  expect(rows.length).toBe(1);
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expectClean(w);
});
