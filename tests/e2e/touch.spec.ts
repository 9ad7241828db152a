/**
 * On a phone (390 px wide, touch), every control on every page offers a touch target of at
 * least 44 × 44 px: buttons, sliders, fields, selects, checkboxes (with their label), the
 * summaries that open a data table, the links that act as buttons (a demo's "Report a
 * problem", the chapter menu's entries), the draggable start point. Links inside running text
 * are exempt, as WCAG 2.5.8 allows.
 */
import { test, expect } from '@playwright/test';
import { builtPages, hydrateAll } from './util';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

const MIN = 44;
/** Tolerance for sub-pixel layout. */
const EPS = 0.5;

for (const path of builtPages()) {
  test(`${path}: every control is at least ${MIN} × ${MIN} px at 390 px with touch`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen').toBe(true);
    await hydrateAll(page);
    // Data tables and other disclosures: their content has controls too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    // The chapter menu, opened: its entries are controls.
    const menu = page.locator('[data-menu-button]');
    if (await menu.isVisible()) await menu.click();
    const small = await page.evaluate(
      ({ min, eps }) => {
        const sel = [
          'button',
          'input:not([type="hidden"])',
          'select',
          'textarea',
          'summary',
          '[role="button"]',
          '[role="slider"]',
          'figure.demo a',
          '.site-header a',
          '#sidebar a',
        ].join(',');
        const out: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>(sel)) {
          // A checkbox or radio inside its label: the label is what a finger taps.
          const target =
            el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && el.closest('label')
              ? el.closest('label')!
              : el;
          const r = target.getBoundingClientRect();
          const style = getComputedStyle(target);
          const hidden =
            r.width === 0 ||
            r.height === 0 ||
            style.visibility === 'hidden' ||
            target.closest('.visually-hidden, [aria-hidden="true"], [inert]') !== null ||
            (r.width <= 1 && r.height <= 1);
          if (hidden) continue;
          if (r.width + eps < min || r.height + eps < min) {
            const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
              .trim()
              .replace(/\s+/g, ' ')
              .slice(0, 40);
            const where = el.closest('[id]')?.id ?? '';
            out.push(
              `${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? `[${el.type}]` : ''} "${name}" in #${where}: ${r.width.toFixed(0)} × ${r.height.toFixed(0)}`,
            );
          }
        }
        return out;
      },
      { min: MIN, eps: EPS },
    );
    expect(small, 'controls smaller than a fingertip').toEqual([]);
  });
}
