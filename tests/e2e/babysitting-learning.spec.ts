/**
 * The babysitting chapter's demos: each opened through its URL keys, its table read once the
 * numbers are final, a control changed, and the table and the URL checked again.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, showDemo, num } from './util';

const PAGE = '/chapters/babysitting-learning/';

test('sanity checks: four passing checks, then a too-large weight scale fails the loss check', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?chk.hidden=50`);
  const demo = page.locator('#demo-sanity-checks');
  await showDemo(demo);
  const rows = await tableRows(page, '#demo-sanity-checks table[data-state]');
  expect(rows.map((r) => r[1])).toEqual(['preprocess', 'architecture', 'initial loss', 'train']);
  expect(rows.map((r) => r[3])).toEqual(['yes', 'yes', 'yes', 'yes']);
  const loss = Number(await demo.getByTestId('loss-noreg').textContent());
  expect(Math.abs(loss - Math.log(10))).toBeLessThan(0.002);
  const typed = demo.getByLabel('initial weight std (type a value)');
  await typed.fill('0.5');
  await typed.press('Enter');
  await expect(page).toHaveURL(/chk\.std=0\.5/);
  await expect(demo.locator('table[data-state]')).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  await expect.poll(async () => (await tableRows(page, '#demo-sanity-checks table[data-state]'))[2]?.[3]).toBe('NO');
  await expect(demo).toContainText('not ln 10');
  expectClean(w);
});

test('CIFAR-shaped check: ln 10 without regularisation, + ½λΣW² with λ = 1e3, next to the lecture; a larger std leaves its column empty', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`${PAGE}?cifar.images=200`);
  const demo = page.locator('#demo-sanity-cifar');
  await showDemo(demo);
  const rows = await tableRows(page, '#sanity-cifar-table table');
  expect(rows.length).toBe(3);
  expect(Math.abs(num(rows[0][1]) - Math.log(10))).toBeLessThan(0.01);
  expect(num(rows[0][2])).toBeCloseTo(2.30261216167, 6); // the lecture's figure, quoted
  expect(num(rows[2][1]) - num(rows[0][1])).toBeCloseTo(num(rows[1][1]), 3);
  expect(Math.abs(num(rows[2][1]) - 3.0686)).toBeLessThan(0.02);
  const sweep = await tableRows(page, '#sanity-cifar-sweep table');
  expect(sweep.length).toBe(7);
  await demo.getByLabel('weight std (type a value)').fill('0.001');
  await demo.getByLabel('weight std (type a value)').press('Enter');
  await expect(page).toHaveURL(/cifar\.std=0\.001/);
  await expect.poll(async () => num((await tableRows(page, '#sanity-cifar-table table'))[2][1])).toBeGreaterThan(50);
  // The lecture's figure only at the lecture's setting: no number (the cell shows —, its value is NaN).
  expect(num((await tableRows(page, '#sanity-cifar-table table'))[2][2])).toBeNaN();
  await expect(page.locator('#sanity-cifar-table tbody tr').nth(2).locator('td').nth(2)).toHaveText('—');
  expectClean(w);
});

test("CIFAR-shaped check: the reader's own check shows first, while the sweep over weight scales is still computing", async ({
  page,
}) => {
  const w = watch(page);
  // 2,000 images through 3072-200-10, eight times: seconds of work.
  await page.goto(`${PAGE}?cifar.images=2000&cifar.hidden=200`);
  await showDemo(page.locator('#demo-sanity-cifar'));
  const partial = () =>
    page.evaluate(() => {
      const t = document.querySelector('#sanity-cifar-table table')!;
      const sweep = document.querySelector('#sanity-cifar-sweep table')!;
      return {
        state: t.getAttribute('data-state'),
        rows: t.querySelectorAll('tbody tr').length,
        sweep: sweep.querySelectorAll('tbody tr').length,
      };
    });
  await expect
    .poll(partial, { timeout: 30_000, intervals: [50] })
    .toEqual(expect.objectContaining({ state: 'pending', rows: 3, sweep: expect.any(Number) }));
  expect((await partial()).sweep).toBeLessThan(7);
  expect((await tableRows(page, '#sanity-cifar-sweep table')).length).toBe(7);
  expectClean(w);
});

test('overfit: 20 images reach 100% at lr 0.3; the lecture’s 1e-3 does not on centred inputs', async ({ page }) => {
  await page.goto(`${PAGE}?fit.steps=40`);
  const demo = page.locator('#demo-sanity-overfit');
  await showDemo(demo);
  let rows = await tableRows(page, '#demo-sanity-overfit table');
  expect(num(rows[rows.length - 1][2])).toBe(1);
  await expect(demo).toContainText('All 20 images classified correctly');
  const typed = demo.getByLabel('learning rate (type a value)');
  await typed.fill('0.001');
  await typed.press('Enter');
  await expect(page).toHaveURL(/fit\.lr=0\.001/);
  await expect(demo).toContainText('Not overfitting', { timeout: 45_000 });
  rows = await tableRows(page, '#demo-sanity-overfit table');
  expect(num(rows[rows.length - 1][2])).toBeLessThan(1);
});

test('learning-rate probe: 1e6 is reported as diverged with its step; a preset click changes the URL and the run', async ({
  page,
}) => {
  await page.goto(`${PAGE}?lr.opt=sgd&lr.lr=1000000&lr.steps=100`);
  const demo = page.locator('#demo-sanity-lr');
  await showDemo(demo);
  const rows = await tableRows(page, '#demo-sanity-lr table[data-state]');
  expect(rows[rows.length - 1][6]).toBe('yes');
  await expect(demo.getByRole('alert')).toContainText(/Diverged at step \d+/);
  await demo.getByRole('button', { name: 'bad init', exact: true }).click();
  await expect(page).toHaveURL(/lr\.init=small/);
  await expect(page).toHaveURL(/lr\.lr=0\.1/);
  await expect(demo.getByRole('button', { name: 'bad init', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const steps = demo.getByLabel('steps (type a value)');
  await steps.fill('100');
  await steps.press('Enter');
  // The preset's run replaces the diverged one: wait until the table shows the new run.
  await expect
    .poll(async () => (await tableRows(page, '#demo-sanity-lr table[data-state]')).every((r) => r[6] !== 'yes'), {
      timeout: 60_000,
    })
    .toBe(true);
  const after = await tableRows(page, '#demo-sanity-lr table[data-state]');
  // Small initial weights: the loss starts at ln 10.
  expect(Math.abs(num(after[1][1]) - Math.log(10))).toBeLessThan(0.01);
});

test('gallery: the five presets run one after another and each curve gets its shape', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`${PAGE}?lr.gallery=1&lr.steps=20`);
  const demo = page.locator('#demo-sanity-lr');
  await showDemo(demo);
  const table = page.locator('#sanity-gallery-table table');
  await expect(table).toHaveAttribute('data-state', 'done', { timeout: 220_000 });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  expect(Object.fromEntries(rows.map((r) => [r[0], r[1]]))).toMatchObject({
    low: 'slow and linear',
    good: 'steep then flat',
    explodes: 'explodes',
    'bad init': 'plateau then drop',
  });
  await demo.getByRole('button', { name: 'Hide the gallery' }).click();
  await expect(page).not.toHaveURL(/lr\.gallery/);
});

test('monitor: a small training set opens a train/validation gap; ratios are reported per layer', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`${PAGE}?mon.n=100&mon.steps=200`);
  const demo = page.locator('#demo-sanity-monitor');
  await showDemo(demo);
  const rows = await tableRows(page, '#demo-sanity-monitor table');
  const last = rows[rows.length - 1];
  expect(num(last[0])).toBe(200);
  expect(num(last[3])).toBeGreaterThan(0.1); // gap
  expect(num(last[4])).toBeGreaterThan(1e-5);
  await expect(demo).toContainText('early-stopping point');
  const typed = demo.getByLabel('training images (type a value)');
  await typed.fill('2000');
  await typed.press('Enter');
  await expect(page).toHaveURL(/mon\.n=2000/);
  await expect
    .poll(
      async () => {
        const again = await tableRows(page, '#demo-sanity-monitor table');
        return again.length ? num(again[again.length - 1][3]) : Infinity;
      },
      { timeout: 60_000 },
    )
    .toBeLessThan(num(last[3]));
});

test('hostile and absurd URL values fall back with notices and the demos still run', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?chk.std=%3Cimg%20src%3Dx%3E&chk.scale=evil&fit.lr=1e999&fit.steps=-3&lr.lr=NaN&lr.opt=rmsprop&mon.n=99999999&mon.hidden=1.5`,
  );
  const chk = page.locator('#demo-sanity-checks');
  await showDemo(chk);
  await expect(chk).toContainText('is not a number');
  await expect(chk).toContainText('input scale: "evil" is not one of');
  await tableRows(page, '#demo-sanity-checks table[data-state]');
  const fit = page.locator('#demo-sanity-overfit');
  await showDemo(fit);
  await expect(fit).toContainText('steps: "-3" is outside 10–2000; using 10');
  await tableRows(page, '#demo-sanity-overfit table');
  const lr = page.locator('#demo-sanity-lr');
  await showDemo(lr);
  await expect(lr).toContainText('optimiser: "rmsprop" is not one of sgd, adam');
  const mon = page.locator('#demo-sanity-monitor');
  await showDemo(mon);
  await expect(mon).toContainText('outside 20–6996; using 6996');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expectClean(w);
});
