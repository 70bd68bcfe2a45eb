import { z } from 'astro/zod';

/** A row of `content/data/emergent-abilities.json`: an ability reported as emergent, with its source. */
export const abilitySchema = z.object({
  /** What the models could do, in plain words. */
  ability: z.string().min(1),
  /** Model family in which it was reported, e.g. "GPT-3". */
  family: z.string().min(1),
  /** The scale at which it first appeared, as the source states it. */
  scale: z.string().min(1),
  /** The same size as a number of billions of parameters, for sorting. */
  parametersBillions: z.number().positive(),
  /** How it was scored. */
  metric: z.string().min(1),
  /** Paper or list, with table where relevant. */
  source: z.string().min(1),
  url: z.string().url(),
});

export const abilitiesSchema = z.array(abilitySchema).min(1);
export type Ability = z.infer<typeof abilitySchema>;
