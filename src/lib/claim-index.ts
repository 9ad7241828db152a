/**
 * Where each claim lives, worked out from the sources at build time (no second list to keep in
 * step): the chapter that states it (its `<Claim id="…">` element), the demo that shows it (the
 * `claims={[…]}` of the demo's DemoFrame, and the chapter that embeds that demo), and the tests
 * whose NAME contains the id (a mention in a comment does not count).
 *
 *   claimsInBody(mdx)                 // ['I1', 'I2', …] in the order the chapter states them
 *   checkClaims(chapters)             // throws, naming the file and the id, on an unregistered or
 *                                     // unstated claim, or one stated twice
 *   demoIndex() / testIndex()         // claim id → demos / test names
 *
 * A claim's id and catalogue text are declared once, in src/lib/claims.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { CLAIM_IDS, isClaimId, type ClaimId } from './claims';

/** Every file under `dir` (recursively) whose name ends with one of `exts`; none if `dir` is missing. */
export function filesUnder(dir: string, exts: string[]): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(filesUnder(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

/** The ids of the `<Claim id="…">` elements in a chapter's MDX, in order. */
export function claimsInBody(body: string): string[] {
  return [...body.matchAll(/<Claim\s+id=["']([^"']+)["']/g)].map((m) => m[1]);
}

/** A chapter as the check needs it: its id, its file and its MDX body. */
export interface ChapterSource {
  id: string;
  filePath?: string;
  body?: string;
}

/**
 * The claims each chapter states. Throws, naming the file and the id, if a chapter states an id
 * that src/lib/claims.ts does not register, if two chapters (or one, twice) state the same id,
 * or if a registered id is stated nowhere.
 */
export function checkClaims(chapters: readonly ChapterSource[]): Map<string, ClaimId[]> {
  const byChapter = new Map<string, ClaimId[]>();
  const where = new Map<string, string>();
  const problems: string[] = [];
  for (const c of chapters) {
    const file = c.filePath ?? c.id;
    const ids: ClaimId[] = [];
    for (const id of claimsInBody(c.body ?? '')) {
      if (!isClaimId(id)) {
        problems.push(`${file}: <Claim id="${id}"> is not registered in src/lib/claims.ts`);
        continue;
      }
      if (where.has(id)) problems.push(`${file}: claim ${id} is already stated in ${where.get(id)}`);
      else where.set(id, file);
      ids.push(id);
    }
    byChapter.set(c.id, ids);
  }
  for (const id of CLAIM_IDS) {
    if (!where.has(id)) problems.push(`src/lib/claims.ts: claim ${id} is registered but no chapter states it`);
  }
  if (problems.length) throw new Error(`claims:\n  ${problems.join('\n  ')}`);
  return byChapter;
}

/** A demo component that shows some claims. */
export interface DemoInfo {
  /** The component's name (its file name), as chapters import it. */
  component: string;
  /** The DemoFrame's element id (the anchor in the chapter), if it has a literal one. */
  anchor: string | null;
  /** The DemoFrame's title, if it is a literal. */
  title: string | null;
  file: string;
}

/** Claim id → the demos whose DemoFrame lists it in `claims={[…]}`. */
export function demoIndex(dir = 'src/demos'): Record<ClaimId, DemoInfo[]> {
  const map = Object.fromEntries(CLAIM_IDS.map((id) => [id, [] as DemoInfo[]])) as Record<ClaimId, DemoInfo[]>;
  const root = process.cwd();
  for (const file of filesUnder(join(root, dir), ['.svelte'])) {
    const text = readFileSync(file, 'utf8');
    const frame = text.match(/<DemoFrame\b[\s\S]*?>/)?.[0] ?? '';
    const claims = frame.match(/claims=\{\[([^\]]*)\]\}/)?.[1] ?? '';
    const info: DemoInfo = {
      component: basename(file, '.svelte'),
      anchor: frame.match(/\bid="([^"]+)"/)?.[1] ?? null,
      title: frame.match(/\btitle="([^"]+)"/)?.[1] ?? null,
      file: relative(root, file),
    };
    for (const m of claims.matchAll(/['"]([A-Z]\d+)['"]/g)) if (isClaimId(m[1])) map[m[1]].push(info);
  }
  return map;
}

/** A test whose name contains a claim id. */
export interface TestInfo {
  /** The full name: enclosing describe titles, then the test's title. */
  name: string;
  file: string;
}

/** The text of a test's or describe's title argument (a string or template literal). */
function titleOf(arg: ts.Expression | undefined): string | null {
  if (!arg) return null;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg)) return arg.getText().slice(1, -1);
  return null;
}

/** `test(…)`, `it(…)`, `describe(…)`, also with `.each(…)`, `.skip`, `.only`: which one, or null. */
function callKind(callee: ts.Expression): 'test' | 'describe' | null {
  let e = callee;
  if (ts.isCallExpression(e)) e = e.expression; // test.each([...])('name', …)
  while (ts.isPropertyAccessExpression(e)) e = e.expression; // test.skip, test.each
  if (!ts.isIdentifier(e)) return null;
  if (e.text === 'test' || e.text === 'it') return 'test';
  if (e.text === 'describe') return 'describe';
  return null;
}

/** Every test name in a test file, with its describe titles (the name Vitest and Playwright report). */
export function testNames(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (n: ts.Node, prefix: string[]): void => {
    if (ts.isCallExpression(n)) {
      const kind = callKind(n.expression);
      const title = kind ? titleOf(n.arguments[0]) : null;
      if (kind && title !== null) {
        if (kind === 'test') names.push([...prefix, title].join(' › '));
        n.arguments.slice(1).forEach((a) => visit(a, kind === 'describe' ? [...prefix, title] : prefix));
        return;
      }
    }
    ts.forEachChild(n, (c) => visit(c, prefix));
  };
  visit(sf, []);
  return names;
}

/** Claim id → the tests (unit, component, end-to-end) whose name contains the id as a word. */
export function testIndex(dir = 'tests'): Record<ClaimId, TestInfo[]> {
  const map = Object.fromEntries(CLAIM_IDS.map((id) => [id, [] as TestInfo[]])) as Record<ClaimId, TestInfo[]>;
  const root = process.cwd();
  const word = (id: string) => new RegExp(`(^|[^A-Za-z0-9])${id}([^0-9]|$)`);
  for (const file of filesUnder(join(root, dir), ['.test.ts', '.spec.ts'])) {
    const names = testNames(file, readFileSync(file, 'utf8'));
    for (const id of CLAIM_IDS) {
      const re = word(id);
      for (const name of names) if (re.test(name)) map[id].push({ name, file: relative(root, file) });
    }
  }
  return map;
}
