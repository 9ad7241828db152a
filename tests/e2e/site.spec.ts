/**
 * Every page of the built site, in light and in dark theme: it loads with no console error, no
 * failed request and no request leaving the site; its math is rendered by KaTeX without error;
 * every island hydrates; and an accessibility scan finds no serious or critical violation.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, watch, expectClean, hydrateAll } from './util';

const pages = builtPages();

test('the build produced the pages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/claims/');
  expect(pages.filter((p) => p.startsWith('/chapters/')).length).toBeGreaterThan(0);
  expect(pages).toContain('/ko/');
  expect(pages).toContain('/glossary/');
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} (${scheme}) loads cleanly, renders math, hydrates, passes axe`, async ({ page }) => {
      // Long chapters with many live demos take a while to hydrate and to scan.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      const w = watch(page);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await hydrateAll(page);
      if (/^\/(ko\/)?chapters\//.test(path)) {
        expect(await page.locator('.katex').count(), 'KaTeX output').toBeGreaterThan(0);
      }
      expect(await page.locator('.katex-error').count(), 'KaTeX errors').toBe(0);
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
        );
      expect(bad, 'serious or critical accessibility violations').toEqual([]);
      // Let running demos stream a little before checking for errors.
      await page.waitForTimeout(300);
      expectClean(w);
    });
  }
}

test('a stored theme is applied before first paint, and the toggle cycles auto → light → dark', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  // The inline head script ran before the body was parsed.
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAttribute('aria-label', /dark/);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', /auto/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(toggle).toHaveAttribute('aria-label', /light/);
});

test('search finds a chapter by a word in its body', async ({ page }) => {
  const w = watch(page);
  await page.goto('/');
  await page.keyboard.press('/');
  const input = page.locator('[data-search-input]');
  await expect(input).toBeFocused();
  await input.fill('spirals');
  const first = page.locator('[data-search-results] li a').first();
  await expect(first).toHaveAttribute('href', /\/chapters\/introduction\//);
  await first.click();
  await expect(page).toHaveURL(/\/chapters\/introduction\//);
  expectClean(w);
});

test('sidebar, table of contents and previous/next links', async ({ page }) => {
  await page.goto('/chapters/introduction/');
  await expect(page.locator('.sidebar a[aria-current="page"]')).toHaveCount(1);
  const tocLinks = page.locator('.toc-side .toc a');
  expect(await tocLinks.count()).toBeGreaterThan(1);
  // The chapters in sidebar order: previous/next follow it, from the first chapter to the last.
  const order = await page
    .locator('.sidebar a[href*="/chapters/"]')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(order.length).toBeGreaterThan(2);
  expect(order[0]).toMatch(/\/chapters\/introduction\/$/);
  await expect(page.locator('.prev-next a.prev')).toHaveCount(0);
  const next = page.locator('.prev-next a.next');
  await expect(next).toHaveCount(1);
  await next.click();
  await expect(page).toHaveURL(new RegExp(`${order[1]}$`));
  await expect(page.locator('.prev-next a.prev')).toHaveAttribute('href', new RegExp(`${order[0]}$`));
  await page.goto(order[order.length - 1]);
  await expect(page.locator('.prev-next a.next')).toHaveCount(0);
  await expect(page.locator('.prev-next a.prev')).toHaveAttribute('href', new RegExp(`${order[order.length - 2]}$`));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  test('a chapter loads without a layout shift: its first screen is laid out in full', async ({ context }) => {
    await context.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const slug of ['introduction', 'xavier-and-he', 'babysitting-learning']) {
      // Each as a tab's first page, as a reader arriving from a search would open it.
      const page = await context.newPage();
      await page.goto(`/chapters/${slug}/`);
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), slug).toBe(0);
      await page.close();
    }
  });
});

test('a chapter lays out its text near the screen only; its text is in the page, and a table-of-contents jump reaches it', async ({
  page,
}) => {
  await page.goto('/chapters/xavier-and-he/');
  // Paragraphs with a link or a formula in them: whether that is rendered says whether the
  // paragraph's content is laid out (a skipped block keeps its own box, at its last size).
  const blocks = page.locator('main.chapter > p:not(.eyebrow, .lede):has(> a, > .katex)');
  const rendered = (i: number) =>
    blocks
      .nth(i)
      .evaluate((el) =>
        el.querySelector(':scope > a, :scope > .katex')!.checkVisibility({ contentVisibilityAuto: true }),
      );
  const last = (await blocks.count()) - 1;
  expect(last).toBeGreaterThan(5);
  // On load: the first paragraph is laid out, the last (screens below) is skipped.
  expect(await rendered(0)).toBe(true);
  expect(await rendered(last)).toBe(false);
  // Its text is in the page all the same (find-in-page, search, screen readers).
  expect((await blocks.nth(last).textContent())?.trim().length).toBeGreaterThan(20);
  // The last heading of the table of contents: the jump lands on the heading.
  const link = page.locator('.toc-side .toc a').last();
  const id = decodeURIComponent((await link.getAttribute('href'))!.split('#')[1]);
  await link.click();
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeInViewport();
  expect(await heading.evaluate((h) => Math.abs(h.getBoundingClientRect().top))).toBeLessThan(200);
  // Scrolled to, a block is laid out, and keeps its size when scrolled away from.
  await blocks.nth(last).scrollIntoViewIfNeeded();
  await expect.poll(() => rendered(last)).toBe(true);
  const height = await blocks.nth(last).evaluate((el) => el.getBoundingClientRect().height);
  await page.evaluate(() => scrollTo(0, 0));
  await expect.poll(() => rendered(last)).toBe(false);
  expect(await blocks.nth(last).evaluate((el) => el.getBoundingClientRect().height)).toBeCloseTo(height, 0);
});

test('mobile layout: the chapter list is behind a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/chapters/introduction/');
  const sidebar = page.locator('#sidebar');
  await expect(sidebar).toBeHidden();
  const button = page.locator('[data-menu-button]');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(sidebar).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(sidebar).toBeHidden();
  // No horizontal scrolling on a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
