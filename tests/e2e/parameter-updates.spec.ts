/**
 * The parameter-updates chapter: each demo opened through its URL keys, its table read once
 * final, a control changed, and hostile URL values survived.
 */
import { test, expect } from '@playwright/test';
import { watch, expectClean, tableRows, tableHeader, showDemo, num } from './util';

const PAGE = '/chapters/parameter-updates/';
const PATHS = '#opt-paths-table table';

test('surface demo: the table is exactly the SGD iterates, recomputed here from the formula', async ({ page }) => {
  const w = watch(page);
  await page.goto(`${PAGE}?surface=book&opt=sgd&lr=0.3&x0=-7&y0=2&steps=12`);
  await showDemo(page.locator('#demo-opt-paths'));
  expect(await tableHeader(page, PATHS)).toEqual(['step', 'x', 'y', 'f']);
  const rows = await tableRows(page, PATHS);
  expect(rows.length).toBe(13);
  let x = -7,
    y = 2;
  for (let t = 0; t <= 12; t++) {
    expect(num(rows[t][0])).toBe(t);
    expect(num(rows[t][1])).toBe(x);
    expect(num(rows[t][2])).toBe(y);
    expect(num(rows[t][3])).toBe((x * x) / 20 + y * y);
    // ∇f = (x/10, 2y); W ← W − η ∇f
    x = x - 0.3 * (x / 10);
    y = y - 0.3 * (2 * y);
  }
  expectClean(w);
});

test('surface demo: changing the optimiser updates the URL, the rate and the table', async ({ page }) => {
  await page.goto(`${PAGE}?steps=5`);
  const demo = page.locator('#demo-opt-paths');
  await showDemo(demo);
  const before = await tableRows(page, PATHS);
  await demo.getByLabel('optimiser', { exact: true }).selectOption('momentum');
  await expect(page).toHaveURL(/opt=momentum/);
  await expect(page).toHaveURL(/lr=0\.1/);
  const after = await tableRows(page, PATHS);
  expect(after.length).toBe(6);
  // Momentum's first step equals SGD's at the same rate (v starts at 0): x1 = −7 − 0.1·(−0.7).
  expect(num(after[1][1])).toBeCloseTo(-7 + 0.07, 12);
  expect(num(after[2][1])).not.toBe(num(before[2][1]));
  // Stepping back through the playback shows the update's terms.
  await demo.getByRole('button', { name: 'First step' }).click();
  await demo.getByRole('button', { name: 'Next step' }).click();
  await expect(demo.locator('.update')).toContainText('v ← μ v − η g');
  // The start handle moves with the keyboard and the URL follows.
  await demo.getByRole('button', { name: /Start point/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/x0=-6\.8/);
});

test('field demo: the arrows are −∇f of x²/20 + y² with their angles, and a change of surface reruns it', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto(`${PAGE}?field.az=-60&field.el=40`);
  const demo = page.locator('#demo-opt-field');
  await showDemo(demo);
  const table = '#opt-field-table table';
  expect(await tableHeader(page, table)).toEqual(['x', 'y', 'f', '∂f/∂x', '∂f/∂y', 'angle to the minimum (°)']);
  const rows = await tableRows(page, table);
  expect(rows.length).toBe(21 * 11);
  for (const r of rows) {
    const [x, y, f, gx, gy, angle] = r.map(num);
    expect(f).toBeCloseTo((x * x) / 20 + y * y, 12);
    expect(gx).toBeCloseTo(x / 10, 12);
    expect(gy).toBeCloseTo(2 * y, 12);
    if (x !== 0 || y !== 0) {
      const cos = (gx * x + gy * y) / (Math.hypot(gx, gy) * Math.hypot(x, y));
      expect(angle).toBeCloseTo((Math.acos(Math.min(1, cos)) * 180) / Math.PI, 6);
    }
  }
  // The 3-D view and the arrows are drawn; the view angles came from the URL.
  await expect(demo.locator('.surface-mesh path').first()).toBeVisible();
  expect(await demo.locator('.vector-field path.arrow').count()).toBeGreaterThan(200);
  await expect(demo.getByLabel('3-D view: turn (type a value)')).toHaveValue('−60'); // a typographic minus (src/lib/format.ts)
  await expect(demo).toContainText('more than 45° away from the minimum');
  await demo.getByLabel('surface', { exact: true }).selectOption('ellipse');
  await expect(page).toHaveURL(/field\.surface=ellipse/);
  await expect.poll(async () => (await tableRows(page, table)).length).toBe(21 * 16);
  expectClean(w);
});

