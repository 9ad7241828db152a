/**
 * Every check and test, in the order a failure is cheapest to find:
 *   type checks (astro check, svelte-check) → unit tests (Vitest, Node) → component tests
 *   (Vitest browser mode, Chromium) → production build (+ Pagefind) → end-to-end tests
 *   (Playwright, Chromium, against the built site).
 * Runs all steps even when one fails (except e2e, which needs the build), then prints one
 * closing line "N passed, N failed": the tests the runners counted, plus one per check step.
 *
 *   npm test                 # everything
 *   npm test -- --skip=e2e   # skip steps by name: check, svelte, unit, components, build, e2e
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const skip = new Set(
  process.argv
    .slice(2)
    .filter((a) => a.startsWith('--skip='))
    .flatMap((a) => a.slice(7).split(',')),
);
mkdirSync('.cache', { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];

function run(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  const ok = r.status === 0;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${secs} s)`);
  return ok;
}

function gate(name, cmd, args) {
  if (skip.has(name)) return true;
  const ok = run(name, cmd, args);
  ok ? passed++ : failed++;
  return ok;
}

function vitest(name, project) {
  if (skip.has(name)) return;
  const out = `.cache/vitest-${project}.json`;
  rmSync(out, { force: true });
  const ok = run(name, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${out}`,
  ]);
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    // A suite that failed to load counts as a failure even if no test inside it ran.
    if (!ok && j.numFailedTests === 0) failed++;
  } else if (!ok) failed++;
}

gate('data', 'node', ['scripts/prepare-data.mjs']);
gate('check', 'npx', ['astro', 'check']);
gate('svelte', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
vitest('unit', 'unit');
vitest('components', 'components');
const built = gate('build', 'npm', ['run', 'build', '--silent']);
if (!skip.has('e2e')) {
  if (!built) {
    lines.push('FAIL e2e (not run: the build failed)');
    failed++;
  } else {
    const out = '.cache/playwright.json';
    rmSync(out, { force: true });
    const ok = run('e2e', 'npx', ['playwright', 'test'], { PW_JSON: out });
    if (existsSync(out)) {
      const s = JSON.parse(readFileSync(out, 'utf8')).stats;
      passed += s.expected + s.flaky;
      failed += s.unexpected;
      if (!ok && s.unexpected === 0) failed++;
    } else if (!ok) failed++;
  }
}

console.log('\n━━ summary');
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
