/**
 * How to cite the course and its chapters: the course's name and authors (the same as in
 * CITATION.cff), and a chapter's citation as plain text and as BibTeX, from its title, the year
 * and its public address. The chapter page shows both in its "Cite this chapter" box.
 *
 *   const c = { slug: 'activation-functions', title: 'Activation functions', year: 2026,
 *               url: 'https://example.org/chapters/activation-functions/' };
 *   citationText(c);    // 'The Training Neural Networks contributors (2026). Activation functions. In …'
 *   citationBibtex(c);  // '@misc{tnn-activation-functions-2026,\n  author = {{The Training …}},\n …'
 */
import { SITE_NAME } from './site';

/** The course as CITATION.cff names it. */
/** The course's name, as the site shows it (one place: src/lib/site.ts). */
export const COURSE_TITLE = SITE_NAME;
export const COURSE_SUBTITLE = 'an interactive course';
/** The authors, as one group (CITATION.cff lists them as an entity). */
export const COURSE_AUTHORS = 'The Training Neural Networks contributors';
/** The licence of the prose, figures and exercises (LICENSE-content). */
export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
/** The licence of the code (LICENSE). */
export const CODE_LICENCE = { name: 'MIT' };

export interface ChapterCitation {
  /** The chapter's id ("activation-functions"), used in the BibTeX key. */
  slug: string;
  title: string;
  year: number;
  /** The chapter's public address (site + base path + chapters/<slug>/). */
  url: string;
}

/** The year a citation is dated with: the year the site was built. */
export function buildYear(now: Date = new Date()): number {
  return now.getUTCFullYear();
}

/** A chapter's citation in author–date style, one line of plain text. */
export function citationText(c: ChapterCitation): string {
  return `${COURSE_AUTHORS} (${c.year}). ${withFinalStop(c.title)} In ${COURSE_TITLE}: ${COURSE_SUBTITLE}. ${c.url}`;
}

function withFinalStop(s: string): string {
  return /[.?!]$/.test(s) ? s : `${s}.`;
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text made safe inside a BibTeX field: LaTeX's special characters escaped. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}%&$#_~^]/g, (ch) => BIBTEX_SPECIAL[ch]);
}

/** The BibTeX key of a chapter: "tnn-<slug>-<year>", letters, digits and hyphens only. */
export function bibtexKey(c: ChapterCitation): string {
  const slug = c.slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tnn-${slug}-${c.year}`;
}

/** A chapter's citation as a BibTeX @misc entry (also read by biblatex). */
export function citationBibtex(c: ChapterCitation): string {
  if (/[\s{}\\]/.test(c.url)) throw new Error(`citation: the address "${c.url}" has a space, brace or backslash`);
  const fields: [string, string][] = [
    // Double braces: a group author (not "First Last"), and a title whose case styles keep.
    ['author', `{${bibtexEscape(COURSE_AUTHORS)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['howpublished', `\\emph{${bibtexEscape(`${COURSE_TITLE}: ${COURSE_SUBTITLE}`)}}`],
    ['year', String(c.year)],
    ['url', c.url],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const body = fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n');
  return `@misc{${bibtexKey(c)},\n${body}\n}`;
}
