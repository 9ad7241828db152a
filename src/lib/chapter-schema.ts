/**
 * The frontmatter every chapter must have (see CONTRIBUTING.md for a template):
 *
 *   ---
 *   title: Weight initialisation
 *   order: 3
 *   summary: Why the scale of the initial weights decides whether a deep network can learn.
 *   claims: [I1, I2, I3]
 *   prerequisites: [activation-functions]
 *   ---
 */
import { z } from 'astro/zod';
import { CLAIM_IDS, isClaimId } from './claims';

export const chapterSchema = z.object({
  title: z.string().min(3, 'title is too short'),
  /** Position in the sidebar and in the previous/next chain (unique, ascending). */
  order: z.number().int().min(0),
  /** One or two sentences, shown on the home page and in search results. */
  summary: z.string().min(20, 'summary should be a sentence or two'),
  /** The claim ids from the catalogue that this chapter states, demonstrates and tests. */
  claims: z
    .array(z.string())
    .default([])
    .superRefine((ids, ctx) => {
      for (const id of ids) {
        if (!isClaimId(id)) {
          ctx.addIssue({
            code: 'custom',
            message: `unknown claim id "${id}" (known ids: ${CLAIM_IDS.join(', ')})`,
          });
        }
      }
    }),
  /** Slugs of chapters a reader should have read first. */
  prerequisites: z.array(z.string()).default([]),
  /** A short label for the sidebar when the title is long. */
  navTitle: z.string().optional(),
});

export type ChapterData = z.infer<typeof chapterSchema>;
