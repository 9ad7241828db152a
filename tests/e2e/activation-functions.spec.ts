/**
 * The activation-functions chapter: every demo opens from URL parameters, fills its data table,
 * reruns when a control changes (the URL follows), and hostile URL values fall back with notices.
 */
import { test, expect, type Page } from '@playwright/test';
import { watch, expectClean, tableRows, showDemo, num } from './util';

const PAGE = '/chapters/activation-functions/';
const first = (demo: string) => `#${demo} table >> nth=0`;

async function open(page: Page, query: string, demo: string) {
  await page.goto(`${PAGE}?${query}`);
  await showDemo(page.locator(`#${demo}`));
  // wait until the island holding the demo has hydrated (before that, clicks do nothing)
  await expect(page.locator('astro-island', { has: page.locator(`#${demo}`) })).not.toHaveAttribute('ssr', /.*/, {
    timeout: 30_000,
  });
}

async function typeInto(page: Page, demo: string, label: string, value: string) {
  const field = page.locator(`#${demo}`).getByLabel(`${label} (type a value)`);
  await field.fill(value);
  await field.press('Enter');
}

test('explorer: sigmoid saturates at the probe, ticking ELU adds a row', async ({ page }) => {
  const w = watch(page);
  await open(page, 'fx.range=12&fx.probe=10', 'demo-act-explorer');
  const rows = await tableRows(page, first('demo-act-explorer'));
  expect(rows.map((r) => r[0])).toEqual(['sigmoid', 'tanh', 'ReLU']);
  const sig = num(rows[0][3]);
  expect(sig).toBeGreaterThan(4e-5);
  expect(sig).toBeLessThan(5e-5);
  expect(num(rows[2][3])).toBe(1); // ReLU′(10)
  await page.locator('#demo-act-explorer').getByLabel('ELU', { exact: true }).check();
  await expect(page).toHaveURL(/fx\.elu=1/);
  await expect.poll(async () => (await tableRows(page, first('demo-act-explorer'))).length).toBe(4);
  await typeInto(page, 'demo-act-explorer', 'probe input', '0');
  await expect(page).toHaveURL(/fx\.probe=0/);
  await expect.poll(async () => (await tableRows(page, first('demo-act-explorer')))[2]?.[3]).toBe('0'); // ReLU′(0) = 0 by convention
  expectClean(w);
});

test('linear collapse: the stack equals one matrix; switching to tanh reruns', async ({ page }) => {
  const w = watch(page);
  await open(page, 'lin.iters=60', 'demo-act-linear');
  const rows = await tableRows(page, first('demo-act-linear'));
  expect(rows.length).toBe(5);
  expect(num(rows[0][1])).toBeLessThan(1e-10);
  expect(num(rows[1][1])).toBeGreaterThan(0.01);
  await page.locator('#demo-act-linear select').selectOption('tanh');
  await expect(page).toHaveURL(/lin\.act=tanh/);
  await expect(page.locator(first('demo-act-linear'))).toContainText('tanh');
  const after = await tableRows(page, first('demo-act-linear'));
  expect(num(after[0][1])).toBeLessThan(1e-10);
  expectClean(w);
});

test('zig-zag: all-positive inputs take more steps; a new step scale reruns', async ({ page }) => {
  const w = watch(page);
  await open(page, '', 'demo-act-zigzag');
  const rows = await tableRows(page, first('demo-act-zigzag'));
  expect(rows.length).toBe(2);
  expect(num(rows[0][2])).toBe(1); // every step with equal signs
  expect(num(rows[0][1])).toBeGreaterThan(num(rows[1][1]));
  await typeInto(page, 'demo-act-zigzag', 'step scale', '0.2');
  await expect(page).toHaveURL(/zz\.step=0\.2/);
  await expect
    .poll(async () => (await tableRows(page, first('demo-act-zigzag')))[1]?.[4] ?? rows[1][4])
    .not.toBe(rows[1][4]); // a row missing while it reruns counts as unchanged
  expectClean(w);
});

test('cost: timings in the browser, ReLU is the unit', async ({ page }) => {
  const w = watch(page);
  await open(page, 'cost.n=0.2&cost.reps=3', 'demo-act-cost');
  await expect(page.locator(first('demo-act-cost'))).toHaveAttribute('data-state', 'idle'); // waits for Run
  await page.locator('#demo-act-cost').getByRole('button', { name: /Run/ }).click();
  const rows = await tableRows(page, first('demo-act-cost'));
  expect(rows.map((r) => r[0])).toContain('sigmoid');
  expect(num(rows.find((r) => r[0] === 'relu')![3])).toBe(1);
  for (const r of rows) expect(num(r[1])).toBeGreaterThan(0);
  await typeInto(page, 'demo-act-cost', 'repetitions', '2');
  await expect(page).toHaveURL(/cost\.reps=2/);
  await expect(page.locator('#demo-act-cost .count')).toContainText('/ 16 timed passes');
  expectClean(w);
});

