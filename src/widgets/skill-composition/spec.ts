import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { composite, type Skill } from '@/sim';
import { chartOptions, cursor, parametersAxis, range } from '../kit/chart';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const scales = range(8, 12, 161);

/** Sub-skills with midpoints spread over 10^9.2–10^10.8 parameters, all equally sharp. */
function skillsOf(count: number, coefficient: number): Skill[] {
  return Array.from({ length: count }, (_, i) => ({ midpoint: 9.2 + (count === 1 ? 0 : (1.6 * i) / (count - 1)), slope: coefficient }));
}

/** Several smooth sub-skills and the task that needs them all: the product rises later and faster. */
export const spec = defineWidget({
  name: 'skill-composition',
  title: 'Skill composition',
  lesson: 'why-abilities-emerge',
  caption: 'Add sub-skills one at a time: each new one is as smooth as the last, yet the composite rises later and more abruptly. Raise the sharpness and watch the composite become a step.',
  params: {
    skills: { kind: 'number', label: 'Sub-skills the task needs', min: 1, max: 6, step: 1, default: 4 },
    coefficient: { kind: 'number', label: 'Sharpness of each sub-skill', min: 0.5, max: 6, step: 0.1, default: 2, unit: 'logits per decade' },
    scale: { kind: 'number', label: 'Model size', min: 8, max: 12, step: 0.05, default: 10, unit: 'log₁₀ parameters', format: powerOfTen },
  },
  describe({ skills, coefficient, scale }) {
    const at = composite(skillsOf(skills, coefficient), scale);
    const levels = at.skills.map((level) => formatFixed(level)).join(', ');
    return `At ${formatCount(10 ** scale)} parameters with sharpness ${formatFixed(coefficient, 1)}: sub-skills ${levels}; the task needing all ${skills} succeeds with probability ${formatFixed(at.composite)}.`;
  },
  plots({ skills, coefficient, scale }) {
    const set = skillsOf(skills, coefficient);
    const levels = scales.map((s) => ({ parameters: 10 ** s, ...composite(set, s) }));
    type Level = (typeof levels)[number];
    return [{
      label: `${skills} sub-skill curves (thin) and the composite task that needs all of them (thick) against parameters`,
      options: {
        ...chartOptions(680, 300),
        x: parametersAxis([1e8, 1e12]),
        y: { domain: [0, 1], grid: true, label: '↑ Success rate' },
        marks: [
          ...set.map((_, i) => Plot.line(levels, { x: 'parameters', y: (at: Level) => at.skills[i]!, stroke: 'var(--chart-3)', strokeOpacity: 0.7, strokeWidth: 1.5 })),
          Plot.line(levels, { x: 'parameters', y: 'composite', stroke: 'var(--chart-2)', strokeWidth: 3 }),
          ...cursor(10 ** scale, composite(set, scale).composite, 'var(--chart-2)'),
        ],
      },
    }];
  },
});
