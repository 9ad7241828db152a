/**
 * Every check and test, in the order a failure is cheapest to find:
 *   MNIST asset → type checks (astro check, svelte-check) → lint (ESLint) and format (Prettier)
 *   → unit tests (Vitest, Node) → component tests (Vitest browser mode, Chromium) → production
 *   build (+ Pagefind, service worker) → end-to-end tests (Playwright, Chromium, against the built
 *   site) → the same build for a base path (tests/e2e-subpath/settings.mjs) → its end-to-end
 *   tests (pages, search, links, offline, meta tags of both builds) → link check of both builds
 *   (linkinator) → Lighthouse on three pages of the root build → the contributor's scaffold in a
 *   temporary copy of the repository.
 * Runs all steps even when one fails (except those that need a build that failed), then prints
 * one closing line "N passed, N failed": the tests the runners counted, plus one per check step
 * (one per build for the link check, one per page for Lighthouse). A test that failed and then
 * passed on a retry (Playwright retries once on CI, for a loaded machine) is flaky: it is not
 * counted as passed, and the line before the last names it.
 *
 *   npm test                 # everything
 *   npm test -- --skip=e2e   # skip steps by name: data, check, svelte, lint, format, unit,
 *                            # components, build, e2e, build-subpath, e2e-subpath, links,
 *                            # lighthouse, scaffold
 *
 * Ports of the local servers (each settable, for running beside other checkouts): E2E_PORT
 * (4329), E2E_SUB_PORT (4330), LINKS_PORT (4327), LH_PORT (4328); the scaffold's copy uses
 * E2E_PORT + 20.
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
/** Tests that failed, then passed on a retry: "file › title". */
const flaky = [];
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
  if (ok) passed++;
  else failed++;
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
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const s = report.stats;
    passed += s.expected;
    failed += s.unexpected;
    flaky.push(...flakyTests(report));
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
gate('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
gate('format', 'npx', ['prettier', '--check', '.']);
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
vitest('scaffold', 'scaffold');

/** "file › title" of every test Playwright marks flaky (failed, then passed on a retry). */
function flakyTests(report) {
  const names = [];
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'flaky') names.push(`${file ?? spec.file} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child, file ?? suite.file);
  };
  for (const suite of report.suites ?? []) walk(suite, suite.file);
  return names;
}

console.log('\n━━ summary');
for (const l of lines) console.log(l);
if (flaky.length) {
  console.log(`${flaky.length} flaky (failed, then passed on a retry; not counted as passed):`);
  for (const name of flaky) console.log(`  ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