test("surface demo: Nesterov in the Korean edition's order is its own path, and the overlay shows both forms", async ({
  page,
}) => {
  await page.goto(`${PAGE}?opt=nesterov-kr&lr=0.1&steps=3&compare=1`);
  const demo = page.locator('#demo-opt-paths');
  await showDemo(demo);
  const rows = await tableRows(page, PATHS);
  // First step: W ← W + μ²·v − (1 + μ)·η·g with v = −η·g: (1 + μ + μ²)·η·g = 2.71·0.1·(−0.7, 4).
  expect(num(rows[1][1])).toBeCloseTo(-7 + 0.271 * 0.7, 12);
  expect(num(rows[1][2])).toBeCloseTo(2 - 0.271 * 4, 12);
  const summary = await tableRows(page, '#opt-paths-summary table');
  expect(summary.map((r) => r[0])).toEqual([
    'Nesterov (book, Korean edition)',
    'SGD',
    'Momentum',
    'Nesterov',
    'AdaGrad',
    'RMSProp',
    'Adam',
  ]);
  await demo.getByRole('button', { name: 'First step' }).click();
  await demo.getByRole('button', { name: 'Next step' }).click();
  await expect(demo.locator('.update')).toContainText('W ← W + μ² v − (1 + μ) η g');
  // Adam's read-out names its second moment s, not v.
  await demo.getByLabel('optimiser', { exact: true }).selectOption('adam');
  await expect(page).toHaveURL(/opt=adam/);
  await tableRows(page, PATHS);
  await demo.getByRole('button', { name: 'First step' }).click();
  await demo.getByRole('button', { name: 'Next step' }).click();
  await expect(demo.locator('.update')).toContainText('s ← β₂ s + (1 − β₂) g ⊙ g');
});

test('dropout demo: four maps, the summary table, and a change of p reruns it', async ({ page }) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(`${PAGE}?drop.masks=20&drop.p=0.4`);
  const demo = page.locator('#demo-opt-dropout');
  await showDemo(demo);
  const table = '#opt-dropout-table table';
  const rows = await tableRows(page, table);
  expect(rows.map((r) => r[0])).toEqual([
    'without dropout',
    'dropout p = 0.4, test time (every unit, unscaled)',
    'one thinned network (mean over the masks)',
    'average of 20 thinned networks',
  ]);
  // gap = train − test, and the ensemble agrees with the test-time network more than one thinned network does.
  for (const r of rows.slice(0, 2)) expect(num(r[3])).toBeCloseTo(num(r[1]) - num(r[2]), 12);
  expect(num(rows[3][4])).toBeGreaterThan(num(rows[2][4]));
  await expect(demo.locator('.class-map')).toHaveCount(4);
  const typed = demo.getByLabel('drop probability p (type a value)');
  await typed.fill('0.2');
  await typed.press('Enter');
  await expect(page).toHaveURL(/drop\.p=0\.2/);
  await expect.poll(async () => (await tableRows(page, table))[1][0]).toContain('p = 0.2');
  expectClean(w);
});

test('race demo: curves for the chosen optimisers, SGD slowest', async ({ page }) => {
  test.setTimeout(120_000);
  const w = watch(page);
  await page.goto(`${PAGE}?race.iters=60&race.hidden=20&race.layers=1&race.batch=32`);
  const demo = page.locator('#demo-opt-race');
  await showDemo(demo);
  // Nothing trains until the reader presses Run.
  await expect(demo).toContainText('Press Run to start the race');
  await expect(demo.locator('.status')).toHaveText('idle');
  await expect(page.locator('astro-island:has(#demo-opt-race)')).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  await demo.getByRole('button', { name: '▶ Run', exact: true }).click();
  const table = '#opt-race-table table';
  expect(await tableHeader(page, table)).toEqual([
    'iteration',
    'SGD loss',
    'Momentum loss',
    'AdaGrad loss',
    'Adam loss',
  ]);
  const rows = await tableRows(page, table);
  expect(rows.map((r) => num(r[0]))).toEqual([10, 20, 30, 40, 50, 60]);
  const last = rows[rows.length - 1].map(Number);
  for (const k of [2, 3, 4]) expect(last[k]).toBeLessThan(last[1]);
  // Switch RMSProp on: a new column, and the URL records it.
  await demo.getByLabel('RMSProp', { exact: true }).check();
  await expect(page).toHaveURL(/race\.use_rmsprop=1/);
  await expect.poll(() => tableHeader(page, table)).toContain('RMSProp loss');
  expectClean(w);
});

