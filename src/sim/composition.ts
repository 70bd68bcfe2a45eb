import { finite, integerInRange, probability, positive } from './validate';
import { logistic } from './special';

/** Options of {@link compositionalCapability}. */
export interface CompositionOptions {
  /** Steepness of each sub-skill's sigmoid, per unit of log10 scale. Default 0.1. */
  coefficient?: number;
  /** Sub-skill success rate when its sigmoid is 0, in [0, 1]: the floor it rises from. Default 0.5. */
  base?: number;
  /** Number of sub-skills the task needs, all at once; integer ≥ 1. Default 5. */
  n?: number;
  /** log10 scale at which each sigmoid is halfway. Default 10. */
  midpoint?: number;
}

const compositionDefaults: Required<CompositionOptions> = { coefficient: 0.1, base: 0.5, n: 5, midpoint: 10 };

/** A point of the compositional model. */
export interface CompositionPoint {
  /** The log10 scale given. */
  scale: number;
  /** Success rate of each sub-skill. */
  subSkill: number;
  /** Success rate of the composite task: subSkill^n. */
  composite: number;
}

/**
 * The compositional account of emergence: a task needs n independent sub-skills, each improving
 * smoothly with scale, so the task succeeds only when all do:
 * subSkill = base + (1 − base)·σ(coefficient·(scaleLog10 − midpoint)), composite = subSkillⁿ.
 * This is the `compositional_capability` function of seed 001 (the course's source notes)
 * with the same parameters and defaults (scale_coefficient 0.1, base_capability 0.5,
 * n_subcapabilities 5, midpoint 10), so a lesson can show what that code really prints.
 * The coefficient sets the sharpness. With the defaults (coefficient 0.1) the rise over
 * 10^9–10^11 is gentle, about 0.738 → 0.762 per sub-skill and 0.219 → 0.256 composite; the
 * sharper 0.64 → 0.86 and 0.11 → 0.47 often quoted for this model need a coefficient of 1.
 */
export function compositionalCapability(scaleLog10: number, options: CompositionOptions = {}): CompositionPoint {
  finite(scaleLog10, 'scaleLog10');
  const { coefficient, base, n, midpoint } = { ...compositionDefaults, ...options };
  finite(coefficient, 'coefficient');
  probability(base, 'base');
  integerInRange(n, 'n', 1, 1_000_000);
  finite(midpoint, 'midpoint');
  const subSkill = base + (1 - base) * logistic(coefficient * (scaleLog10 - midpoint));
  return { scale: scaleLog10, subSkill, composite: Math.pow(subSkill, n) };
}

/** One sub-skill of {@link composite}: a logistic curve in log10 scale. */
export interface Skill {
  /** log10 scale at which the skill is halfway from floor to ceiling, finite. */
  midpoint: number;
  /** Steepness in logits per decade of scale, > 0. Default 2. */
  slope?: number;
  /** Success rate far below the midpoint, in [0, 1]. Default 0. */
  floor?: number;
  /** Success rate far above the midpoint, in [0, 1]. Default 1. */
  ceiling?: number;
}

/** What {@link composite} returns. */
export interface CompositeResult {
  /** Success rate of each sub-skill, in the order given. */
  skills: number[];
  /** Success rate of the task that needs them all: the product of `skills` (1 for none). */
  composite: number;
}

/**
 * Several sub-skills, each its own smooth logistic in log10 scale,
 * skill_i = floor_i + (ceiling_i − floor_i)·σ(slope_i·(scaleLog10 − midpoint_i)), and the task
 * that needs them all at once: Π_i skill_i, if the skills fail independently. The product rises
 * later and more steeply than any of its parts: the compositional account of emergence that
 * lesson 4 teaches, with {@link compositionalCapability} as its special case of n equal skills.
 */
export function composite(subSkills: readonly Skill[], scaleLog10: number): CompositeResult {
  if (!Array.isArray(subSkills)) throw new RangeError(`invalid subSkills: ${String(subSkills)} (expected an array of sub-skills)`);
  finite(scaleLog10, 'scaleLog10');
  let product = 1;
  const skills = subSkills.map((skill, i) => {
    finite(skill.midpoint, `subSkills[${i}].midpoint`);
    const slope = positive(skill.slope ?? 2, `subSkills[${i}].slope`);
    const floor = probability(skill.floor ?? 0, `subSkills[${i}].floor`);
    const ceiling = probability(skill.ceiling ?? 1, `subSkills[${i}].ceiling`);
    const level = floor + (ceiling - floor) * logistic(slope * (scaleLog10 - skill.midpoint));
    product *= level;
    return level;
  });
  return { skills, composite: product };
}
