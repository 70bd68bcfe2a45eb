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

/** One sub-skill of {@link composeSkills}: a logistic in log10 scale. */
export interface Skill {
  /** log10 scale at which the skill is halfway between floor and 1. */
  midpoint: number;
  /** Steepness in logits per decade, > 0. Default 2. */
  slope?: number;
  /** Success rate far below the midpoint, in [0, 1]. Default 0. */
  floor?: number;
}

/**
 * Several sub-skills, each its own smooth logistic in log10 scale, and the composite that needs
 * them all: Π_i skill_i (independent skills). The composite's rise is steeper and later than any
 * of its parts.
 */
export function composeSkills(scaleLog10: number, skills: readonly Skill[]): { skills: number[]; composite: number } {
  finite(scaleLog10, 'scaleLog10');
  let composite = 1;
  const levels = skills.map((skill, i) => {
    finite(skill.midpoint, `skills[${i}].midpoint`);
    const slope = positive(skill.slope ?? 2, `skills[${i}].slope`);
    const floor = probability(skill.floor ?? 0, `skills[${i}].floor`);
    const level = floor + (1 - floor) * logistic(slope * (scaleLog10 - skill.midpoint));
    composite *= level;
    return level;
  });
  return { skills: levels, composite };
}
