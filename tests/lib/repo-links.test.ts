/**
 * "Edit this page" and "Report a problem": the links point into the repository named by one
 * setting, and an issue link carries the chapter (and a demo's settings link) in the fields of
 * the issue form it opens.
 */
import { describe, expect, test } from 'vitest';
import { chapterReportUrl, demoReportUrl, editUrl, fileUrl, ISSUE_FORMS, newIssueUrl } from '../../src/lib/repo-links';

const repo = 'https://github.com/someone/course';
const chapter = {
  slug: 'batch-normalisation',
  title: 'Batch normalisation',
  url: 'https://x.org/c/chapters/batch-normalisation/',
};

describe('file links', () => {
  test('edit and file links name the branch and the path', () => {
    expect(editUrl(repo, 'main', 'content/chapters/a.mdx')).toBe(`${repo}/edit/main/content/chapters/a.mdx`);
    expect(fileUrl(repo, 'main', 'LICENSE')).toBe(`${repo}/blob/main/LICENSE`);
  });

  test('a branch with a slash keeps it; odd characters are encoded', () => {
    expect(editUrl(repo, 'release/2026', 'content/a b#.mdx')).toBe(`${repo}/edit/release/2026/content/a%20b%23.mdx`);
  });
});

describe('issue links', () => {
  test('a chapter report opens the error-in-the-text form with the chapter and its address', () => {
    const u = new URL(chapterReportUrl(repo, chapter));
    expect(`${u.origin}${u.pathname}`).toBe(`${repo}/issues/new`);
    expect(u.searchParams.get('template')).toBe(ISSUE_FORMS.text.file);
    expect(u.searchParams.get('chapter')).toBe('Batch normalisation (batch-normalisation)');
    expect(u.searchParams.get('page')).toBe(chapter.url);
    expect(u.searchParams.get('title')).toMatch(/^Batch normalisation/);
    // The body repeats the fields, for a repository without the issue forms.
    expect(u.searchParams.get('body')).toContain(chapter.url);
  });

  test('a demo report carries the demo and its settings link, untouched', () => {
    const link = 'https://x.org/c/chapters/batch-normalisation/?bn.scale=0.1&seed=3#demo-bn-sweep';
    const u = new URL(demoReportUrl(repo, chapter, { title: 'Sweep & scale', link }));
    expect(u.searchParams.get('template')).toBe(ISSUE_FORMS.demo.file);
    expect(u.searchParams.get('settings')).toBe(link);
    expect(u.searchParams.get('demo')).toBe('Sweep & scale');
    expect(u.searchParams.get('chapter')).toContain('batch-normalisation');
    // Nothing of the settings link leaks into other parameters.
    expect([...u.searchParams.keys()].sort()).toEqual(['body', 'chapter', 'demo', 'settings', 'template', 'title']);
  });

  test('empty fields are left out', () => {
    const u = new URL(newIssueUrl(repo, 'demo', 'T', { chapter: 'C', settings: '' }));
    expect(u.searchParams.has('settings')).toBe(false);
    expect(u.searchParams.has('demo')).toBe(false);
  });
});
