/**
 * The course's bibliography (content/references.bib) at build time: each entry formatted as the
 * chapters' reference lists format it (Vancouver), which chapters cite it, and a check that every
 * key a chapter cites exists. Chapters cite with Pandoc's syntax, [@key] or [@a; @b]; the
 * rehype-citation plugin (astro.config.mjs) numbers the citations and writes the list where a
 * chapter puts `[^ref]` (under its "References" heading).
 *
 *   bibliography()                  // [{ key, html }] in file order
 *   citedKeys(mdxBody)              // ['glorot2010understanding', …] in order of first citation
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Cite as CiteUntyped } from 'rehype-citation';

/** The part of rehype-citation's bundled citation-js used here (its own type declarations are loose). */
interface CiteApi {
  new (data: string, options?: object): { data: unknown[] };
  plugins: {
    config: { get(name: '@csl'): { templates: { has(name: string): boolean; add(name: string, xml: string): void } } };
    output: {
      format(
        kind: 'bibliography',
        data: unknown[],
        options: { format: 'html'; template: string; lang: string },
      ): string;
    };
  };
}
const Cite = CiteUntyped as unknown as CiteApi;

export const BIB_FILE = 'content/references.bib';

interface CslEntry {
  id: string;
}

let loaded: { cite: InstanceType<CiteApi>; keys: string[] } | null = null;

/**
 * The Vancouver style the plugin numbers chapters' lists with: read from the plugin's own copy
 * (its package does not export the file, so it is read as text).
 */
function vancouverStyle(): string {
  const entry = createRequire(join(process.cwd(), 'package.json')).resolve('rehype-citation');
  const text = readFileSync(join(dirname(entry), 'styles', 'vancouver.js'), 'utf8');
  return text.slice(text.indexOf('`') + 1, text.lastIndexOf('`'));
}

function load() {
  if (!loaded) {
    const templates = Cite.plugins.config.get('@csl').templates;
    if (!templates.has('vancouver')) templates.add('vancouver', vancouverStyle());
    const cite = new Cite(readFileSync(join(process.cwd(), BIB_FILE), 'utf8'));
    loaded = { cite, keys: (cite.data as CslEntry[]).map((e) => e.id) };
  }
  return loaded;
}

/** Every entry, formatted as an HTML string, in the order of the file. */
export function bibliography(): { key: string; html: string }[] {
  const { cite, keys } = load();
  return keys.map((key) => ({
    key,
    html: String(
      Cite.plugins.output.format('bibliography', [(cite.data as CslEntry[]).find((e) => e.id === key)], {
        format: 'html',
        template: 'vancouver',
        lang: 'en-US',
      }),
    )
      // One entry alone: drop citeproc's wrapper and its list number.
      .replace(/<div class="csl-left-margin">[^<]*<\/div>/, '')
      .replace(/^\s*<div class="csl-bib-body">\s*|\s*<\/div>\s*$/g, ''),
  }));
}

/** The keys a chapter cites ([@key], [@a; @b], [see @key, p. 3]), in order of first citation. */
export function citedKeys(body: string): string[] {
  const keys: string[] = [];
  for (const group of body.matchAll(/\[([^[\]]*@[^[\]]+)\]/g)) {
    for (const m of group[1].matchAll(/@([\p{L}\d_][\p{L}\d_:.-]*[\p{L}\d_])/gu)) {
      if (!keys.includes(m[1])) keys.push(m[1]);
    }
  }
  return keys;
}

/** Throws, naming the chapter file and the key, if a chapter cites a key the bibliography lacks. */
export function checkCitations(chapters: readonly { id: string; filePath?: string; body?: string }[]): void {
  const known = new Set(load().keys);
  const problems: string[] = [];
  for (const c of chapters) {
    for (const key of citedKeys(c.body ?? '')) {
      if (!known.has(key)) problems.push(`${c.filePath ?? c.id}: [@${key}] is not in ${BIB_FILE}`);
    }
  }
  if (problems.length) throw new Error(`citations:\n  ${problems.join('\n  ')}`);
}
