/**
 * What a reader does with the keyboard and what the page does back: Run / Pause / Play keep the
 * focus, the optimiser-paths playback stays consistent when the start point moves, the chapter
 * menu on a phone, and motion for readers who ask for less of it.
 */
import { test, expect, type Page } from '@playwright/test';
import { showDemo, tableRows, watch, expectClean } from './util';

/** The element that has the keyboard focus, described. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()} ${el.textContent?.trim() ?? ''}` : 'none';
  });

test('Run, Pause and Run again keep the keyboard focus: Enter and Space work the same button', async ({ page }) => {
  const w = watch(page);
  await page.goto('/chapters/weight-initialisation/?mn.iters=200');
  const demo = page.locator('#demo-init-mnist');
  await showDemo(demo);
  const run = demo.getByRole('button', { name: '▶ Run', exact: true });
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(demo.getByRole('button', { name: /Pause/ })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(demo.getByRole('button', { name: /Resume/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await tableRows(page, '#init-mnist-table table');
  await expect(demo.getByRole('button', { name: /Run again/ })).toBeFocused();
  expect(await focused(page)).toMatch(/^button/);
  expectClean(w);
});

test('optimiser paths: Play keeps the focus; after moving the start, the step slider and its label agree', async ({
  page,
}) => {
  const w = watch(page);
  await page.goto('/chapters/parameter-updates/');
  const demo = page.locator('#demo-opt-paths');
  await showDemo(demo);
  await tableRows(page, '#opt-paths-table table');
  const slider = demo.getByRole('slider', { name: 'step shown' });
  const label = demo.locator('.at output');
  await expect(label).toHaveText('30 / 30');
  await expect(slider).toHaveValue('30');

  await demo.getByRole('button', { name: /Start point/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/x0=/);
  await tableRows(page, '#opt-paths-table table');
  await expect(label).toHaveText('30 / 30');
  await expect(slider).toHaveValue('30');

  // A longer path: the range and the value change together.
  await demo.getByRole('textbox', { name: 'steps (type a value)' }).fill('50');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/steps=50/);
  await tableRows(page, '#opt-paths-table table');
  await expect(label).toHaveText('50 / 50');
  await expect(slider).toHaveValue('50');

  await demo.getByRole('button', { name: /Play/ }).focus();
  await page.keyboard.press('Enter');
  await expect(demo.getByRole('button', { name: /Pause/ })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(demo.getByRole('button', { name: /Play/ })).toBeFocused();
  const shown = Number(await slider.inputValue());
  await expect(label).toHaveText(`${shown} / 50`);
  expectClean(w);
});

test('with reduced motion, playback moves in a few steps at least a second apart', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chapters/parameter-updates/');
  const demo = page.locator('#demo-opt-paths');
  await showDemo(demo);
  await tableRows(page, '#opt-paths-table table');
  await demo.locator('.at output').evaluate((out) => {
    const seen: [number, string][] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => seen.push([performance.now(), out.textContent ?? ''])).observe(out, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await demo.getByRole('button', { name: /Play/ }).click();
  await expect(demo.locator('.at output')).toHaveText('30 / 30', { timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { seen: [number, string][] }).seen);
  const steps = seen.map(([, t]) => Number(t.split(' / ')[0]));
  expect(steps[0]).toBe(0); // Play starts over from the start point
  expect(steps.slice(1)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  for (let i = 2; i < seen.length; i++) expect(seen[i][0] - seen[i - 1][0]).toBeGreaterThan(900);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the chapter menu: a drawer over a backdrop that takes the focus; a tap outside or Escape closes it', async ({
    page,
  }) => {
    const w = watch(page);
    await page.goto('/chapters/batch-normalisation/');
    const button = page.locator('[data-menu-button]');
    const menu = page.locator('#sidebar');
    const backdrop = page.locator('[data-menu-backdrop]');
    await expect(menu).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu).toBeVisible();
    await expect(backdrop).toBeVisible();
    // The focus is on the current chapter; the page behind is out of reach of Tab (which goes
    // round the menu, its button and the browser's own controls) and of taps.
    await expect(menu.locator('a[aria-current="page"]')).toBeFocused();
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'browser';
        return el.closest('#sidebar, [data-menu-button]') ? 'menu' : el.outerHTML.slice(0, 80);
      });
      expect(['menu', 'browser']).toContain(where);
    }
    const box = (await menu.boundingBox())!;
    expect(box.width).toBeLessThan(390 * 0.9); // the page shows beside it, dimmed
    await page.touchscreen.tap(box.width + (390 - box.width) / 2, 600);
    await expect(menu).toBeHidden();
    await expect(backdrop).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();

    await button.click();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    // The page behind is usable again.
    expect(await page.locator('.page').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    expectClean(w);
  });

  test('slider labels keep their phrases whole: the label has a line of its own beside the value', async ({ page }) => {
    await page.goto('/chapters/data-preprocessing/');
    const demo = page.locator('#demo-prep-pipeline');
    await showDemo(demo);
    const label = demo.locator('.slider label', { hasText: 'scale ratio' });
    // One line of text: as tall as its line height.
    const lines = await label.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return Math.round(r.height / parseFloat(getComputedStyle(el).lineHeight));
    });
    expect(lines).toBe(1);
  });

  test('the optimiser-paths contour plot is as tall as its surface needs at the phone width', async ({ page }) => {
    await page.goto('/chapters/parameter-updates/');
    const demo = page.locator('#demo-opt-paths');
    await showDemo(demo);
    const svg = demo.locator('.surface svg.plot-svg');
    const area = demo.locator('.surface svg.plot-svg rect.area');
    await expect(svg).toBeVisible();
    const s = (await svg.boundingBox())!;
    const a = (await area.boundingBox())!;
    // The plotted area fills the width and leaves no empty band above or below it.
    expect(a.width).toBeGreaterThan(s.width * 0.75);
    expect(s.height - a.height).toBeLessThan(70);
  });
});
