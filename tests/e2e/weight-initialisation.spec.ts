/**
 * The weight-initialisation chapter: every explorer preset loaded from its URL (the claims
 * I3–I9), a control change, hostile URL values, the symmetry demo (I1) and a short MNIST run
 * (I10), each read from its data table.
 */
import { test, expect, type Page } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const PAGE = '/chapters/weight-initialisation/';
const EXPLORER = '#init-explorer-table table';
const lecture = 'layers=10&width=500&samples=1000';
const book = 'layers=5&width=100&samples=1000';

async function explorer(page: Page, query: string) {
  await page.goto(`${PAGE}?${query}`);
  await showDemo(page.locator('#demo-init-explorer'));
  expect(await tableHeader(page, EXPLORER)).toEqual(['layer', 'mean', 'std', 'saturated', 'zero', 'grad_std']);
  // 10 × 500 × 1000 is 5 billion multiply-adds: about a second on a laptop, much longer on a loaded test machine.
  await expect(page.locator(EXPLORER)).toHaveAttribute('data-state', 'done', { timeout: 140_000 });
  const rows = await tableRows(page, EXPLORER);
  return rows.map((r) => ({
    layer: num(r[0]),
    mean: num(r[1]),
    std: num(r[2]),
    saturated: num(r[3]),
    zero: num(r[4]),
    grad: num(r[5]),
  }));
}

const PRESETS: [string, string, (rows: Awaited<ReturnType<typeof explorer>>) => void][] = [
  [
    'I3 tanh std 0.01',
    `${lecture}&act=tanh&init=normal&std=0.01`,
    (r) => {
      expect(r[0].std).toBeGreaterThan(0.15);
      expect(r[9].std).toBeLessThan(1e-4);
      for (const l of r) expect(Math.abs(l.mean)).toBeLessThan(0.01);
    },
  ],
  [
    'I4 tanh std 1',
    `${lecture}&act=tanh&init=normal&std=1`,
    (r) => {
      for (const l of r) expect(l.saturated).toBeGreaterThan(0.85);
      expect(r[0].grad).toBeGreaterThan(100 * r[9].grad);
    },
  ],
  [
    'I5 tanh Xavier',
    `${lecture}&act=tanh&init=xavier`,
    (r) => {
      for (const l of r) {
        expect(l.std).toBeGreaterThan(0.15);
        expect(l.saturated).toBeLessThan(0.02);
      }
    },
  ],
  [
    'I6 ReLU Xavier',
    `${lecture}&act=relu&init=xavier`,
    (r) => {
      expect(r[9].std).toBeLessThan(0.1 * r[0].std);
      for (const l of r) expect(Math.abs(l.zero - 0.5)).toBeLessThan(0.05);
    },
  ],
  [
    'I7 ReLU He',
    `${lecture}&act=relu&init=he`,
    (r) => {
      for (const l of r) {
        expect(l.std / r[0].std).toBeGreaterThan(0.8);
        expect(l.std / r[0].std).toBeLessThan(1.2);
      }
    },
  ],
  [
    'I8 sigmoid std 1',
    `${book}&act=sigmoid&init=normal&std=1`,
    (r) => {
      for (const l of r) expect(l.saturated).toBeGreaterThan(0.4);
    },
  ],
  [
    'I8 sigmoid std 0.01',
    `${book}&act=sigmoid&init=normal&std=0.01`,
    (r) => {
      for (const l of r) {
        expect(Math.abs(l.mean - 0.5)).toBeLessThan(0.01);
        expect(l.std).toBeLessThan(0.03);
      }
    },
  ],
  [
    'I8 sigmoid Xavier',
    `${book}&act=sigmoid&init=xavier`,
    (r) => {
      for (const l of r) {
        expect(l.std).toBeGreaterThan(0.08);
        expect(l.saturated).toBeLessThan(0.01);
      }
    },
  ],
  ['I9 ReLU LeCun', `${book}&act=relu&init=lecun`, (r) => expect(r[4].std / r[0].std).toBeLessThan(0.4)],
  ['I9 ReLU Glorot', `${book}&act=relu&init=glorot`, (r) => expect(r[4].std / r[0].std).toBeLessThan(0.4)],
  ['I9 ReLU He', `${book}&act=relu&init=he`, (r) => expect(r[4].std / r[0].std).toBeGreaterThan(0.8)],
];

