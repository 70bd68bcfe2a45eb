import { describe, expect, it } from 'vitest';
import { spec } from '@/widgets/benchmark-explorer/spec';
import { renderMarkup } from '@/widgets/kit/server';
import { renderChart } from '@/widgets/kit/chart';

type State = Parameters<NonNullable<typeof spec.describe>>[0];
type Mark = { data?: Record<string, number>[]; channels?: Record<string, { value: unknown }>; stroke?: string };

const charts = (state: State) => spec.plots!(state, undefined);

/** The interval rules of a chart: marks with a lower and an upper end per point, in the point's colour. */
function intervals(state: State, chart: number, stroke = 'var(--chart-1)') {
  const marks = charts(state)[chart]!.options.marks as Mark[];
  return marks.filter((mark) => mark?.channels?.y1?.value === 'lower' && mark.channels.y2?.value === 'upper' && mark.stroke === stroke);
}

const widths = (state: State, chart = 0) => intervals(state, chart)[0]!.data!.map((point) => point.upper! - point.lower!);

describe('benchmark explorer', () => {
  it('gives every point of a share-of-items score its 95 % interval, around the score, in the point’s colour', () => {
    const state = { task: 'arithmetic_2da:acc', family: 'GPT-Neo/J' } as State;
    const [rules] = intervals(state, 0);
    expect(rules).toBeDefined();
    expect(rules!.data!.length).toBeGreaterThan(3);
    for (const point of rules!.data!) {
      expect(point.lower).toBeLessThanOrEqual(point.score!);
      expect(point.upper).toBeGreaterThanOrEqual(point.score!);
      expect(point.upper! - point.lower!).toBeGreaterThan(0);
    }
    // The other families' points carry theirs too, faint.
    expect(intervals(state, 0, 'var(--fg-muted)')).toHaveLength(1);
  });

  it('draws narrower intervals for a task with more items', () => {
    // HellaSwag's 10,042 items against ParsiNLU QA's 1,050, for scores of the same order.
    const hellaswag = widths({ task: 'HellaSwag:score', family: 'Pythia' } as State);
    const parsinlu = widths({ task: 'parsinlu_qa:acc', family: 'Pythia' } as State);
    expect(Math.max(...hellaswag)).toBeLessThan(Math.min(...parsinlu));
    expect(spec.describe!({ task: 'HellaSwag:score', family: 'Pythia' } as State)).toContain('over 10,042 items');
    expect(spec.describe!({ task: 'parsinlu_qa:acc', family: 'Pythia' } as State)).toContain('over 1,050 items');
  });

  it('gives BLEU no interval and says so in the chart and the reading', () => {
    const state = { task: 'ipa_transliterate:bleu', family: 'Pythia' } as State;
    expect(intervals(state, 0)).toHaveLength(0);
    expect(intervals(state, 0, 'var(--fg-muted)')).toHaveLength(0);
    const [bleu, exact] = charts(state);
    expect(bleu!.label).toContain('no interval');
    const markup = renderMarkup((document) => renderChart(bleu!, document));
    expect(markup).toContain('No interval: BLEU is not a share of items');
    // The exact-match chart beside it has them.
    expect(exact!.label).toContain('95 % intervals over 1,003 items');
    expect(intervals(state, 1)).toHaveLength(1);
    const text = spec.describe!(state);
    expect(text).toMatch(/BLEU: [\d.]+ at 70 million to [\d.]+ at 12 billion parameters, with no interval, as BLEU is not a share of items/);
  });

  it('states the interval of the points it reads, and the assumption behind the intervals once', () => {
    // Llama 7B: 27 of 1,003 items right.
    const text = spec.describe!({ task: 'ipa_transliterate:exact_match', family: 'Llama' } as State);
    expect(text).toContain('0.027 (95 % interval 0.019–0.039 over 1,003 items) at 6.7 billion');
    expect(text.match(/whole evaluation set was scored/g)).toHaveLength(1);
  });

  it('titles its two charts distinctly, in the label and in the drawing', () => {
    for (const [task, second] of [
      ['ipa_transliterate:exact_match', 'Same outputs, other metric'],
      ['arithmetic_2da:acc', 'A smooth benchmark, for comparison'],
    ] as const) {
      const [chosen, beside] = charts({ task, family: 'Pythia' } as State);
      expect(chosen!.label.startsWith('Chosen task and metric:')).toBe(true);
      expect(beside!.label.startsWith(`${second}:`)).toBe(true);
      expect(renderMarkup((document) => renderChart(chosen!, document))).toContain('Chosen task and metric');
      expect(renderMarkup((document) => renderChart(beside!, document))).toContain(second);
    }
  });
});
