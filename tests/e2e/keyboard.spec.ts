/**
 * Every demo's main flow by keyboard alone: from the demo's first button, Tab reaches a setting,
 * an arrow key changes it (the address follows), Tab reaches Run where the demo has one, Enter
 * runs it, and the demo finishes. Demos that train on MNIST run with their length settings at
 * the minimum, so that the test stays short.
 */
import { test, expect, type Page } from '@playwright/test';
import { showDemo, watch, expectClean } from './util';
import { cheap, demos, settle } from './demos';

/** What has the focus, in the demo `id`: 'range', 'select', 'run' or something else. */
const focusKind = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || !el.closest(`#${id}`)) return 'outside';
    if (el instanceof HTMLInputElement && el.type === 'range') return el.disabled ? 'other' : 'range';
    if (el instanceof HTMLSelectElement) return 'select';
    if (el.classList.contains('play-pause')) return 'run';
    return 'other';
  }, id);

for (const demo of demos()) {
  test(`${demo.id}: a setting changed and the demo run with the keyboard alone`, async ({ page }) => {
    test.setTimeout(150_000);
    const w = watch(page);
    const q = cheap(demo);
    await page.goto(`${demo.path}${q ? `?${q}` : ''}#${demo.id}`);
    const frame = page.locator(`#${demo.id}`);
    await showDemo(frame);
    // Where Tab into the demo arrives: its first button.
    await frame.locator('button').first().focus();
    const before = page.url();
    let kind = await focusKind(page, demo.id);
    for (let i = 0; i < 80 && kind !== 'range' && kind !== 'select'; i++) {
      await page.keyboard.press('Tab');
      kind = await focusKind(page, demo.id);
    }
    expect(['range', 'select'], 'Tab reaches a setting').toContain(kind);
    const value = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const was = await value();
    await page.keyboard.press(kind === 'range' ? 'ArrowRight' : 'ArrowDown');
    // At its maximum, or on the last option: the other way.
    if ((await value()) === was) await page.keyboard.press(kind === 'range' ? 'ArrowLeft' : 'ArrowUp');
    expect(await value(), 'the key changes the setting').not.toBe(was);
    await expect.poll(() => page.url(), { message: 'the address follows the key' }).not.toBe(before);
    // A demo with Run controls: Tab on to Run and press Enter.
    if (await frame.locator('.play-pause').count()) {
      // A demo that recomputes on the change disables its Run until it is done (opt-paths), and
      // Tab passes over a disabled button: wait for it, as a reader would.
      await expect(frame.locator('.play-pause').first()).toBeEnabled({ timeout: 60_000 });
      for (let i = 0; i < 80 && kind !== 'run'; i++) {
        await page.keyboard.press('Tab');
        kind = await focusKind(page, demo.id);
      }
      expect(kind, 'Tab reaches Run').toBe('run');
      const label = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (!/Pause/.test(label)) {
        await page.keyboard.press('Enter');
        // A demo that had finished restarts by itself 300 ms after the change. If that came
        // between reading the label and the key, the key paused the new run, and the button now
        // offers to resume it: press it again, as a reader would.
        // (The worker pauses at its next frame: a second is ample. A demo whose Run button is
        // its own, as the optimiser paths', shows no status.)
        const status = frame.locator('.run-controls .status').first();
        for (let i = 0; i < 10 && (await status.count()); i++) {
          const now = await status.getAttribute('data-status');
          if (now === 'paused') await page.keyboard.press('Enter');
          if (now === 'paused' || now === 'done') break;
          await page.waitForTimeout(100);
        }
      }
    }
    expect(await settle(page, frame, 120_000)).toBe('done');
    expectClean(w);
  });
}
