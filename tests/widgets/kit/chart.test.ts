import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cursor, parametersAxis, range, renderChart, renderCharts, shortCount } from '@/widgets/kit/chart';

describe('shortCount', () => {
  it('labels counts with the usual suffixes', () => {
    expect([1e6, 3e7, 1e9, 3e10, 1e12, 500].map(shortCount)).toEqual(['1M', '30M', '1B', '30B', '1T', '500']);
  });
});

describe('parametersAxis', () => {
  it('puts a labelled tick at each power of ten inside the domain', () => {
    expect(parametersAxis([1e7, 1e12]).ticks).toEqual([1e7, 1e8, 1e9, 1e10, 1e11, 1e12]);
    expect(parametersAxis([3e7, 5e9]).ticks).toEqual([1e8, 1e9]);
  });
});

describe('range', () => {
  it('includes both ends', () => {
    expect(range(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('renderChart', () => {
  const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  const options = (x: number): Plot.PlotOptions => ({
    width: 300, height: 200, marginLeft: 40, marginRight: 20, marginTop: 20, marginBottom: 30,
    x: { domain: [0, 10] }, y: { domain: [0, 1] }, marks: [...cursor(x, 0.5, 'var(--chart-2)')],
  });

  it('renders the options with Plot into the given document, as an image with its label', () => {
    const page = document();
    const svg = renderChart({ label: 'A dot at 5', options: options(5) }, page);
    expect(svg.ownerDocument).toBe(page);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A dot at 5');
    // Plot's mark groups get a role, so their labels are valid ARIA.
    expect(svg.querySelector('g[aria-label="dot"]')!.getAttribute('role')).toBe('group');
  });

  it("draws the cursor as Plot's rule and dot, in the chart's scales and the theme's colours", () => {
    const svg = renderChart({ label: 'A dot at 5', options: options(5) }, document());
    const circle = svg.querySelector('g[aria-label="dot"] circle')!;
    expect(circle.getAttribute('cx')).toBe('160');
    expect(circle.getAttribute('cy')).toBe('95'); // halfway between 170 and 20 px
    expect(circle.closest('g')!.getAttribute('fill')).toBe('var(--chart-2)');
    const rule = svg.querySelector('g[aria-label="rule"] line')!;
    expect(rule.getAttribute('x1')).toBe('160');
    expect(rule.closest('g')!.getAttribute('stroke-dasharray')).toBe('3,3');
  });

  it('renders charts side by side in one view', () => {
    const view = renderCharts([{ label: 'a', options: options(1) }, { label: 'b', options: options(2) }], document());
    expect(view.className).toBe('charts');
    expect([...view.children].map((svg) => svg.getAttribute('aria-label'))).toEqual(['a', 'b']);
  });
});
