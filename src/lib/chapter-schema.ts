/**
 * The frontmatter every chapter must have (see CONTRIBUTING.md for a template):
 *
 *   ---
 *   title: Weight initialisation
 *   order: 3
 *   summary: Why the scale of the initial weights decides whether a deep network can learn.
 *   prerequisites: [activation-functions]
 *   ---
 */
import { z } from 'astro/zod';

export const chapterSchema = z
  .object({
    title: z.string().min(3, 'title is too short'),
    /** Position in the sidebar and in the previous/next chain (unique, ascending). */
    order: z.number().int().min(0),
    /** One or two sentences, shown on the home page and in search results. */
    summary: z.string().min(20, 'summary should be a sentence or two'),
    /** Slugs of chapters a reader should have read first. */
    prerequisites: z.array(z.string()).default([]),
    /** A short label for the sidebar when the title is long. */
    navTitle: z.string().optional(),
  })
  // A misspelt or retired field (such as a claims list: claims are the chapter's <Claim> elements) fails the build.
  .strict();

export type ChapterData = z.infer<typeof chapterSchema>;