test('race: three activations, iterations to the threshold, and a new threshold reruns', async ({ page }) => {
  const w = watch(page);
  await open(
    page,
    'race.iters=60&race.hidden=16&race.leaky_relu=0&race.elu=0&race.gelu=0&race.thr=1.5',
    'demo-act-race',
  );
  await expect(page.locator('#demo-act-race')).toContainText('Press ▶ Run to start the race: 3 networks');
  await page.locator('#demo-act-race').getByRole('button', { name: /Run/ }).click();
  const rows = await tableRows(page, first('demo-act-race'));
  expect(rows.map((r) => r[0])).toEqual(['sigmoid', 'tanh', 'relu']);
  expect(num(rows[2][3])).toBe(1); // ReLU's ratio to itself
  await typeInto(page, 'demo-act-race', 'loss threshold', '2');
  await expect(page).toHaveURL(/race\.thr=2/);
  await expect(page.locator(first('demo-act-race'))).toHaveAttribute('data-state', 'pending');
  const after = await tableRows(page, first('demo-act-race'));
  expect(after.length).toBe(3);
  expectClean(w);
});

test('dead ReLUs: the fractions by iteration; Leaky ReLU has no dead units', async ({ page }) => {
  const w = watch(page);
  await open(page, 'dead.iters=40&dead.hidden=20', 'demo-act-dead');
  const rows = await tableRows(page, first('demo-act-dead'));
  expect(rows.map((r) => num(r[0]))).toEqual([0, 10, 20, 30, 40]);
  expect(num(rows[0][1])).toBe(0); // nothing is dead at initialisation
  expect(num(rows[0][3])).toBeGreaterThan(0.2); // but many units are off for each image
  await page.locator('#demo-act-dead select').first().selectOption('leaky_relu');
  await expect(page).toHaveURL(/dead\.act=leaky_relu/);
  // The rerun can be over before a check would see it pending (40 short iterations): wait for its
  // rows instead — with ReLU some units are dead by iteration 40, with Leaky ReLU none.
  expect(
    rows.some((r) => num(r[1]) > 0),
    'ReLU leaves some units dead',
  ).toBe(true);
  await expect
    .poll(async () => (await tableRows(page, first('demo-act-dead'))).map((r) => num(r[1])), { timeout: 30_000 })
    .toEqual([0, 0, 0, 0, 0]);
  await expect(page.locator(first('demo-act-dead'))).toHaveAttribute('data-state', 'done');
  expectClean(w);
});

test('data cloud: a bad start leaves units dead with zero gradient; a preset reruns with none dead', async ({
  page,
}) => {
  const w = watch(page);
  await open(page, 'cloud.bias=-2&cloud.iters=200', 'demo-act-cloud');
  const demo = page.locator('#demo-act-cloud');
  const units = await tableRows(page, '#act-cloud-units table');
  expect(units.length).toBe(8);
  const dead = units.filter((r) => r[6] === 'dead');
  expect(dead.length).toBeGreaterThanOrEqual(4);
  for (const r of dead) {
    expect(num(r[4])).toBe(0); // no point on the active side
    expect(num(r[5])).toBe(0); // and no gradient
  }
  await expect(demo.locator('.panel.dead')).toHaveCount(dead.length);
  const time = await tableRows(page, '#act-cloud-time table');
  expect(time.map((r) => num(r[0]))).toEqual(Array.from({ length: 11 }, (_, i) => 20 * i));
  await demo.getByRole('button', { name: /^healthy/ }).click();
  await expect(page).not.toHaveURL(/cloud\.bias=/);
  await expect
    .poll(async () => (await tableRows(page, '#act-cloud-units table')).filter((r) => r[6] === 'dead').length)
    .toBe(0);
  expectClean(w);
});

test('maxout: k pieces in the table, parameter count k times ReLU', async ({ page }) => {
  const w = watch(page);
  await open(page, 'mo.iters=200', 'demo-act-maxout');
  const rows = await tableRows(page, first('demo-act-maxout'));
  expect(rows.length).toBe(4);
  await expect(page.locator('#demo-act-maxout')).toContainText('(4×)');
  await typeInto(page, 'demo-act-maxout', 'pieces k', '2');
  await expect(page).toHaveURL(/mo\.k=2/);
  await expect.poll(async () => (await tableRows(page, first('demo-act-maxout'))).length).toBe(2);
  await expect(page.locator('#demo-act-maxout')).toContainText('(2×)');
  expectClean(w);
});

test('hostile and absurd URL values fall back with notices, and the demos keep working', async ({ page }) => {
  const w = watch(page);
  await page.goto(
    `${PAGE}?fx.range=abc&lin.layers=999&zz.step=-1&race.init=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dead.act=sigmoid&mo.k=1e9&cost.n=1e999`,
  );
  const check = async (demo: string, text: string) => {
    await showDemo(page.locator(`#${demo}`));
    await expect(page.locator(`#${demo}`)).toContainText(text);
  };
  await check('demo-act-explorer', 'input range ±: "abc" is not a number');
  await check('demo-act-linear', 'linear layers: "999" is outside 2–10; using 10');
  await check('demo-act-zigzag', 'step scale: "-1" is outside 0.02–1.5; using 0.02');
  await check('demo-act-cost', 'elements (millions): "1e999" is not a number');
  await check('demo-act-race', 'is not one of xavier, he, small; using xavier');
  await check('demo-act-dead', 'activation: "sigmoid" is not one of relu, leaky_relu, prelu');
  await check('demo-act-maxout', 'pieces k: "1e9" is outside 1–16; using 16');
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  const rows = await tableRows(page, first('demo-act-linear'));
  expect(rows.length).toBe(5);
  expectClean(w);
});
