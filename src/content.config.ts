/**
 * The chapters collection. Each MDX file in content/chapters/ is a chapter; its frontmatter is
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

export const collections = { chapters };