test('regularisation demo: three runs, gaps as numbers, state in the URL', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${PAGE}?reg.epochs=10&reg.hidden=20&reg.layers=1`);
  const demo = page.locator('#demo-opt-reg');
  await showDemo(demo);
  await expect(page.locator('astro-island:has(#demo-opt-reg)')).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  await demo.getByRole('button', { name: '▶ Run', exact: true }).click();
  const table = '#opt-reg-table table';
  const rows = await tableRows(page, table);
  expect(rows.map((r) => num(r[0]))).toEqual([0, 5, 10]);
  for (const r of rows) for (const c of r.slice(1)) expect(num(c)).toBeGreaterThanOrEqual(0);
  const summary = await tableRows(page, '#opt-reg-summary table');
  expect(summary.length).toBe(3);
  for (const r of summary) expect(num(r[3])).toBeCloseTo(num(r[1]) - num(r[2]), 12);
  const typed = demo.getByLabel('weight decay λ (type a value)');
  await typed.fill('0.5');
  await typed.press('Enter');
  await expect(page).toHaveURL(/reg\.lambda=0\.5/);
  await expect(page.locator(table)).toHaveAttribute('data-state', 'pending');
  await tableRows(page, table);
});

test('accuracy vs loss and softmax gradient demos', async ({ page }) => {
  await page.goto(`${PAGE}?acc.n=20&acc.samples=101&grad.k=3&grad.s0=1&grad.s1=2&grad.s2=-1&grad.label=0`);
  await showDemo(page.locator('#demo-opt-acc'));
  const acc = await tableRows(page, '#demo-opt-acc table');
  expect(acc.length).toBe(101);
  // Accuracy is a multiple of 1/20 and its derivative is 0 at nearly every point.
  expect(acc.filter((r) => num(r[3]) === 0).length).toBeGreaterThan(95);
  for (const r of acc) expect(Math.abs(num(r[1]) * 20 - Math.round(num(r[1]) * 20))).toBeLessThan(1e-9);

  await showDemo(page.locator('#demo-opt-grad'));
  const grad = await tableRows(page, '#demo-opt-grad table');
  expect(grad.length).toBe(3);
  const s = [1, 2, -1];
  const z = s.reduce((a, v) => a + Math.exp(v), 0);
  grad.forEach((r, j) => {
    const y = Math.exp(s[j]) / z;
    expect(num(r[2])).toBeCloseTo(y, 12);
    expect(num(r[4])).toBeCloseTo(y - (j === 0 ? 1 : 0), 12); // backprop
    expect(num(r[5])).toBeCloseTo(y - (j === 0 ? 1 : 0), 12); // y − t
  });
  await page.locator('#demo-opt-grad').getByLabel('true class (label)').selectOption('1');
  await expect(page).toHaveURL(/grad\.label=1/);
  await expect.poll(async () => num((await tableRows(page, '#demo-opt-grad table'))[1]?.[5])).toBeLessThan(0);
});

test('hostile and absurd URL values fall back with notices, and the page keeps working', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?surface=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&opt=lbfgs&lr=1e999&steps=100000&x0=NaN&y0=-1e9&compare=maybe` +
      `&grad.k=99&grad.s0=1e400&acc.samples=-3&race.iters=abc&reg.p=2`,
  );
  const demo = page.locator('#demo-opt-paths');
  await showDemo(demo);
  await expect(demo).toContainText('surface: "<img src=x onerror=alert…" is not one of');
  await expect(demo).toContainText('optimiser: "lbfgs" is not one of');
  await expect(demo).toContainText('learning rate η: "1e999" is not a number');
  await expect(demo).toContainText('steps: "100000" is outside 1–500; using 500');
  await expect(demo).toContainText('start y: "-1e9" is outside -10–10; using -10');
  const rows = await tableRows(page, PATHS);
  expect(rows.length).toBe(501);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await showDemo(page.locator('#demo-opt-grad'));
  await expect(page.locator('#demo-opt-grad')).toContainText('classes: "99" is outside 2–5; using 5');
  expect((await tableRows(page, '#demo-opt-grad table')).length).toBe(5);
  await showDemo(page.locator('#demo-opt-acc'));
  await expect(page.locator('#demo-opt-acc')).toContainText('sweep points: "-3" is outside 21–4001; using 21');
  await showDemo(page.locator('#demo-opt-reg'));
  await expect(page.locator('#demo-opt-reg')).toContainText(
    'dropout p (drop probability): "2" is outside 0.05–0.9; using 0.9',
  );
  await showDemo(page.locator('#demo-opt-race'));
  await expect(page.locator('#demo-opt-race')).toContainText('iterations: "abc" is not a number');
  expectClean(w);
});
