/**
 * The bibliography is data (content/references.bib): every key a chapter cites must be in it, and
 * the /references/ page formats every entry.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { bibliography, checkCitations, citedKeys } from '../../src/lib/references';

describe('citations', () => {
  test('citedKeys reads Pandoc citations, in order of first citation, and nothing else', () => {
    expect(citedKeys('as shown [@b2010; @a2001, p. 3], again [see @b2010]; mail me@example.org; @c2020')).toEqual([
      'b2010',
      'a2001',
    ]);
  });

  test('a key missing from the bibliography fails, naming the chapter file and the key', () => {
    expect(() =>
      checkCitations([
        { id: 'x', filePath: 'content/chapters/x.mdx', body: 'text [@glorot2010understanding; @nobody1999]' },
      ]),
    ).toThrow(/content\/chapters\/x\.mdx: \[@nobody1999\] is not in content\/references\.bib/);
  });

  test('every chapter cites only keys that exist, and every entry formats', () => {
    const chapters = readdirSync('content/chapters')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => ({ id: f, filePath: `content/chapters/${f}`, body: readFileSync(`content/chapters/${f}`, 'utf8') }));
    expect(() => checkCitations(chapters)).not.toThrow();
    const entries = bibliography();
    expect(entries.length).toBeGreaterThan(20);
    for (const e of entries) expect(e.html, e.key).toMatch(/\(?\d{4}\)?/); // a year at least
    expect(entries.find((e) => e.key === 'kingma2015adam')!.html).toMatch(/Kingma DP, Ba J\. Adam/);
  });
});
