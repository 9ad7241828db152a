/**
 * Links the first use of each glossary term in a chapter to its entry on the glossary page of the
 * chapter's language (/glossary/#term-<id> or /ko/glossary/#term-<id>), so that a reader meets a
 * definition one click away the first time a term appears, and contributors add nothing by hand.
 *
 * What counts as a use is each term's `match` strings (src/i18n/glossary.ts): English matched
 * case-insensitively at word boundaries, Korean as written (particles follow the term, so no
 * boundary is required after it). Headings, links, code, math, figures and the demos are left
 * alone; each term is linked once per chapter, at its first use in reading order.
 *
 *   [rehypeGlossaryLinks, { terms: GLOSSARY, base: '/nn-course/' }]
 */
import { chapterLanguage } from './chapter-file.mjs';

const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'kbd',
  'figure',
  'svg',
  'script',
  'style',
]);

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function skipped(node) {
  if (node.type === 'element') {
    if (SKIP_TAGS.has(node.tagName)) return true;
    const cls = node.properties?.className;
    const classes = Array.isArray(cls) ? cls : typeof cls === 'string' ? cls.split(/\s+/) : [];
    if (classes.some((c) => String(c).startsWith('katex') || c === 'math' || c === 'footnotes' || c === 'references'))
      return true;
  }
  // MDX: expressions and components with no prose of their own (demos, listings) are not text.
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return true;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !(node.children ?? []).length)
    return true;
  return false;
}

export function rehypeGlossaryLinks({ terms = [], base = '/' } = {}) {
  const root = base.replace(/\/?$/, '');
  return (tree, file) => {
    const lang = chapterLanguage(file);
    if (!lang) return;
    const href = (id) => `${root}${lang === 'en' ? '' : `/${lang}`}/glossary/#term-${id}`;
    // Longest strings first, so that "dead ReLU" wins over "ReLU" where both would match.
    const patterns = terms
      .flatMap((t) => (t.match?.[lang] ?? []).map((s) => ({ id: t.id, s })))
      .filter((p) => p.s.length > 1)
      .sort((a, b) => b.s.length - a.s.length);
    if (!patterns.length) return;
    const source = patterns.map((p) => (lang === 'en' ? `\\b${escapeRe(p.s)}\\b` : escapeRe(p.s))).join('|');
    const re = new RegExp(source, lang === 'en' ? 'giu' : 'gu');
    const idOf = new Map(patterns.map((p) => [p.s.toLowerCase(), p.id]));
    const done = new Set();

    const walk = (node) => {
      if (skipped(node)) return;
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (child.type !== 'text') {
          walk(child);
          continue;
        }
        const value = child.value;
        re.lastIndex = 0;
        let hit;
        while ((hit = re.exec(value))) {
          const id = idOf.get(hit[0].toLowerCase());
          if (!id || done.has(id)) continue;
          done.add(id);
          const before = value.slice(0, hit.index);
          const after = value.slice(hit.index + hit[0].length);
          const link = {
            type: 'element',
            tagName: 'a',
            properties: { href: href(id), className: ['term-link'], dataTerm: id },
            children: [{ type: 'text', value: hit[0] }],
          };
          const parts = [];
          if (before) parts.push({ type: 'text', value: before });
          parts.push(link);
          if (after) parts.push({ type: 'text', value: after });
          children.splice(i, 1, ...parts);
          // Continue with the text after the link (it may hold other terms' first uses).
          i += parts.length - (after ? 2 : 1);
          break;
        }
      }
    };
    walk(tree);
  };
}
