/**
 * The open project, on the built site: every chapter ends with an "Edit this page" link to its
 * file in this checkout, a "Report a problem" link that names it, and a citation box whose BibTeX
 * parses; a citation copies in one click; a demo's report link carries its current settings;
 * every page has the footer's licence notice; every font the build ships is credited.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { builtPages, showDemo, tableRows } from './util';
import { course } from '../../course.config.mjs';
import { ISSUE_FORMS } from '../../src/lib/repo-links';
import { FONT_CREDITS } from '../../src/lib/credits';
import { ui } from '../../src/i18n';
import { localeOfPath } from '../../src/i18n/locales';

const distDir = process.env.DIST_DIR ?? 'dist';
const pages = builtPages();
const chapters = pages.filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
/** The public address of a page of the built site, as its links and citations give it. */
const publicUrl = (path: string) => new URL(course.base.replace(/\/$/, '') + path, course.site).href;

test('the build has chapters to check', () => {
  expect(chapters.length).toBeGreaterThan(0);
});

test.describe('chapter ends (static HTML)', () => {
  // What is checked here is in the HTML as built: no need to run the demos.
  test.use({ javaScriptEnabled: false });

  for (const path of chapters) {
    const slug = path.split('/')[2];

    test(`${path}: edit link to its file in the checkout, report link, citation that parses`, async ({ page }) => {
      await page.goto(path);
      const title = (await page.locator('main h1').first().textContent())!.trim();

      // "Edit this page" opens this chapter's MDX file, which exists in the repository's tree.
      const edit = page.locator('[data-edit-link]');
      await expect(edit).toHaveCount(1);
      await expect(edit).toHaveText(/Edit this page/);
      const href = (await edit.getAttribute('href'))!;
      const prefix = `${course.repo}/edit/${course.branch}/`;
      expect(href.startsWith(prefix), `${href} starts with ${prefix}`).toBe(true);
      const file = decodeURIComponent(href.slice(prefix.length));
      expect(existsSync(file) && statSync(file).isFile(), `${file} is a file in the checkout`).toBe(true);
      expect(file).toBe(`content/chapters/${slug}.mdx`);

      // "Report a problem" opens the error-in-the-text form with the chapter filled in.
      const report = page.locator('[data-report-link]');
      await expect(report).toHaveCount(1);
      await expect(report).toHaveText(/Report a problem/);
      const issue = new URL((await report.getAttribute('href'))!);
      expect(`${issue.origin}${issue.pathname}`).toBe(`${course.repo}/issues/new`);
      expect(issue.searchParams.get('template')).toBe(ISSUE_FORMS.text.file);
      expect(issue.searchParams.get('chapter')).toContain(title);
      expect(issue.searchParams.get('chapter')).toContain(slug);
      expect(issue.searchParams.get('page')).toBe(publicUrl(path));

      // "Cite this chapter": BibTeX that parses, with this chapter's title, the year and its address.
      const box = page.locator('[data-cite]');
      await expect(box.getByRole('heading', { name: 'Cite this chapter' })).toBeVisible();
      const bibtex = (await box.locator('[data-cite-format="bibtex"]').textContent())!;
      const lib = parseBibtex(bibtex, { sentenceCase: false });
      expect(lib.errors, bibtex).toEqual([]);
      expect(lib.entries).toHaveLength(1);
      const { fields } = lib.entries[0];
      const builtYear = statSync(join(distDir, path, 'index.html')).mtime.getUTCFullYear();
      expect(fields.title).toBe(title);
      expect(fields.year).toBe(String(builtYear));
      expect(fields.url).toBe(publicUrl(path));
      expect(fields.howpublished).toContain('Training Neural Networks');
      const text = (await box.locator('[data-cite-format="text"]').textContent())!;
      for (const part of [title, String(builtYear), publicUrl(path), 'Training Neural Networks']) {
        expect(text).toContain(part);
      }
      await expect(box.getByRole('button', { name: /copy the bibtex entry/i })).toBeVisible();
      await expect(box.getByRole('button', { name: /copy the plain-text citation/i })).toBeVisible();
    });
  }

  for (const path of [...pages, '/no-such-page/']) {
    test(`${path}: the footer has the licence notice`, async ({ page }) => {
      await page.goto(path);
      const notice = page.locator('footer [data-licence-notice]');
      await expect(notice).toHaveCount(1);
      await expect(notice).toContainText('MIT');
      await expect(notice).toContainText('CC BY 4.0');
      await expect(notice).toContainText('CC BY-SA 3.0');
      // The code licence it links to is a file of this checkout.
      // In the page's language (the Korean pages' footer is Korean).
      const t = ui(localeOfPath(path)).site;
      const mit = (await notice.getByRole('link', { name: t.licenceMit }).getAttribute('href'))!;
      const prefix = `${course.repo}/blob/${course.branch}/`;
      expect(mit.startsWith(prefix)).toBe(true);
      expect(existsSync(mit.slice(prefix.length))).toBe(true);
      await expect(notice.getByRole('link', { name: t.credits })).toHaveAttribute('href', `${course.base}credits/`);
    });
  }

  test('every font file the build ships is credited on /credits/ with its licence', async ({ page }) => {
    const fonts = readdirSync(join(distDir, '_astro')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
    expect(fonts.length).toBeGreaterThan(0);
    // "KaTeX_Main-Bold.Cx4ab-Z1.woff2" → "KaTeX_Main": the file name up to the first dot, less its style.
    const families = [...new Set(fonts.map((f) => f.split('.')[0].replace(/-[^-]+$/, '')))];
    await page.goto('/credits/');
    const fontsSection = page.locator('section', { has: page.getByRole('heading', { name: 'Fonts' }) });
    const credited = (await fontsSection.textContent()) ?? '';
    const notices = readFileSync('THIRD_PARTY_NOTICES.md', 'utf8');
    for (const family of families) {
      expect(credited, `${family} credited on /credits/`).toContain(family);
      expect(notices, `${family} credited in THIRD_PARTY_NOTICES.md`).toContain(family);
    }
    for (const c of FONT_CREDITS) await expect(fontsSection).toContainText(c.licence.name);
    await expect(fontsSection.locator('details pre')).toContainText('SIL OPEN FONT LICENSE Version 1.1');
  });
});

test('a citation copies in one click, and the page says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(chapters.includes('/chapters/introduction/') ? '/chapters/introduction/' : chapters[0]);
  const box = page.locator('[data-cite]');
  await box.scrollIntoViewIfNeeded();
  for (const [name, format, said] of [
    [/copy the bibtex entry/i, 'bibtex', 'BibTeX'],
    [/copy the plain-text citation/i, 'text', 'plain-text'],
  ] as const) {
    const button = box.getByRole('button', { name });
    await button.click();
    await expect(box.getByRole('status')).toContainText(`Copied the ${said}`);
    const expected = await box.locator(`[data-cite-format="${format}"]`).textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  }
});

