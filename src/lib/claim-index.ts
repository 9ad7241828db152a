/**
 * Build-time map from each claim id to where it lives: the chapters that state it (from their
 * frontmatter), and the test and demo files that name it. Used by the /claims page so that a
 * reader or a contributor can go from a claim to its demo and to the test that asserts it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLAIM_IDS, type ClaimId } from './claims';

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

/** Files under `dir` (relative to the project root) whose text names each claim id as a word. */
export function filesNamingClaims(dir: string, exts: string[]): Record<ClaimId, string[]> {
  const root = process.cwd();
  const map = Object.fromEntries(CLAIM_IDS.map((id) => [id, [] as string[]])) as Record<ClaimId, string[]>;
  for (const file of filesUnder(join(root, dir), exts)) {
    const text = readFileSync(file, 'utf8');
    for (const id of CLAIM_IDS) {
      if (new RegExp(`(^|[^A-Za-z0-9])${id}([^0-9]|$)`).test(text)) map[id].push(relative(root, file));
    }
  }
  return map;
}
