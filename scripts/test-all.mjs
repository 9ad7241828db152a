/**
 * Every check and test, in the order a failure is cheapest to find:
 *   MNIST asset → type checks (astro check, svelte-check) → unit tests (Vitest, Node) →
 *   component tests (Vitest browser mode, Chromium) → production build (+ Pagefind, service
 *   worker) → end-to-end tests (Playwright, Chromium, against the built site) → the same build
 *   for a base path (tests/e2e-subpath/settings.mjs) → its end-to-end tests (pages, search,
 *   links, offline, meta tags of both builds) → link check of both builds (linkinator) →
 *   Lighthouse on three pages of the root build.
 * Runs all steps even when one fails (except those that need a build that failed), then prints
 * one closing line "N passed, N failed": the tests the runners counted, plus one per check step
 * (one per build for the link check, one per page for Lighthouse).
 *
 *   npm test                 # everything
 *   npm test -- --skip=e2e   # skip steps by name: data, check, svelte, unit, components, build,
 *                            # e2e, build-subpath, e2e-subpath, links, lighthouse
 *
 * Ports of the local servers (each settable, for running beside other checkouts): E2E_PORT
 * (4329), E2E_SUB_PORT (4330), LINKS_PORT (4327), LH_PORT (4328).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { subpath, subpathBuildEnv } from '../tests/e2e-subpath/settings.mjs';

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

function gate(name, cmd, args, env = {}) {
  if (skip.has(name)) return true;
  const ok = run(name, cmd, args, env);
  ok ? passed++ : failed++;
  return ok;
}

/** A Playwright run, counted from its JSON report. */
function playwright(name, built, args) {
  if (skip.has(name)) return;
  if (!built) {
    lines.push(`FAIL ${name} (not run: the build failed)`);
    failed++;
    return;
  }
  const out = `.cache/playwright-${name}.json`;
  rmSync(out, { force: true });
  const ok = run(name, 'npx', ['playwright', 'test', ...args], { PW_JSON: out });
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    if (!ok && s.unexpected === 0) failed++;
  } else if (!ok) failed++;
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
playwright('e2e', built, []);
const builtSub = gate('build-subpath', 'npm', ['run', 'build', '--silent'], subpathBuildEnv);
playwright('e2e-subpath', built && builtSub, ['-c', 'playwright.subpath.config.ts']);
if (!skip.has('links')) {
  for (const [dir, base, ok] of [
    ['dist', '/', built],
    [subpath.dir, subpath.base, builtSub],
  ]) {
    if (!ok) {
      lines.push(`FAIL links ${dir} (not run: the build failed)`);
      failed++;
    } else if (run(`links ${dir}`, 'node', ['scripts/check-links.mjs', dir, base])) passed++;
    else failed++;
  }
}
if (!skip.has('lighthouse')) {
  const out = '.cache/lighthouse.json';
  rmSync(out, { force: true });
  if (!built) {
    lines.push('FAIL lighthouse (not run: the build failed)');
    failed++;
  } else {
    const ok = run('lighthouse', 'node', ['scripts/lighthouse.mjs', 'dist']);
    if (existsSync(out)) {
      const j = JSON.parse(readFileSync(out, 'utf8'));
      passed += j.passed;
      failed += j.failed;
      if (!ok && j.failed === 0) failed++;
    } else failed++;
  }
}

console.log('\n━━ summary');
for (const l of lines) console.log(l);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
