/**
 * The chapters collections: content/chapters/ (English) and content/chapters-<lang>/ (one per other
 * language, src/i18n/locales.ts). Each MDX file is a chapter; its frontmatter is
 * checked against this schema when the site builds, and a chapter with a missing field, a bad
 * value or an unknown claim id stops the build with a message that names the file.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/chapter-schema';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

/** The Korean edition: the same chapters (same file names), translated (src/lib/chapters.ts checks the pairs). */
const chapters_ko = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/chapters-ko' }),
  schema: chapterSchema,
});

export const collections = { chapters, chapters_ko };
