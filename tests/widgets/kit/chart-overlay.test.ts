import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartOverlay, polyline } from '@/widgets/kit/chart-overlay';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('polyline', () => {
  it('moves to the first point and draws lines to the rest, to 0.1 px', () => {
    expect(polyline([0, 10.04, 20.26], [5, 6.5, 7])).toBe('M0.0,5.0L10.0,6.5L20.3,7.0');
  });

  it('is empty without points', () => {
    expect(polyline([], [])).toBe('');
  });
});

describe('chartOverlay', () => {
  it("places values with the chart's own scales, in a layer above its marks", () => {
    const chart = Plot.plot({
      document: document(), width: 300, height: 200, marginLeft: 40, marginRight: 20, marginTop: 20, marginBottom: 30,
      x: { domain: [0, 10] }, y: { domain: [0, 1] }, marks: [Plot.frame()],
    }) as Element;
    const overlay = chartOverlay(chart);
    expect(overlay.x(0)).toBe(40);
    expect(overlay.x(10)).toBe(280);
    expect(overlay.y(1)).toBe(20);
    expect(overlay.y(0)).toBe(170);
    expect(chart.lastElementChild).toBe(overlay.layer);
    expect(overlay.layer.getAttribute('aria-hidden')).toBe('true');
  });

  it('refuses a chart without both scales', () => {
    const chart = Plot.plot({ document: document(), x: { domain: [0, 1] }, marks: [Plot.ruleX([0.5])] }) as Element;
    expect(() => chartOverlay(chart)).toThrow('chartOverlay needs a chart with x and y scales');
  });
});
