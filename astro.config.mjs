// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import rehypeCitation from 'rehype-citation';
import { fileURLToPath } from 'node:url';
import { course } from './course.config.mjs';

const alias = {
  '@core': fileURLToPath(new URL('./src/core', import.meta.url)),
  '@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
  '@components': fileURLToPath(new URL('./src/components', import.meta.url)),
  '@demos': fileURLToPath(new URL('./src/demos', import.meta.url)),
};

export default defineConfig({
  site: course.site,
  trailingSlash: 'ignore',
  integrations: [svelte(), mdx()],
  // Math is rendered once, at build time; KaTeX's CSS and fonts ship with the site.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [
        [rehypeKatex, { strict: 'error', throwOnError: true }],
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
  vite: {
    resolve: { alias },
    worker: { format: 'es' },
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  server: { host: true },
});
