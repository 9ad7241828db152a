/**
 * Shared helpers for the end-to-end tests: the list of built pages, a page watcher that records
 * console errors, failed requests and requests leaving the site, and island hydration.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Every built page, as a URL path relative to the base ("/", "/chapters/introduction/", …), from
 * dist/ (or $DIST_DIR, or the folder given).
 */
export function builtPages(root = process.env.DIST_DIR ?? 'dist'): string[] {
  const out: string[] = [];
  function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (['pagefind', '_astro', 'data', 'og', 'icons'].includes(name)) continue;
        walk(p);
      } else if (name === 'index.html') {
        const rel = relative(root, dir).split(sep).join('/');
        out.push(rel ? `/${rel}/` : '/');
      }
    }
  }
  if (existsSync(root)) walk(root);
  return out.sort();
}

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  externalRequests: string[];
  /** Requests to the site's own server for a path outside its base path. */
  outsideBase: string[];
}

/**
 * Records what must not happen on a page: console errors, failed or external requests, and
 * requests that escape the base path the site was built for (`base`, default '/').
 */
export function watch(page: Page, base = '/'): PageWatch {
  const w: PageWatch = { consoleErrors: [], failedRequests: [], externalRequests: [], outsideBase: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => w.consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) {
      w.externalRequests.push(r.url());
    } else if (['http:', 'https:'].includes(u.protocol) && !u.pathname.startsWith(base)) {
      w.outsideBase.push(r.url());
    }
  });
  page.on('requestfailed', (r) => {
    // A font fetched after load for the next pages (src/lib/fonts.ts), or the icon, cut short by
    // the test moving on to another page: the navigation's doing, not a failure of the site.
    const cut = r.failure()?.errorText === 'net::ERR_ABORTED';
    if (cut && (/\.woff2$/.test(new URL(r.url()).pathname) || /favicon/.test(r.url()))) return;
    w.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) w.failedRequests.push(`${r.url()} (${r.status()})`);
  });
  return w;
}

export function expectClean(w: PageWatch) {
  expect(w.consoleErrors, 'console errors').toEqual([]);
  expect(w.failedRequests, 'failed requests').toEqual([]);
  expect(w.externalRequests, 'requests leaving the site').toEqual([]);
  expect(w.outsideBase, 'requests outside the base path').toEqual([]);
}

/** Scrolls every island into view (they hydrate when visible) and waits until all have hydrated. */
export async function hydrateAll(page: Page) {
  const islands = page.locator('astro-island');
  const n = await islands.count();
  for (let i = 0; i < n; i++) {
    // An island is `display: contents`: scroll its first rendered child into view instead.
    await islands.nth(i).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center' }));
    await expect(islands.nth(i)).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  }
  return n;
}

/**
 * Waits until a demo's data table is final for the current settings, and returns its rows: each
 * cell's exact value (its data-value, which DataTable writes for every number) where it has one,
 * else its text. `tableText` returns what the reader sees instead.
 */
export async function tableRows(page: Page, tableSelector: string): Promise<string[][]> {
  const table = page.locator(tableSelector);
  await expect(table).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  return table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value') ?? td.textContent ?? ''),
      ),
    );
}

/** Like tableRows, but the cells' text as the reader sees it (formatted numbers). */
export async function tableText(page: Page, tableSelector: string): Promise<string[][]> {
  const table = page.locator(tableSelector);
  await expect(table).toHaveAttribute('data-state', 'done', { timeout: 45_000 });
  return table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
}

/**
 * The number in a table cell (as tableRows reads it: the exact value where the cell has one). An
 * empty or missing cell is NaN (never 0), so every comparison on it fails; a typographic minus (−)
 * reads as '-', thousands separators are dropped, and 4.5×10⁻⁵ reads as 4.5e-5.
 */
export function num(cell: string | undefined): number {
  const text = (cell ?? '').trim().replace(/\u2212/g, '-');
  if (text === '') return NaN;
  const sup: Record<string, string> = {
    '⁻': '-',
    '⁰': '0',
    '¹': '1',
    '²': '2',
    '³': '3',
    '⁴': '4',
    '⁵': '5',
    '⁶': '6',
    '⁷': '7',
    '⁸': '8',
    '⁹': '9',
  };
  const m = text.match(/^(-?[\d.,]+)×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/);
  if (m) return Number(`${m[1].replace(/,/g, '')}e${[...m[2]].map((c) => sup[c]).join('')}`);
  return Number(/^-?[\d,]+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text);
}

/** The header cells of a table. */
export async function tableHeader(page: Page, tableSelector: string): Promise<string[]> {
  return page.locator(`${tableSelector} thead th`).allTextContents();
}

/**
 * Brings a demo into view and waits until its island has hydrated (DemoFrame sets
 * data-hydrated), so that a click is handled by the demo and not lost on server-rendered HTML.
 * `target` is the demo's frame or any element inside it.
 */
export async function showDemo(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await expect
    .poll(
      () =>
        target.evaluate((el) => {
          const frame = el.closest('figure.demo') ?? el.querySelector('figure.demo');
          return frame?.getAttribute('data-hydrated') ?? null;
        }),
      { timeout: 30_000 },
    )
    .toBe('true');
}
