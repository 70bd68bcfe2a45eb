import { z } from 'astro/zod';
import { referenceSchema } from './reference';

/** Frontmatter of a lesson in `content/lessons/*.mdx`. */
export const lessonSchema = z
  .object({
    /** Title shown in the page heading, the sidebar and the cards. */
    title: z.string().min(1),
    /** Position in the course, 1 for the first lesson. */
    order: z.number().int().positive(),
    /** One or two sentences for the home page card and the page description. */
    summary: z.string().min(1),
    /** What a learner can do after the lesson; at least one. */
    objectives: z.array(z.string().min(1)).min(1),
    /** Estimated reading time in minutes. */
    minutes: z.number().int().positive(),
    /** What to know first, in plain words; empty for the first lesson. */
    prerequisites: z.array(z.string().min(1)).default([]),
    /** Sources cited by the lesson, listed at its end. */
    references: z.array(referenceSchema).min(1),
  })
  .superRefine((lesson, ctx) => {
    const seen = new Set<string>();
    lesson.references.forEach((reference, index) => {
      if (seen.has(reference.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['references', index, 'id'],
          message: `duplicate reference id "${reference.id}"`,
        });
      }
      seen.add(reference.id);
    });
  });

export type Lesson = z.infer<typeof lessonSchema>;
