import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inductionDefaults, type HeadScores, type InductionPoint } from '@/sim';
import { headsChart, lossChart } from '@/widgets/induction-heads/charts';
import { summarise } from '@/widgets/induction-heads/run';
import { spec } from '@/widgets/induction-heads/spec';
import { renderChart } from '@/widgets/kit/chart';
import { renderMarkup } from '@/widgets/kit/server';

const head = (layer: number, h: number, previousToken: number, prefixMatching: number, copying: number): HeadScores =>
  ({ layer, head: h, previousToken, prefixMatching, copying });

/** A two-layer point: head 1 of layer 1 a previous-token head, head 2 of layer 2 the induction head. */
const point = (step: number, loss: number, repeatLoss: number, firstLoss: number, induction: number, copying: number): InductionPoint => ({
  step, loss, repeatLoss, firstLoss, repeatAccuracy: induction, icl: firstLoss - repeatLoss,
  heads: [head(1, 1, induction, 0.01, 0.05), head(1, 2, 0.1, 0.02, 0.04), head(2, 1, 0.1, 0.05, 0.1), head(2, 2, 0.1, induction, copying)],
});

const history = [point(0, 3.5, 3.47, 3.52, 0.03, 0.06), point(400, 1.9, 0.92, 3.61, 0.62, 0.88), point(800, 1.7, 0.31, 3.58, 0.81, 0.97)];
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the loss chart', () => {
  it('draws the overall loss as its own line, labelled on the chart, and names it in its label', () => {
    const chart = lossChart(history, 2, undefined);
    const svg = renderMarkup((document) => renderChart(chart, document));
    expect((svg.match(/aria-label="line"/g) ?? []).length).toBe(3);
    expect(svgText(svg)).toContain('overall');
    expect(chart.label).toContain('overall from 3.50 to 1.70 nats');
  });

  it('names no line while there is none to see: untrained, one point', () => {
    for (const points of [[], history.slice(0, 1)]) {
      const svg = renderMarkup((document) => renderChart(lossChart(points, 2, undefined), document));
      expect(svgText(svg)).not.toContain('overall');
    }
  });
});

describe('the heads chart', () => {
  it('shows the copying score of each last-layer head beside its prefix matching, keyed', () => {
    const chart = headsChart(history, 2);
    const svg = renderMarkup((document) => renderChart(chart, document));
    expect((svg.match(/aria-label="line"/g) ?? []).length).toBe(6);
    expect(svgText(svg)).toEqual(expect.arrayContaining(['L2 H1 copying', 'L2 H2 copying', 'L2 H2 prefix matching']));
    expect(chart.label).toContain('layer 2 head 2 prefix matching 0.81');
    expect(chart.label).toContain('layer 2 head 2 copying 0.97');
  });
});

describe('the reading', () => {
  it('gives the overall loss and the strongest induction head’s prefix matching and copying', () => {
    const text = summarise({ layers: 2, seed: 1 }, history, Math.log(32));
    expect(text).toContain('overall loss 3.50 → 1.70 nats');
    expect(text).toContain('Strongest prefix matching: layer 2 head 2 (0.81 of its attention on the token after the earlier occurrence), copying score 0.97');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('gives the overall loss of the untrained model too', () => {
    expect(summarise({ layers: 2, seed: 1 }, history.slice(0, 1), Math.log(32))).toMatch(/untrained: loss 3\.50 nats overall, 3\.47 on the repeated part and 3\.52 on the first run/);
  });
});

describe('the caption', () => {
  it('describes the sequences as a run repeated to fill the context, not as two halves', () => {
    expect(spec.caption).not.toMatch(/half/);
    const { minRepeat, maxRepeat, context } = inductionDefaults;
    expect(spec.caption).toContain(`a run of ${minRepeat} to ${maxRepeat} random tokens, repeated until the context of ${context} is full`);
  });
});

describe('the words for the parts of a sequence', () => {
  it('are the first run and the repeated part in the lesson and its quiz too, as in the widget', () => {
    for (const file of ['content/lessons/emergence-during-training.mdx', 'content/quizzes/emergence-during-training.yaml']) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(first|repeated|both) half|halves/);
    }
  });
});
