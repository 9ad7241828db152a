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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { builtPages, showDemo, watch, expectClean } from './util';

interface ParamInfo {
  key: string;
  kind: string;
  min?: number;
  max?: number;
}
interface DemoInfo {
  path: string;
  id: string;
  params: ParamInfo[];
}

/** Settings that only make a run longer (counted in steps, epochs, repetitions or trials). */
const LENGTH = /(^|\.)(iters|steps|epochs|reps|seeds|coarse|fine|scales)$/;
/** Demos that train on MNIST: at their maximum, only the sizes go up. */
const MNIST = new Set([
  'demo-act-race',
  'demo-act-dead',
  'demo-prep-centring',
  'demo-init-mnist',
  'demo-bn-sweep',
  'demo-bn-lr',
  'demo-bn-testmode',
  'demo-sanity-checks',
  'demo-sanity-overfit',
  'demo-sanity-lr',
  'demo-sanity-monitor',
  'demo-search-random',
  'demo-opt-race',
  'demo-opt-reg',
]);

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Every demo of every chapter, with its parameters, read from the built HTML. */
function demos(): DemoInfo[] {
  const dist = process.env.DIST_DIR ?? 'dist';
  const out: DemoInfo[] = [];
  for (const path of builtPages().filter((p) => p.startsWith('/chapters/'))) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const parts = html.split(/(?=<figure class="demo[ "])/).slice(1);
    for (const part of parts) {
      const id = attr(part.slice(0, part.indexOf('>')), 'id');
      if (!id) continue;
      const params = [...part.matchAll(/<[^>]*\sdata-param="[^"]*"[^>]*>/g)].map(([tag]) => ({
        key: attr(tag, 'data-param')!,
        kind: attr(tag, 'data-kind')!,
        min: attr(tag, 'data-min') === undefined ? undefined : Number(attr(tag, 'data-min')),
        max: attr(tag, 'data-max') === undefined ? undefined : Number(attr(tag, 'data-max')),
      }));
      if (params.length) out.push({ path, id, params });
    }
  }
  return out;
}

function query(demo: DemoInfo, end: 'max' | 'min'): string {
  const q = new URLSearchParams();
  for (const p of demo.params) {
    if (p.kind === 'bool') q.set(p.key, end === 'max' ? '1' : '0');
    else if (p.kind === 'int' || p.kind === 'float') {
      const low = end === 'min' || (MNIST.has(demo.id) && LENGTH.test(p.key));
      q.set(p.key, String(low ? p.min : p.max));
    }
  }
  return q.toString();
}

/** The states of the demo's data tables. */
const states = (demo: Locator) =>
  demo.locator('table[data-state]').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-state')));

/**
 * Waits until every table is done, or the demo shows an error notice and no table is still
 * waiting for a result, or the settings leave nothing to run (Run disabled, a notice saying
 * why), pressing Run first where the demo waits for it; returns which.
 */
async function settle(page: Page, demo: Locator, timeout: number): Promise<'done' | 'refused' | 'nothing'> {
  const deadline = Date.now() + timeout;
  let pressedRun = false;
  for (;;) {
    const s = await states(demo);
    if (s.length && s.every((x) => x === 'done')) return 'done';
    if (!s.includes('pending') && (await demo.locator('.notice.error').count())) return 'refused';
    if (!pressedRun && s.includes('idle')) {
      const run = demo.getByRole('group', { name: 'Run controls' }).getByRole('button').first();
      if (await run.isEnabled()) {
        await run.click();
        pressedRun = true;
      } else if (await demo.locator('.notice').count()) return 'nothing';
    }
    if (Date.now() > deadline) throw new Error(`${await demo.getAttribute('id')}: tables still ${s.join(', ')}`);
    await page.waitForTimeout(250);
  }
}

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
