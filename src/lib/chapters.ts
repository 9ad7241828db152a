/**
 * The chapters in reading order, for the sidebar, the home page and previous/next links.
 *
 *   const chapters = await orderedChapters();   // sorted by frontmatter `order`
 *   chapterHref(chapters[0]);                    // "/chapters/introduction/"
 *   claimsOf(chapters[3]);                       // ['I1', 'I2', …]: its <Claim> elements
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkClaims, claimsInBody } from './claim-index';
import { checkCitations } from './references';
import type { ClaimId } from './claims';

export type Chapter = CollectionEntry<'chapters'>;

export async function orderedChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters');
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
  return sorted;
}

/** The claim ids a chapter states, in order (from its <Claim id="…"> elements; checked by orderedChapters). */
export function claimsOf(c: Chapter): ClaimId[] {
  return claimsInBody(c.body ?? '') as ClaimId[];
}

export function chapterHref(c: Chapter): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/chapters/${c.id}/`;
}
