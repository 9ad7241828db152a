/**
 * Reading offline (the service worker made by scripts/build.mjs), on the sub-path build: after a
 * reader has opened two chapters and run an MNIST demo once, the network goes off; both chapters
 * still render and run their demos, the MNIST demo runs again from the cached asset, and a page
 * never opened shows the offline page instead of the browser's error.
 */
import { test, expect, type Page } from '@playwright/test';
import { showDemo, tableRows } from '../e2e/util';
import { subpath } from './settings.mjs';

test.use({ serviceWorkers: 'allow' });

/** Waits until the page is controlled by the course's service worker, under the base. */
async function controlled(page: Page) {
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(subpath.base);
  // Activated: the worker has kept the page that was open when it took over.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

async function runMnistDemo(page: Page) {
  const demo = page.locator('#demo-init-mnist');
  await showDemo(demo);
  await demo.getByRole('button', { name: /Run/ }).click();
  return tableRows(page, '#init-mnist-final table');
}

test('chapters opened once, their demos and the MNIST asset keep working offline', async ({ page, context }) => {
  test.setTimeout(240_000);
  const mnistFetches: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/data/mnist.bin.gz')) mnistFetches.push(r.url());
  });

  // Online: open the introduction and let the worker take control, then a chapter with an MNIST demo.
  await page.goto('chapters/introduction/');
  await controlled(page);
  await page.goto('chapters/weight-initialisation/?mn.iters=10');
  await controlled(page);
  const online = await runMnistDemo(page);
  expect(mnistFetches.length, 'the MNIST asset was fetched once online').toBeGreaterThan(0);

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  // The MNIST chapter, reloaded: the page, its scripts and the asset come from the cache.
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Weight initialisation and symmetry breaking');
  const offline = await runMnistDemo(page);
  expect(offline, 'the same numbers as online').toEqual(online);

  // The other chapter opened before: it renders and its demo runs.
  await page.goto('chapters/introduction/');
  await expect(page.locator('h1')).toHaveText('How this course works');
  await showDemo(page.locator('#demo-intro'));
  await expect(page.locator('#demo-intro table[data-state="done"]')).toBeAttached({ timeout: 60_000 });
  expect(await page.locator('.katex').count(), 'math renders').toBeGreaterThan(0);

  // A page never opened: the offline page, not the browser's error page.
  await page.goto('chapters/parameter-updates/');
  await expect(page.locator('h1')).toHaveText('You are offline');

  await context.setOffline(false);
});

test('a new version of the service worker shows the "updated — reload" notice, and Reload switches to it', async ({
  page,
}) => {
  await page.goto('chapters/introduction/');
  await controlled(page);
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeHidden();
  // A new deploy's worker, as the browser finds it: a different script for the same scope installs
  // beside the one in control and waits.
  await page.evaluate(async (base) => {
    await navigator.serviceWorker.register(`${base}sw.js?deploy=2`, { scope: base });
  }, subpath.base);
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('updated');
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  // The reloaded page shows no notice. Checked at once: this test's new deploy has a script URL of
  // its own (sw.js?deploy=2), so the page's own registration of sw.js, once the page is idle,
  // starts yet another update and rightly offers it; a real deploy keeps the URL.
  await expect(page.locator('[data-update-notice]')).toBeHidden();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toContain('sw.js?deploy=2');
});

test("the worker's first install waits until the demos computing on load have finished", async ({ page }) => {
  test.setTimeout(60_000);
  // The random search trains on load for about two seconds: the install (the site's scripts
  // downloaded and compiled) would take a core from it on a two-core machine.
  await page.goto('chapters/hyperparameter-search/#demo-search-random');
  const order = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const tick = async () => {
          if (document.documentElement.hasAttribute('data-computing') && !seen.includes('computing'))
            seen.push('computing');
          if (document.querySelector('#demo-search-random table[data-state="done"]') && !seen.includes('done'))
            seen.push('done');
          if (await navigator.serviceWorker.getRegistration()) return resolve([...seen, 'registered']);
          setTimeout(() => void tick(), 25);
        };
        void tick();
      }),
  );
  expect(order).toEqual(['computing', 'done', 'registered']);
  await controlled(page);
});
