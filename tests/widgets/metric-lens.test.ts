import { describe, expect, it } from 'vitest';
import { isShown, defaultState } from '@/widgets/kit/params';
import { spec } from '@/widgets/metric-lens/spec';

/** The metric curve of the right-hand chart: the line's data, as the chart draws it. */
function metricCurve(state: Parameters<typeof spec.describe>[0]): { parameters: number; value: number }[] {
  const marks = spec.plots!(state)[1]!.options.marks as { data?: unknown; ariaLabel?: string }[];
  const line = marks.find((mark) => Array.isArray(mark.data) && (mark.data as unknown[]).length > 100)!;
  return line.data as { parameters: number; value: number }[];
}

const base = defaultState(spec.params);
const number = (text: string, after: string) => Number(text.split(after)[1]!.match(/-?\d+(\.\d+)?/)![0]);

describe('the metric lens tells the story lesson 6 tells', () => {
  it('under every metric the same models change across sizes: no metric draws a flat line', () => {
    for (const { value: metric } of spec.params.metric.options) {
      const values = metricCurve({ ...base, metric }).map((point) => point.value);
      expect(Math.max(...values) - Math.min(...values), metric).toBeGreaterThan(0.5);
    }
  });

  it('the multiple-choice grade leaps from below chance to near perfect within two decades', () => {
    const grade = (scale: number) => number(spec.describe({ ...base, metric: 'multiple_choice', scale }), 'four-option question is');
    expect(grade(8)).toBeLessThan(0.25);
    expect(grade(10)).toBeGreaterThan(0.95);
  });

  it('the Brier score falls steadily: lower at every larger size, by a visible amount in each decade', () => {
    const values = metricCurve({ ...base, metric: 'brier' }).map((point) => point.value);
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeLessThan(values[i - 1]!);
    for (let decade = 0; decade < 5; decade++) expect(values[decade * 25]! - values[(decade + 1) * 25]!).toBeGreaterThan(0.05);
  });

  it('shows the target length only for the metrics it applies to', () => {
    for (const metric of ['exact_match', 'edit_distance', 'log_likelihood']) expect(isShown(spec.params.length, { ...base, metric })).toBe(true);
    for (const metric of ['multiple_choice', 'brier']) expect(isShown(spec.params.length, { ...base, metric })).toBe(false);
    expect(spec.describe({ ...base, metric: 'brier' })).not.toMatch(/tokens/);
  });

  it('a longer target moves exact match’s jump to larger models', () => {
    const at = (length: number) => metricCurve({ ...base, length }).find((point) => point.value >= 0.5)!.parameters;
    expect(at(30)).toBeGreaterThan(10 * at(10));
  });
});
