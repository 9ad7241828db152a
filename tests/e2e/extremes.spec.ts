/**
 * Every demo at the ends of its ranges, asked for through the address: each number at its
 * table's maximum (booleans on), then each at its minimum (booleans off). Either the demo
 * finishes (every data table `data-state="done"`) or it says in a sentence why it cannot and
 * which setting to lower; it never shows the core's raw limit message, and no table stays
 * "updating" for ever.
 *
 * The demos and their parameters are read from the built pages (each control carries
 * data-param, data-kind, data-min, data-max), so a new demo or parameter is covered without
 * touching this file. Demos that train on MNIST keep their iteration-like settings at the
 * minimum even in the maximum case: what can be refused there is a size, and a size is checked
 * before the first step, so the test stays short.
 */
import { test, expect } from '@playwright/test';
import { showDemo, watch, expectClean } from './util';
import { demos, query, settle } from './demos';

const RAW = /limit \w+ exceeded|max[A-Z]\w+|LimitError/;

for (const demo of demos()) {
  for (const end of ['max', 'min'] as const) {
    test(`${demo.id} at its ${end}imum settings finishes or says which setting to lower`, async ({ page }) => {
      test.setTimeout(150_000);
      const w = watch(page);
      await page.goto(`${demo.path}?${query(demo, end)}#${demo.id}`);
      const frame = page.locator(`#${demo.id}`);
      await showDemo(frame);
      const how = await settle(page, frame, 120_000);
      const text = (await frame.innerText()).replace(/\s+/g, ' ');
      expect(text, 'no raw limit message').not.toMatch(RAW);
      if (how === 'refused') {
        const message = await frame.locator('.notice.error').first().innerText();
        expect(message, 'the refusal names a setting to lower').toMatch(/\b(lower|fewer|smaller)\b/i);
      }
      expectClean(w);
    });
  }
}
