/**
 * A contributor's path from one command: `scripts/course new chapter <slug>` and
 * `new demo <Name> --chapter <slug>` in a temporary copy of the repository, then the checks a
 * pull request runs — type check, lint, the new claim tests, a build, the new end-to-end specs —
 * all passing as generated; the same slug again is refused; and a claim that loses its
 * registration stops the build with a message naming the file and the id.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const repo = process.cwd();
let dir = '';

/** Runs a command in the copy; returns its exit status and output. */
function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'course-scaffold-'));
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f && !f.startsWith('dist/'));
  for (const f of files) {
    mkdirSync(join(dir, dirname(f)), { recursive: true });
    try {
      cpSync(join(repo, f), join(dir, f));
    } catch {
      // a file deleted in the working tree but still listed
    }
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  for (const data of ['public/data/mnist.bin.gz']) cpSync(join(repo, data), join(dir, data));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/course new', () => {
  test('new chapter and new demo create every file a claim needs', () => {
    const a = run('node', ['scripts/new.mjs', 'chapter', 'lr-warmup', '--title', 'Learning-rate warm-up']);
    expect(a.status, a.out).toBe(0);
    const b = run('node', ['scripts/new.mjs', 'demo', 'WarmupCompare', '--chapter', 'lr-warmup']);
    expect(b.status, b.out).toBe(0);
    const mdx = readFileSync(join(dir, 'content/chapters/lr-warmup.mdx'), 'utf8');
    expect(mdx).toMatch(/<Claim id="L1">/);
    expect(mdx).toMatch(/<Claim id="L2">/);
    expect(readFileSync(join(dir, 'src/lib/claims.ts'), 'utf8')).toMatch(/ {2}L2: \{/);
  });

  test('the same slug, demo or claim id again is refused with a clear message', () => {
    const again = run('node', ['scripts/new.mjs', 'chapter', 'lr-warmup']);
    expect(again.status).toBe(1);
    expect(again.out).toMatch(/a chapter "lr-warmup" exists already/);
    const claim = run('node', ['scripts/new.mjs', 'chapter', 'other-topic', '--claim', 'A1']);
    expect(claim.status).toBe(1);
    expect(claim.out).toMatch(/claim A1 exists already/);
    const demo = run('node', ['scripts/new.mjs', 'demo', 'WarmupCompare', '--chapter', 'lr-warmup']);
    expect(demo.status).toBe(1);
    expect(demo.out).toMatch(/exists already/);
  });

  test('the type check passes', () => {
    const astro = run('npx', ['astro', 'check']);
    expect(astro.status, astro.out.slice(-3000)).toBe(0);
    const svelte = run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']);
    expect(svelte.status, svelte.out.slice(-3000)).toBe(0);
  });

  test('lint and format pass on the generated files', () => {
    const files = [
      'src/core/experiments/lr-warmup.ts',
      'src/core/experiments/warmup-compare.ts',
      'src/demos/LrWarmup.svelte',
      'src/demos/WarmupCompare.svelte',
      'tests/core/lr-warmup.test.ts',
      'tests/e2e/lr-warmup.spec.ts',
      'src/lib/claims.ts',
    ];
    const format = run('npx', ['prettier', '--check', ...files]);
    expect(format.status, format.out.slice(-2000)).toBe(0);
    const lint = run('npx', ['eslint', '--max-warnings=0', ...files]);
    expect(lint.status, lint.out.slice(-3000)).toBe(0);
  });

  test('the new claim tests pass', () => {
    const unit = run('npx', [
      'vitest',
      'run',
      '--project',
      'unit',
      'tests/core/lr-warmup.test.ts',
      'tests/core/warmup-compare.test.ts',
    ]);
    expect(unit.status, unit.out.slice(-3000)).toBe(0);
    expect(unit.out).toMatch(/6 passed/);
  });

  test('the site builds and the new end-to-end specs pass against it', () => {
    const build = run('npm', ['run', 'build', '--silent']);
    expect(build.status, build.out.slice(-3000)).toBe(0);
    const port = String(Number(process.env.E2E_PORT ?? 4329) + 20);
    const e2e = run('npx', ['playwright', 'test', 'tests/e2e/lr-warmup.spec.ts', 'tests/e2e/warmup-compare.spec.ts'], {
      E2E_PORT: port,
      PW_JSON: '',
    });
    expect(e2e.status, e2e.out.slice(-3000)).toBe(0);
    expect(e2e.out).toMatch(/4 passed/);
  });

  test('a claim stated in a chapter but no longer registered stops the build, naming the file and the id', () => {
    const claims = join(dir, 'src/lib/claims.ts');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace(/ {2}L2: \{[\s\S]*?\n {2}\},\n/, ''));
    const build = run('npx', ['astro', 'build']);
    expect(build.status).not.toBe(0);
    expect(build.out).toMatch(
      /content\/chapters\/lr-warmup\.mdx: <Claim id="L2"> is not registered in src\/lib\/claims\.ts/,
    );
  });
});
