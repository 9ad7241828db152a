/**
 * The demos of the built site, read from its pages: each demo's id, its chapter, and its
 * parameters as its controls declare them (data-param, data-kind, data-min, data-max, written by
 * <Param>). Used by the end-to-end tests that go through every demo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { builtPages } from './util';

export interface ParamInfo {
  key: string;
  kind: string;
  min?: number;
  max?: number;
}
export interface DemoInfo {
  path: string;
  id: string;
  params: ParamInfo[];
}

/** Settings that only make a run longer (counted in steps, epochs, repetitions or trials). */
export const LENGTH = /(^|\.)(iters|steps|epochs|reps|seeds|coarse|fine|scales)$/;
/** Demos that train on MNIST: at their maximum, only the sizes go up. */
export const MNIST = new Set([
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
export function demos(): DemoInfo[] {
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

export function query(demo: DemoInfo, end: 'max' | 'min'): string {
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
export const states = (demo: Locator) =>
  demo.locator('table[data-state]').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-state')));

/**
 * Waits until every table is done, or the demo shows an error notice and no table is still
 * waiting for a result, or the settings leave nothing to run (Run disabled, a notice saying
 * why), pressing Run first where the demo waits for it; returns which.
 */
export async function settle(page: Page, demo: Locator, timeout: number): Promise<'done' | 'refused' | 'nothing'> {
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

/** The address of a demo's cheapest run at its defaults: MNIST demos with their length settings at the minimum. */
export function cheap(demo: DemoInfo): string {
  const q = new URLSearchParams();
  if (MNIST.has(demo.id)) for (const p of demo.params) if (LENGTH.test(p.key)) q.set(p.key, String(p.min));
  return q.toString();
}