for (const [name, query, check] of PRESETS) {
  test(`explorer preset ${name} loads from its URL and its table shows the claim`, async ({ page }) => {
    test.setTimeout(180_000);
    const w = watch(page);
    const rows = await explorer(page, query);
    expect(rows.map((r) => r.layer)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    check(rows);
    expectClean(w);
  });
}

test('a preset button and a control change rerun the explorer and update the URL', async ({ page }) => {
  test.setTimeout(120_000);
  const before = await explorer(page, 'layers=4&width=100&samples=200&act=tanh&init=normal&std=0.01');
  expect(before.length).toBe(4);
  const demo = page.locator('#demo-init-explorer');
  await demo.getByRole('button', { name: /^ReLU 5×100, He/ }).click();
  await expect(page).toHaveURL(/act=relu/);
  await expect(page).toHaveURL(/init=he/);
  await expect(page).toHaveURL(/layers=5/);
  const he = await tableRows(page, EXPLORER);
  expect(he.length).toBe(5);
  expect(num(he[4][4])).toBeGreaterThan(0.4); // about half the ReLU outputs are exactly zero
  await demo.getByLabel('activation', { exact: true }).selectOption('tanh');
  await expect(page).not.toHaveURL(/act=/); // tanh is the default: it leaves the URL
  const tanh = await tableRows(page, EXPLORER);
  expect(num(tanh[4][4])).toBe(0);
});

test('hostile and absurd URL values fall back with notices, and the explorer still computes', async ({ page }) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(
    `${PAGE}?layers=999&width=abc&samples=-5&act=%3Cimg%20src%3Dx%3E&init=kaiming&dist=cauchy&std=1e999&seed=1.5&sym.iters=1e9&mn.lr=NaN`,
  );
  const demo = page.locator('#demo-init-explorer');
  await showDemo(demo);
  await expect(demo).toContainText('layers: "999" is outside 1–20; using 20');
  await expect(demo).toContainText('units per layer: "abc" is not a number');
  await expect(demo).toContainText('activation: "<img src=x>" is not one of');
  await expect(demo).toContainText('weight std: "1e999" is not a number');
  const rows = await tableRows(page, EXPLORER);
  expect(rows.length).toBe(20);
  for (const r of rows) for (const c of r.slice(1)) expect(Number.isNaN(num(c))).toBe(false);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await showDemo(page.locator('#demo-init-symmetry'));
  await expect(page.locator('#demo-init-symmetry')).toContainText('iterations: "1e9" is outside 20–10000');
  expectClean(w);
});

test('symmetry demo: the equal start keeps every hidden unit identical (distance exactly 0)', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?sym.iters=200&sym.hidden=6`);
  await showDemo(page.locator('#demo-init-symmetry'));
  const rows = await tableRows(page, '#init-symmetry-table table');
  expect(rows.map((r) => num(r[0]))).toEqual(Array.from({ length: 11 }, (_, i) => 20 * i));
  for (const r of rows) expect(r[3]).toBe('0');
  const last = rows[rows.length - 1];
  expect(num(last[6])).toBeGreaterThan(0); // random start: units differ
  expect(num(last[5])).toBeGreaterThan(num(last[2])); // and it learns more
  await expect(page.locator('#demo-init-symmetry')).toContainText('0 (exactly)');
  await page.locator('#demo-init-symmetry').getByLabel('equal start', { exact: true }).selectOption('zeros');
  await expect(page).toHaveURL(/sym\.start=zeros/);
  const zeros = await tableRows(page, '#init-symmetry-table table');
  expect(num(zeros[zeros.length - 1][2])).toBeCloseTo(1 / 3, 3);
  expectClean(w);
});

test('symmetry demo: from all-zero weights the sigmoid output weights move, equally for every unit; tanh weights stay 0', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`${PAGE}?sym.start=zeros&sym.act=sigmoid&sym.classes=unbalanced&sym.iters=100&sym.hidden=4`);
  const demo = page.locator('#demo-init-symmetry');
  await showDemo(demo);
  const units = (await tableRows(page, '#init-symmetry-units table')).filter((r) => r[0] === 'equal');
  expect(units.map((r) => r[1])).toEqual(['unit 1', 'unit 2', 'unit 3', 'unit 4']);
  for (const r of units) expect(r.slice(2)).toEqual(units[0].slice(2)); // every unit the same
  expect(Math.max(...units[0].slice(5).map((c) => Math.abs(num(c))))).toBeGreaterThan(1e-3); // output weights moved
  await demo.getByLabel('activation', { exact: true }).selectOption('tanh');
  await expect(page).not.toHaveURL(/sym\.act=/);
  const tanh = (await tableRows(page, '#init-symmetry-units table')).filter((r) => r[0] === 'equal');
  for (const r of tanh) for (const c of r.slice(2)) expect(num(c)).toBe(0);
  expectClean(w);
});

test('MNIST demo: runs on request; std 0.01 stays at ln 10', async ({ page }) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(`${PAGE}?mn.iters=30`);
  const demo = page.locator('#demo-init-mnist');
  await showDemo(demo);
  await expect(demo).toContainText('Press Run');
  await demo.getByRole('button', { name: /Run/ }).click();
  const rows = await tableRows(page, '#init-mnist-table table');
  expect(rows.map((r) => num(r[0]))).toEqual([10, 20, 30]);
  for (const r of rows) expect(Math.abs(num(r[1]) - Math.log(10))).toBeLessThan(0.01);
  const final = await tableRows(page, '#init-mnist-final table');
  expect(final.map((r) => r[0])).toEqual(['std 0.01', 'Xavier', 'He']);
  expectClean(w);
});
