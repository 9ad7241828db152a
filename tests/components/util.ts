/** Helpers for component tests that drive the real worker. */
import { flushSync } from 'svelte';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until `cond()` holds, applying Svelte's pending updates every 20 ms; throws after `ms`. */
export async function until(cond: () => boolean, ms = 20_000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error('timed out');
    await sleep(20);
    flushSync();
  }
}
