/**
 * The chapters in reading order, for the sidebar, the home page and previous/next links.
 *
 *   const chapters = await orderedChapters();   // sorted by frontmatter `order`
 *   chapterHref(chapters[0]);                    // "/chapters/introduction/"
 *   claimsOf(chapters[3]);                       // ['I1', 'I2', …]: its <Claim> elements
 *   await orderedChapters('ko');                 // the Korean edition, checked against the English
 *   chapterHref(koChapters[0]);                  // "/ko/chapters/introduction/"
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkClaims, claimsInBody } from './claim-index';
import { checkCitations } from './references';
import type { ClaimId } from './claims';
import { DEFAULT_LOCALE, LOCALES, localePrefix, type Locale } from '../i18n/locales';

export type Chapter = CollectionEntry<'chapters'> | CollectionEntry<'chapters_ko'>;

/** The collection of a language's chapters (src/content.config.ts). */
export const COLLECTION = { en: 'chapters', ko: 'chapters_ko' } as const satisfies Record<Locale, string>;

/** The language a chapter is written in. */
export function chapterLocale(c: Chapter): Locale {
  return (LOCALES.find((l) => COLLECTION[l] === c.collection) ?? DEFAULT_LOCALE) as Locale;
}

const cache = new Map<Locale, Promise<Chapter[]>>();

/** A language's chapters in reading order, checked (see `load`); computed once per build. */
export function orderedChapters(lang: Locale = DEFAULT_LOCALE): Promise<Chapter[]> {
  let p = cache.get(lang);
  if (!p) cache.set(lang, (p = load(lang)));
  return p;
}

async function load(lang: Locale): Promise<Chapter[]> {
  const all: Chapter[] = await getCollection(COLLECTION[lang]);
  const sorted = all.sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(
        `chapters "${sorted[i - 1].id}" and "${sorted[i].id}" have the same order (${sorted[i].data.order}): give each chapter its own`,
      );
    }
  }
  const ids = new Set(sorted.map((c) => c.id));
  for (const c of sorted) {
    for (const p of c.data.prerequisites) {
      if (!ids.has(p))
        throw new Error(`chapter "${c.id}": unknown prerequisite "${p}" (known: ${[...ids].join(', ')})`);
    }
  }
  checkClaims(sorted); // every <Claim> registered, every registered claim stated exactly once
  checkCitations(sorted); // every [@key] in content/references.bib
  if (lang !== DEFAULT_LOCALE) checkEdition(sorted, await orderedChapters(DEFAULT_LOCALE), lang);
  return sorted;
}

/** The components a chapter embeds, in order (its demos: `<Name client:…`). */
export function demosOf(c: Chapter): string[] {
  return [...(c.body ?? '').matchAll(/<([A-Z][A-Za-z0-9]*)\s[^>]*?client:/g)].map((m) => m[1]);
}

/**
 * A translated edition must have exactly the English chapters (same slugs, same order), and each
 * chapter the same claims and the same demos in the same order: the build stops otherwise, naming
 * the chapter. (The numbers are the same by construction: both editions run the same runAtBuild
 * calls; tests/e2e compares the rendered numbers.)
 */
export function checkEdition(edition: Chapter[], english: Chapter[], lang: Locale): void {
  const problems: string[] = [];
  const dir = `content/chapters-${lang}`;
  const ids = new Set(edition.map((c) => c.id));
  for (const c of english)
    if (!ids.has(c.id))
      problems.push(`${dir}/${c.id}.mdx is missing (content/chapters/${c.id}.mdx has no ${lang} edition)`);
  const en = new Map(english.map((c) => [c.id, c]));
  for (const c of edition) {
    const e = en.get(c.id);
    if (!e) {
      problems.push(`${dir}/${c.id}.mdx has no English chapter content/chapters/${c.id}.mdx`);
      continue;
    }
    if (c.data.order !== e.data.order)
      problems.push(`${dir}/${c.id}.mdx: order ${c.data.order}, the English has ${e.data.order}`);
    const [a, b] = [claimsOf(c).join(' '), claimsOf(e).join(' ')];
    if (a !== b) problems.push(`${dir}/${c.id}.mdx states claims [${a}], the English [${b}]`);
    const [x, y] = [demosOf(c).join(' '), demosOf(e).join(' ')];
    if (x !== y) problems.push(`${dir}/${c.id}.mdx embeds demos [${x}], the English [${y}]`);
  }
  if (problems.length) throw new Error(`${lang} edition:\n  ${problems.join('\n  ')}`);
}

/** The claim ids a chapter states, in order (from its <Claim id="…"> elements; checked by orderedChapters). */
export function claimsOf(c: Chapter): ClaimId[] {
  return claimsInBody(c.body ?? '') as ClaimId[];
}

export function chapterHref(c: Chapter): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${localePrefix(chapterLocale(c))}/chapters/${c.id}/`;
}
