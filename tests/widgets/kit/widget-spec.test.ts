import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dot } from '@/widgets/kit/layer-marks';
import type { Panel } from '@/widgets/kit/panel-chart';
import { defineWidget } from '@/widgets/kit/widget-spec';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

const base = {
  name: 'toy', title: 'Toy', lesson: 'toy', caption: 'A toy.',
  params: { x: { kind: 'number', label: 'x', min: 0, max: 1, step: 0.1, default: 0.5 } },
  describe: ({ x }: { x: number }) => `x is ${x}`,
} as const;

const panel = (x: number): Panel => ({
  key: 'toy',
  frame: (document) => ({ document, x: { domain: [0, 1] }, y: { domain: [0, 1] } }),
  label: `A dot at ${x}`,
  layer: [dot(x, 0.5)],
});

describe('defineWidget', () => {
  it('gives a widget defined by panels a draw that renders them side by side', () => {
    const spec = defineWidget({ ...base, panels: ({ x }) => [panel(x), panel(1 - x)] });
    const view = spec.draw({ x: 0.2 }, document());
    expect(view.className).toBe('charts');
    expect([...view.querySelectorAll('svg')].map((svg) => svg.getAttribute('aria-label'))).toEqual(['A dot at 0.2', 'A dot at 0.8']);
    expect(view.querySelectorAll('g[data-key] circle')).toHaveLength(2);
  });

  it('keeps a widget’s own draw', () => {
    const draw = (_: { x: number }, document: Document) => document.createElement('svg');
    expect(defineWidget({ ...base, draw }).draw).toBe(draw);
  });

  it('refuses panels together with draw or live, and a widget with neither', () => {
    const draw = (_: { x: number }, document: Document) => document.createElement('svg');
    expect(() => defineWidget({ ...base, draw, panels: () => [] })).toThrow('widget "toy": give panels, or draw (and live), not both');
    expect(() => defineWidget({ ...base, panels: () => [], live: () => ({ update() {} }) })).toThrow('not both');
    expect(() => defineWidget({ ...base })).toThrow('widget "toy": give draw or panels');
  });
});
