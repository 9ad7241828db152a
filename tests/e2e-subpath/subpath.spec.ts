/**
 * The site built for a base path (settings.mjs), served under that base: every page loads at
 * phone width with no console error, no failed request and no request outside the base, is no
 * wider than the phone, and on a chapter at least one demo finishes; every link, script, image
 * and stylesheet of a page stays under the base; search finds a chapter and its result opens it;
 * "Copy link" copies an address under the base; and an unknown address shows the 404 page.
 */
import { test, expect, type Page } from '@playwright/test';
import { builtPages, watch, expectClean, hydrateAll, showDemo } from '../e2e/util';
import { subpath } from './settings.mjs';

const pages = builtPages(subpath.dir);
const base = subpath.base;

test('the sub-path build produced the pages', () => {
  expect(pages).toContain('/');
  expect(pages.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThan(0);
});

/** Addresses on this page (links, scripts, images, stylesheets, icons) that are on the site but outside the base. */
async function addressesOutsideBase(page: Page): Promise<string[]> {
  return page.evaluate((base) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('[href], [src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(#|mailto:|data:|blob:|javascript:)/.test(raw)) continue;
      const u = new URL(raw, location.href);
      if (u.origin === location.origin && !u.pathname.startsWith(base)) out.push(`${el.tagName} ${raw}`);
    }
    return out;
  }, base);
}

for (const path of pages) {
  const rel = path.slice(1); // relative to the base URL
  test(`${base}${rel} loads under the base at phone width, is no wider than the phone, runs a demo`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const w = watch(page, base);
    const res = await page.goto(rel);
    expect(res?.status()).toBe(path === '/404/' ? 404 : 200);
    await hydrateAll(page);
    expect(await addressesOutsideBase(page), 'addresses outside the base').toEqual([]);
    if (path.startsWith('/chapters/')) {
      // At least one of the chapter's demos computes its numbers, in a worker loaded under the base.
      await expect(page.locator('table[data-state="done"]').first()).toBeAttached({ timeout: 90_000 });
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'page wider than a 390 px viewport (px)').toBeLessThanOrEqual(0);
    await page.waitForTimeout(300);
    expectClean(w);
  });
}

test('search under the base finds a chapter and its result opens it', async ({ page }) => {
  const w = watch(page, base);
  await page.goto('');
  await page.keyboard.press('/');
  const input = page.locator('[data-search-input]');
  await expect(input).toBeFocused();
  await input.fill('spirals');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', `${base}chapters/introduction/`);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${base}chapters/introduction/$`));
  await expect(page.locator('h1')).toHaveText('How this course works');
  expectClean(w);
});

test('sidebar, previous/next and claim links stay under the base', async ({ page }) => {
  const w = watch(page, base);
  // Each page finishes loading before the next click (a click mid-load cancels its requests).
  await page.goto('chapters/introduction/');
  await page.locator('.prev-next a.next').click();
  await expect(page).toHaveURL(new RegExp(`${base}chapters/activation-functions/$`));
  await page.waitForLoadState('load');
  await page.locator('.claim-chip').first().click();
  await expect(page).toHaveURL(new RegExp(`${base}claims/#`));
  await page.waitForLoadState('load');
  await page.locator('.site-title').click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await page.waitForLoadState('load');
  // (A click can still cancel the icon or font fetches a page makes after load: watch() excuses those.)
  expectClean(w);
});

test('"Copy link" copies an address under the base, with the demo settings', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('chapters/introduction/?lr=0.03');
  const demo = page.locator('figure.demo').first();
  await showDemo(demo);
  await demo.getByRole('button', { name: 'Copy link' }).click();
  await expect(demo.locator('.copied')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.pathname).toBe(`${base}chapters/introduction/`);
  expect(url.search).toContain('lr=0.03');
  expect(url.hash).toMatch(/^#demo-/);
});

test('an unknown address under the base shows the 404 page, whose links work', async ({ page }) => {
  const res = await page.goto('no-such-page/deeper/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.locator('h1')).toContainText('Training neural networks');
});

test('at phone width the header search button keeps its name and shows its icon', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('chapters/xavier-and-he/');
  const button = page.getByRole('button', { name: 'Search', exact: true });
  await expect(button).toBeVisible();
  const icon = await button.locator('svg').boundingBox();
  expect(icon?.width ?? 0, 'icon width (px)').toBeGreaterThan(10);
  // A wide table scrolls inside its own box; the page itself does not. (The box is laid out once
  // it comes near the screen: content-visibility, ChapterPage.astro.)
  const box = page.locator('.table-scroll').first();
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