test("a demo's report link carries the chapter and the demo's current settings", async ({ page }) => {
  await page.goto('/chapters/introduction/?iters=50&hidden=8&seed=3');
  const demo = page.locator('#demo-intro');
  await showDemo(demo);
  const report = demo.locator('[data-demo-report]');
  // The link is rebuilt when the pointer reaches it (or it gets focus, or is clicked).
  const issue = async () => {
    await page.mouse.move(0, 0);
    await report.hover();
    return new URL((await report.getAttribute('href'))!);
  };
  const first = await issue();
  expect(`${first.origin}${first.pathname}`).toBe(`${course.repo}/issues/new`);
  expect(first.searchParams.get('template')).toBe(ISSUE_FORMS.demo.file);
  expect(first.searchParams.get('chapter')).toContain('introduction');
  expect(first.searchParams.get('demo')).toBe(await demo.getAttribute('aria-label'));
  expect(first.searchParams.get('settings')).toBe(`${page.url().split('#')[0]}#demo-intro`);
  expect(first.searchParams.get('settings')).toContain('seed=3');
  await expect(report).toHaveAttribute('target', '_blank');

  // Change a setting: the link follows the address, not the settings the page opened with.
  await tableRows(page, '#demo-intro table');
  await demo.locator('select').selectOption('tanh');
  await expect(page).toHaveURL(/act=tanh/);
  const after = await issue();
  expect(after.searchParams.get('settings')).toContain('act=tanh');
  expect(after.searchParams.get('settings')).toBe(`${page.url().split('#')[0]}#demo-intro`);
});
