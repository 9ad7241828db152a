/**
 * What a reader sees, checked two ways for every demo of every chapter (one test per demo):
 *
 * 1. Visual regression. The demo is screenshot in four variants — 1280 px light, 1280 px dark,
 *    390 px dark, 390 px light — and compared with the committed baselines in
 *    tests/e2e/visual.spec.ts-snapshots/. The page is loaded once, with its other demos hidden and
 *    this one at its default settings (every demo's default seed is fixed: the same numbers on
 *    every machine); it waits until its tables are final (data-state done, or idle for a demo
 *    that waits for Run) and the fonts have loaded; then the
 *    theme and the width are switched in place. Animations are disabled, the sticky site header
 *    is hidden, and live timings (the cost demo's measured times) are masked.
 *    Tolerance: a variant may differ from its baseline in up to 1 % of its pixels (each pixel
 *    compared with Playwright's default colour threshold, 0.2). Text antialiasing and the
 *    rounding of a few sub-pixel positions vary a little between runs on a loaded machine; a real
 *    change of layout, palette or typeface moves far more than that.
 *    Update the baselines after an intended change of what the demos look like:
 *      scripts/course build && E2E_PORT=4361 scripts/course e2e tests/e2e/visual.spec.ts --update-snapshots
 *    and look at every changed PNG before committing it (CONTRIBUTING.md, "Screenshots").
 *
 * 2. Numbers for people. Every table cell, caption, read-out and tick label of the demo follows
 *    the course's number format (src/lib/format.ts): no "e+0", no "e-1x" floating-point noise,
 *    no number with more than six significant digits; elements marked data-format="exact" are
 *    the documented exceptions (READER_FORMAT_EXCEPTIONS). The prose of every chapter is checked
 *    the same way from the built HTML.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { READER_FORMAT_EXCEPTIONS } from '../../src/lib/format';

const dist = process.env.DIST_DIR ?? 'dist';
const chaptersDir = join(dist, 'chapters');
const chapters = existsSync(chaptersDir) ? readdirSync(chaptersDir).sort() : [];

/** Every demo of every built chapter: [chapter slug, demo id]. */
const demos: [string, string][] = chapters.flatMap((slug) => {
  const html = readFileSync(join(chaptersDir, slug, 'index.html'), 'utf8');
  return [...html.matchAll(/<figure class="demo[^"]*" id="(demo-[^"]+)"/g)].map(
    (m) => [slug, m[1]] as [string, string],
  );
});

/** Parts of a demo whose pixels depend on the machine, not on the course: masked. */
const LIVE: Record<string, string[]> = {
  'demo-act-cost': ['.bars', 'table'],
};

/** What a demo shows in the format check: its numbers, as text, each with where it was found. */
async function shownNumbers(demo: Locator): Promise<{ where: string; text: string }[]> {
  return demo.evaluate((root) => {
    const out: { where: string; text: string }[] = [];
    const skip = (el: Element) => el.closest('[data-format="exact"], code, pre, kbd, .katex, input, select, option');
    const add = (where: string, el: Element) => {
      if (!skip(el)) out.push({ where, text: el.textContent ?? '' });
    };
    root.querySelectorAll('td, th').forEach((el) => add('table cell', el));
    root.querySelectorAll('figcaption, p, li, .notice').forEach((el) => add('text', el));
    root.querySelectorAll('svg text').forEach((el) => add('plot label', el));
    return out;
  });
}

/** Numbers in a text that break the reader format, with the reason. */
function formatProblems(text: string): string[] {
  const problems: string[] = [];
  const plain = text.replace(/\u2212/g, '-');
  if (/\de[+-]0\b/i.test(plain)) problems.push('an "e+0" exponent');
  if (/\de-1\d\b/i.test(plain)) problems.push('floating-point noise in e-notation (e-1x)');
  for (const m of plain.matchAll(/\d[\d,]*\.\d+(?:e[+-]?\d+)?/gi)) {
    const mantissa = m[0].replace(/e.*$/i, '').replace(/[,.]/g, '').replace(/^0+/, '');
    if (mantissa.length > 6) problems.push(`"${m[0]}" has more than six significant digits`);
  }
  return problems;
}

async function settle(page: Page, demo: Locator) {
  await expect(demo).toHaveAttribute('data-hydrated', 'true', { timeout: 30_000 });
  // Final numbers for the current settings: every table done, or idle (waiting for Run).
  await expect
    .poll(
      () =>
        demo.evaluate((el) =>
          [...el.querySelectorAll('table[data-state]')].every((t) => t.getAttribute('data-state') !== 'pending'),
        ),
      { timeout: 90_000 },
    )
    .toBe(true);
  // The web fonts are added by a script (src/lib/fonts.ts): wait until they are in.
  await expect(page.locator('html')).toHaveAttribute('data-fonts', 'loaded', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  // Two frames: charts re-measure their width and redraw after a resize or a theme change.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

function setTheme(page: Page, theme: 'light' | 'dark') {
  return page.evaluate((t) => {
    localStorage.setItem('theme', t);
    document.documentElement.dataset.theme = t;
    window.dispatchEvent(new Event('themechange'));
  }, theme);
}

test.describe('demos as readers see them', () => {
  test.skip(demos.length === 0, 'needs a build (scripts/course build)');

  for (const [slug, id] of demos) {
    test(`${id} (${slug}): four views match their baselines; numbers in the reader format`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 900 });
      // Only this demo: the page's other demos are hidden before anything runs, so that they
      // neither hydrate and compete for the processor nor move this one while it is measured.
      // And every text block laid out: skipped far from the screen (content-visibility: auto),
      // they hold a guessed height that moves the demo by a fraction of a pixel.
      await page.route(`**/chapters/${slug}/`, async (route) => {
        const res = await route.fetch();
        const body = (await res.text()).replace(
          '</head>',
          `<style>figure.demo:not(#${id}) { display: none !important; } ` +
            `main.chapter > * { content-visibility: visible !important; }</style></head>`,
        );
        await route.fulfill({ response: res, body });
      });
      // As a second page of the tab: the web fonts are in from the start (src/lib/fonts.ts).
      await page.addInitScript(() => sessionStorage.setItem('fonts', '1'));
      await page.goto(`/chapters/${slug}/#${id}`);
      await setTheme(page, 'light');
      // The sticky site header would cover the top of a demo taller than the window.
      await page.addStyleTag({ content: '.site-header { visibility: hidden !important; }' });
      const demo = page.locator(`#${id}`);
      await demo.scrollIntoViewIfNeeded();
      await settle(page, demo);

      const problems = (await shownNumbers(demo)).flatMap(({ where, text }) =>
        formatProblems(text).map((p) => `${where}: ${p} in “${text.trim().slice(0, 80)}”`),
      );
      expect(problems, `numbers outside the reader format (exceptions: ${READER_FORMAT_EXCEPTIONS.length})`).toEqual(
        [],
      );

      const shot = async (name: string) => {
        await settle(page, demo);
        await expect(demo).toHaveScreenshot(`${id}.${name}.png`, {
          animations: 'disabled',
          caret: 'hide',
          maxDiffPixelRatio: 0.01,
          mask: (LIVE[id] ?? []).map((s) => demo.locator(s)),
          timeout: 60_000,
        });
      };
      await shot('1280-light');
      await setTheme(page, 'dark');
      await shot('1280-dark');
      await page.setViewportSize({ width: 390, height: 844 });
      await demo.scrollIntoViewIfNeeded();
      await shot('390-dark');
      await setTheme(page, 'light');
      await shot('390-light');
    });
  }
});

test('the prose of every chapter shows numbers in the reader format', async ({ page }) => {
  test.skip(chapters.length === 0, 'needs a build (scripts/course build)');
  const problems: string[] = [];
  for (const slug of chapters) {
    await page.goto(`/chapters/${slug}/`);
    // The prose: not code, not math (KaTeX), not the demos (checked live above), not the
    // documented exceptions.
    const texts = await page.locator('main').evaluate((main) => {
      const clone = main.cloneNode(true) as HTMLElement;
      clone
        .querySelectorAll('script, style, pre, code, kbd, .katex, figure, [data-format="exact"]')
        .forEach((el) => el.remove());
      return [...clone.querySelectorAll('p, li, td, th, caption, h2, h3, blockquote')].map(
        (el) => el.textContent ?? '',
      );
    });
    for (const t of texts)
      for (const p of formatProblems(t)) problems.push(`${slug}: ${p} in “${t.trim().slice(0, 80)}”`);
  }
  expect(problems).toEqual([]);
});
