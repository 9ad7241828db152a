// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeCitation from 'rehype-citation';
import { fileURLToPath } from 'node:url';
import { course } from './course.config.mjs';
import { rehypeScrollTables } from './src/lib/rehype-scroll-tables.mjs';
import { remarkDemoLang } from './src/lib/remark-demo-lang.mjs';
import { remarkMarkComputed } from './src/lib/remark-mark-computed.mjs';
import { rehypeGlossaryLinks } from './src/lib/rehype-glossary-links.mjs';
import { GLOSSARY } from './src/i18n/glossary.ts';

const alias = {
  '@core': fileURLToPath(new URL('./src/core', import.meta.url)),
  '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
  '@components': fileURLToPath(new URL('./src/components', import.meta.url)),
  '@demos': fileURLToPath(new URL('./src/demos', import.meta.url)),
};

/**
 * KaTeX's stylesheet, as the site ships it: its fonts swap in when they arrive instead of
 * hiding the math until then (`font-display: swap`), and only the WOFF2 files are referenced
 * (every browser that runs the demos reads WOFF2, so the WOFF and TTF copies are not built).
 * @returns {import('vite').Plugin}
 */
function katexFonts() {
  return {
    name: 'course:katex-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css($|\?)/.test(id)) return;
      const out = code
        .replace(/font-display:\s*block/g, 'font-display:swap')
        .replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '')
        .replace(/,\s*url\([^)]*\.ttf\)\s*format\(["']truetype["']\)/g, '');
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  site: course.site,
  base: course.base,
  outDir: course.outDir,
  trailingSlash: 'ignore',
  // English at the root, Korean under /ko/ (src/i18n/locales.ts; pages in src/pages/ko/).
  i18n: { locales: ['en', 'ko'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [
    svelte(),
    mdx(),
    sitemap({
      filter: (page) => !/\/(404|offline)\/?$/.test(page),
      // Each page lists its translations (xhtml:link hreflang), as the pages' own <link rel="alternate">.
      i18n: { defaultLocale: 'en', locales: { en: 'en', ko: 'ko' } },
    }),
  ],
  // Math is rendered once, at build time; KaTeX's CSS and fonts ship with the site.
  markdown: {
    processor: unified({
      // remarkDemoLang: a translated chapter's components are told its language; remarkMarkComputed:
      // the numbers a chapter computes are marked (data-computed), for the tests that compare editions.
      remarkPlugins: [remarkMath, remarkDemoLang, remarkMarkComputed],
      rehypePlugins: [
        [rehypeKatex, { strict: 'error', throwOnError: true }],
        rehypeScrollTables,
        // The first use of each glossary term in a chapter links to its entry (src/i18n/glossary.ts).
        [rehypeGlossaryLinks, { terms: GLOSSARY, base: course.base }],
        // [@key] citations, numbered (Vancouver), linked to the chapter's reference list at its end.
        [
          rehypeCitation,
          {
            // Joined with the project root by the plugin (an absolute path would be joined twice).
            path: fileURLToPath(new URL('.', import.meta.url)),
            bibliography: 'content/references.bib',
            csl: 'vancouver',
            lang: 'en-US',
            linkCitations: true,
          },
        ],
      ],
    }),
  },
  // Every page's CSS goes into the page itself: no stylesheet request holds up the first paint.
  build: { inlineStylesheets: 'always' },
  vite: {
    plugins: [katexFonts()],
    resolve: { alias },
    worker: { format: 'es' },
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  server: { host: true },
});
