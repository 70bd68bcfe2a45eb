import { describe, expect, it } from 'vitest';
import type { GrokkingPoint } from '@/sim';
import { normChart } from '@/widgets/grokking/charts';
import { summarise } from '@/widgets/grokking/run';
import { spec } from '@/widgets/grokking/spec';
import { renderChart } from '@/widgets/kit/chart';
import { renderMarkup } from '@/widgets/kit/server';

const point = (step: number, trainAccuracy: number, testAccuracy: number, weightNorm: number): GrokkingPoint => ({
  step, trainAccuracy, testAccuracy, weightNorm, trainLoss: 1 - trainAccuracy, testLoss: 1 - testAccuracy, spectrum: [0.5, 0.5], keyFrequencies: 2,
});

/** The shape of the default run: memorised by step 75, the norm peaking at step 1,200 with test accuracy partway up, 90 % at 1,500. */
const history = [
  point(0, 0.02, 0.02, 40), point(75, 1, 0.002, 41.8), point(600, 1, 0.014, 47), point(1200, 1, 0.42, 50.03),
  point(1500, 1, 0.91, 49.44), point(3000, 1, 1, 46.46),
];
const request = { trainFraction: 0.4, weightDecay: 1, seed: 1 };
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the grokking reading', () => {
  it('says where the weight norm peaked and how far test accuracy had climbed by then', () => {
    const text = summarise(request, history);
    expect(text).toContain('Weight norm 40.0 → 46.5 (highest 50.0 at step 1,200, when test accuracy was 42 %; it fell from there as test accuracy passed 90 %)');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('says the norm is still at its highest while it has not fallen', () => {
    const text = summarise(request, history.slice(0, 4));
    expect(text).toContain('Weight norm 40.0 → 50.0, still rising');
  });
});

describe('the weight-norm chart', () => {
  it('marks the highest norm and the step where test accuracy passed 90 %, so the two can be compared', () => {
    const chart = normChart(history, 1);
    const svg = renderMarkup((document) => renderChart(chart, document));
    expect(svgText(svg)).toEqual(expect.arrayContaining(['highest', 'test 90 %']));
    expect(chart.label).toContain('highest 50.0 at step 1,200; test accuracy passed 90 % at step 1,500');
  });
});

describe('the grokking caption', () => {
  it('claims no more about the weight norm than the default run shows', () => {
    expect(spec.caption).not.toMatch(/jumps as the weight norm falls/);
    expect(spec.caption).toMatch(/the weight norm, which grows all along, peaks while test accuracy is climbing and then falls/);
  });
});
