/**
 * The Korean edition against the English one, in the built site: every English chapter has its
 * Korean counterpart with the same claims and the same demos in the same order and the same
 * build-time numbers; Korean pages say lang="ko", read mostly in Hangul, and their demos speak
 * Korean (no string of any English demo catalog left on the page); the language switcher keeps the
 * chapter and the demo's settings both ways; a search from a Korean page finds Korean pages first;
 * each chapter links its first use of a glossary term to the glossary of its own language.
 * (Console errors, failed requests, KaTeX, hydration and axe run on every page, Korean ones too, in
 * site.spec.ts; phone width in the sub-path tests.)
 */
import { readdirSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { builtPages, hydrateAll, watch, expectClean } from './util';

const pages = builtPages();
const chapters = pages.filter((p) => /^\/chapters\/[^/]+\/$/.test(p));

/** The prose of a chapter: its text without demos, math, code, references and the citation box. */
async function prose(page: Page): Promise<string> {
  return page.locator('main.chapter').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy
      .querySelectorAll(
        'script, style, template, figure.demo, astro-island, .katex, pre, code, .references, .csl-bib-body, [data-cite], .source-listing, .page-actions, .prev-next, .toc-inline, .chapter-meta, .eyebrow',
      )
      .forEach((el) => el.remove());
    return copy.textContent ?? '';
  });
}

/**
 * The numbers a chapter computes at build time, as it shows them: the numbers inside its
 * <span data-computed> (every inline {expression} of the MDX, src/lib/remark-mark-computed.mjs),
 * sorted. A translation words the phrase around a number as its language needs, but shows the
 * same numbers.
 */
