import { z } from 'astro/zod';

/** A published source a lesson cites: one entry of its references list. */
export const referenceSchema = z.object({
  /** Short key the prose cites it by, e.g. `wei2022emergent`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
  /** Authors as printed, e.g. `Wei, J., Tay, Y., Bommasani, R., et al.` */
  authors: z.string().min(1),
  /** Title of the paper, book or post. */
  title: z.string().min(1),
  /** Journal, conference, publisher or site, e.g. `TMLR`. */
  venue: z.string().min(1),
  /** Year of publication. */
  year: z.number().int().min(1800).max(2100),
  /** Where a reader can find it. */
  url: z.string().url(),
});

export type Reference = z.infer<typeof referenceSchema>;
