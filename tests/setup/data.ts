/**
 * Vitest global setup for the Node tests: makes the MNIST asset the claim tests read (or checks
 * that it is current), once, before any test runs — the same script `npm run dev` and
 * `npm run build` run first.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/prepare-data.mjs'], { stdio: 'inherit' });
}