async function computedNumbers(page: Page): Promise<string[]> {
  const texts = await page
    .locator('main.chapter [data-computed]')
    .evaluateAll((els) => els.filter((e) => !e.closest('figure.demo')).map((e) => e.textContent ?? ''));
  return texts
    .flatMap((t) => t.match(/(?<![\p{L}\d])[−-]?\d[\d,]*(?:\.\d+)?(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?/gu) ?? [])
    .map((s) => s.replace('-', '−'))
    .sort();
}

function hangulShare(text: string): number {
  const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return hangul / Math.max(1, hangul + latin);
}

/**
 * Every string of every English demo catalog (its words as the English page shows them), except
 * those a translation keeps as they are (names such as "Leaky ReLU": they are in a Korean catalog too).
 */
async function englishDemoStrings(): Promise<string[]> {
  const [en, ko] = [await catalogStrings('en'), await catalogStrings('ko')];
  // Words that are the same in both languages (names, symbols) are not a sign of English.
  return [...en].filter((s) => !ko.has(s) && /[a-z]{3,}.*\s.*[a-z]{3,}/i.test(s));
}

async function catalogStrings(lang: string): Promise<Set<string>> {
  const dir = new URL(`../../src/i18n/${lang}/demos/`, import.meta.url);
  const out = new Set<string>();
  const walk = (x: unknown) => {
    if (typeof x === 'string') out.add(x.trim());
    else if (typeof x === 'function') {
      const r = (x as (...a: unknown[]) => unknown)(...Array.from({ length: x.length }, () => '\u0000'));
      // The fixed part of a message: its text up to the first argument.
      if (typeof r === 'string') out.add(r.split('\u0000')[0].trim());
    } else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) walk((await import(new URL(f, dir).href)).default);
  return out;
}

test('every English chapter has a Korean edition and every Korean page exists in English', () => {
  expect(chapters.length).toBeGreaterThan(0);
  for (const p of chapters) expect(pages, p).toContain(`/ko${p}`);
  for (const p of pages.filter((x) => x.startsWith('/ko/'))) expect(pages, p).toContain(p.slice(3));
});

for (const path of chapters) {
  test(`${path}: the Korean edition has the same claims, demos and computed numbers, in Korean`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(path);
    const enClaims = await page.locator('.claim[id^="claim-"]').evaluateAll((els) => els.map((e) => e.id));
    const enDemos = await page.locator('figure.demo').evaluateAll((els) => els.map((e) => e.id));
    const enNumbers = await computedNumbers(page);
    expect(enNumbers.length, 'numbers computed at build time').toBeGreaterThan(0);

    const w = watch(page);
    await page.goto(`/ko${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(await page.locator('.claim[id^="claim-"]').evaluateAll((els) => els.map((e) => e.id))).toEqual(enClaims);
    expect(await page.locator('figure.demo').evaluateAll((els) => els.map((e) => e.id))).toEqual(enDemos);
    const text = await prose(page);
    expect(await computedNumbers(page), 'the numbers the build computed').toEqual(enNumbers);
    expect(hangulShare(text), 'share of Hangul among the letters').toBeGreaterThan(0.5);

    // The demos, hydrated, speak Korean: no phrase of an English demo catalog is on the page.
    await hydrateAll(page);
    const demoText = await page
      .locator('figure.demo')
      .evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));
    const english = (await englishDemoStrings()).filter((s) => demoText.includes(s));
    expect(english, 'English demo strings on the Korean page').toEqual([]);
    await page.waitForTimeout(300);
    expectClean(w);
  });
}

test('the language switcher keeps the chapter and the demo settings, both ways', async ({ page }) => {
  await page.goto('/chapters/introduction/?hidden=48&act=tanh#demo-intro');
  await hydrateAll(page);
  await page.locator('[data-lang-switch][hreflang="ko"]').click();
  await expect(page).toHaveURL(/\/ko\/chapters\/introduction\/\?hidden=48&act=tanh#demo-intro$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await hydrateAll(page);
  await expect(page.locator('#demo-intro select')).toHaveValue('tanh');
  await expect(page.locator('#demo-intro [data-param="hidden"] input.typed')).toHaveValue('48');
  // Back to English, with a setting changed on the Korean page.
  await page.locator('#demo-intro select').selectOption('sigmoid');
  await expect(page).toHaveURL(/act=sigmoid/);
  await page.locator('[data-lang-switch][hreflang="en"]').click();
  await expect(page).toHaveURL(/\/chapters\/introduction\/\?hidden=48&act=sigmoid#demo-intro$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await hydrateAll(page);
  await expect(page.locator('#demo-intro select')).toHaveValue('sigmoid');
});

test('pages name their translations (hreflang) and the Korean sidebar, claims and glossary are Korean', async ({
  page,
}) => {
  await page.goto('/ko/chapters/batch-normalisation/');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('hreflang'), new URL(e.getAttribute('href')!).pathname]));
  expect(alternates).toEqual(
    expect.arrayContaining([
      ['en', expect.stringMatching(/\/chapters\/batch-normalisation\/$/)],
      ['ko', expect.stringMatching(/\/ko\/chapters\/batch-normalisation\/$/)],
    ]),
  );
  const sidebar = (await page.locator('#sidebar').textContent()) ?? '';
  expect(hangulShare(sidebar)).toBeGreaterThan(0.5);
  for (const a of await page
    .locator('#sidebar a')
    .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname))) {
    expect(a, 'sidebar links stay in Korean').toMatch(/\/ko\//);
  }
  await page.goto('/ko/claims/');
  // The claims and the page's own words (the test names and file paths are code, the same in both).
  const claimsText = await page
    .locator('main h1, main > p, main h2, table.claims td:nth-child(2)')
    .evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '));
  expect(hangulShare(claimsText)).toBeGreaterThan(0.5);
  await page.goto('/ko/glossary/');
  expect(await page.locator('.glossary .term').count()).toBeGreaterThan(20);
});

test('a chapter links its first use of a glossary term to the glossary of its language', async ({ page }) => {
  for (const [path, glossary] of [
    ['/chapters/activation-functions/', /\/glossary\/#term-/],
    ['/ko/chapters/activation-functions/', /\/ko\/glossary\/#term-/],
  ] as const) {
    await page.goto(path);
    const links = await page
      .locator('main a.term-link')
      .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(links.length, path).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(glossary);
    // Once per term.
    expect(new Set(links).size).toBe(links.length);
  }
});

test('a search from a Korean page finds Korean pages first', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  await page.locator('[data-search-input]').fill('배치 정규화');
  const first = page.locator('[data-search-results] a').first();
  await expect(first).toBeVisible({ timeout: 15_000 });
  expect(new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toMatch(/^\/ko\//);
});
