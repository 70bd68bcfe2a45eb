import { z } from 'astro/zod';

/** An entry of `content/glossary.yaml`. */
export const glossarySchema = z.object({
  /** The term as it appears in prose, e.g. "order parameter". */
  term: z.string().min(1),
  /** What it means, in two to four sentences. */
  definition: z.string().min(1),
  /** Order of the lesson that explains it. */
  lesson: z.number().int().positive(),
  /** Where the term or its standard definition comes from. */
  source: z.string().optional(),
});
