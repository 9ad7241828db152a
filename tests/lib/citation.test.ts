/**
 * A chapter's citation: the BibTeX entry parses (with a maintained BibTeX parser, not a regex)
 * and gives back exactly the title, year and address it was made from, even for titles full of
 * LaTeX's special characters; the plain text names the same things.
 */
import { describe, expect, test } from 'vitest';
import { parse } from '@retorquere/bibtex-parser';
import {
  bibtexKey,
  buildYear,
  citationBibtex,
  citationText,
  COURSE_AUTHORS,
  COURSE_SUBTITLE,
  COURSE_TITLE,
} from '../../src/lib/citation';

const base = {
  slug: 'activation-functions',
  year: 2026,
  url: 'https://example.org/course/chapters/activation-functions/',
};

/** The entry a BibTeX text holds, read as written (no sentence-casing of English titles). */
function parseOne(bib: string, options: Parameters<typeof parse>[1] = { sentenceCase: false }) {
  const lib = parse(bib, options);
  expect(lib.errors, bib).toEqual([]);
  expect(lib.entries).toHaveLength(1);
  return lib.entries[0];
}

describe('citationBibtex', () => {
  for (const title of [
    'Activation functions',
    'The Xavier and He derivations',
    'Odd & {braced} 50% $x$ #1 a_b ~ ^ \\ and “quotes” — dashes',
  ]) {
    test(`round-trips through a BibTeX parser: ${title}`, () => {
      const entry = parseOne(citationBibtex({ ...base, title }));
      expect(entry.type).toBe('misc');
      expect(entry.key).toBe('tnn-activation-functions-2026');
      expect(entry.fields.title).toBe(title);
      expect(entry.fields.year).toBe('2026');
      expect(entry.fields.url).toBe(base.url);
      // A group author, not a first and a last name.
      expect(entry.fields.author).toEqual([{ name: COURSE_AUTHORS }]);
      expect(entry.fields.howpublished).toContain(COURSE_TITLE);
    });
  }

  test('the title is protected from the case changes bibliography styles make ("Xavier", "He")', () => {
    const title = 'The Xavier and He derivations';
    const bib = citationBibtex({ ...base, title });
    // Read with the outer braces kept, the whole title is one case-protected group ...
    expect(parseOne(bib, { removeOuterBraces: [] }).fields.title).toBe(`<span class="nocase">${title}</span>`);
    // ... which matters: without the inner braces, a parser that sentence-cases English titles, as
    // bibliography styles do, loses the names.
    const unprotected = bib.replace(`{{${title}}}`, `{${title}}`);
    expect(parseOne(unprotected, {}).fields.title).toBe('The xavier and he derivations');
  });

  test('an unescaped title would not round-trip (the escaping is what makes the test pass)', () => {
    const raw = `@misc{k, title = {{50% & {unbalanced}}}`;
    const lib = parse(raw);
    const ok = lib.errors.length === 0 && lib.entries[0]?.fields.title === '50% & {unbalanced';
    expect(ok).toBe(false);
  });

  test('refuses an address BibTeX cannot hold as written', () => {
    expect(() => citationBibtex({ ...base, title: 'X', url: 'https://example.org/a b/' })).toThrow(/space/);
  });

  test('keys are letters, digits and hyphens', () => {
    expect(bibtexKey({ ...base, slug: 'Weird_Slug.v2', title: 'x' })).toBe('tnn-weird-slug-v2-2026');
  });
});

describe('citationText', () => {
  test('names the authors, the year, the chapter, the course and the address', () => {
    const text = citationText({ ...base, title: 'Activation functions' });
    expect(text).toBe(
      `${COURSE_AUTHORS} (2026). Activation functions. In ${COURSE_TITLE}: ${COURSE_SUBTITLE}. ${base.url}`,
    );
  });

  test('does not double a title’s own final punctuation', () => {
    expect(citationText({ ...base, title: 'Why does it work?' })).toContain('Why does it work? In ');
  });
});

test('the year is the build year (UTC)', () => {
  expect(buildYear(new Date('2031-12-31T23:59:59Z'))).toBe(2031);
  expect(buildYear()).toBe(new Date().getUTCFullYear());
});
