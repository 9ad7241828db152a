/**
 * Citations, reference lists and code views of the chapters, read from their MDX source:
 * - each chapter cites at least one work, cites the original paper of every method it is known to
 *   name (the table below), and ends with a "References" heading followed by `[^ref]`, where the
 *   build writes its numbered list;
 * - every demo a chapter embeds is followed by the code of each experiment it runs
 *   (`<SourceListing experiment="…" />`), so that the reader can open what the demo computes.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { bibliography, citedKeys } from '../../src/lib/references';

/** The chapters checked, with the works each must cite (the original of every method it names). */
const REQUIRED: Record<string, string[]> = {
  introduction: ['cs231n2017lecture6', 'cs231n2016notes', 'saito2016deep', 'rumelhart1986learning'],
  'activation-functions': [
    'cs231n2017lecture6',
    'lecun1998efficient',
    'nair2010rectified',
    'krizhevsky2012imagenet',
    'krizhevsky2009learning',
    'lecun1998gradient',
    'maas2013rectifier',
    'he2015delving',
    'clevert2016fast',
    'goodfellow2013maxout',
    'hendrycks2016gaussian',
    'elfwing2018sigmoid',
    'ramachandran2017searching',
  ],
  'data-preprocessing': [
    'cs231n2017lecture6',
    'lecun1998efficient',
    'krizhevsky2012imagenet',
    'simonyan2015very',
    'pearson1901lines',
    'lecun1998gradient',
    'krizhevsky2009learning',
  ],
  'weight-initialisation': [
    'cs231n2017lecture6',
    'saito2016deep',
    'lecun1998efficient',
    'glorot2010understanding',
    'he2015delving',
    'ioffe2015batch',
    'lecun1998gradient',
  ],
  'xavier-and-he': ['lecun1998efficient', 'glorot2010understanding', 'he2015delving', 'saxe2014exact'],
  'batch-normalisation': ['ioffe2015batch', 'cs231n2017lecture6', 'saito2016deep', 'srivastava2014dropout'],
  'babysitting-learning': ['cs231n2017lecture6', 'cs231n2016notes', 'lecun1998gradient', 'krizhevsky2009learning'],
};

const source = (slug: string) => readFileSync(`content/chapters/${slug}.mdx`, 'utf8');

/** The experiment ids a demo component runs (its `experimentRunner<…>('id')` calls). */
function experimentsOf(demo: string): string[] {
  const text = readFileSync(`src/demos/${demo}.svelte`, 'utf8');
  return [...text.matchAll(/experimentRunner<[^>]+>\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]);
}

describe.each(Object.keys(REQUIRED))('chapter %s', (slug) => {
  const mdx = source(slug);

  test('cites the original works it names, each in the bibliography', () => {
    const keys = citedKeys(mdx);
    expect(keys.length).toBeGreaterThan(0);
    const known = new Set(bibliography().map((e) => e.key));
    for (const k of keys) expect(known.has(k), `${k} is not in content/references.bib`).toBe(true);
    for (const k of REQUIRED[slug]) expect(keys, `${slug} should cite ${k}`).toContain(k);
  });

  test('ends with a References heading followed by [^ref]', () => {
    expect(mdx.match(/^## References$/gm)?.length).toBe(1);
    expect(mdx.trimEnd()).toMatch(/\n## References\n+\[\^ref\]$/);
  });

  test('every demo is followed by the code of the experiments it runs', () => {
    const demos = [...mdx.matchAll(/^<([A-Z][A-Za-z0-9]+) client:visible \/>$/gm)];
    expect(demos.length).toBeGreaterThan(0);
    for (const m of demos) {
      const ids = experimentsOf(m[1]);
      expect(ids.length, `${m[1]} runs no experiment`).toBeGreaterThan(0);
      // The listings sit right after the demo: only blank lines and other listings in between.
      const after = mdx.slice(m.index + m[0].length);
      const block = after.match(/^(?:\s*<SourceListing experiment="[a-z0-9-]+" \/>)*/)![0];
      const listed = [...block.matchAll(/experiment="([a-z0-9-]+)"/g)].map((x) => x[1]);
      expect(listed.sort(), `the code of ${m[1]}`).toEqual([...ids].sort());
    }
  });
});
