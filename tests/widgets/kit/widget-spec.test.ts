import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Chart } from '@/widgets/kit/chart';
import { defineWidget } from '@/widgets/kit/widget-spec';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

const base = {
  name: 'toy', title: 'Toy', lesson: 'toy', caption: 'A toy.',
  params: { x: { kind: 'number', label: 'x', min: 0, max: 1, step: 0.1, default: 0.5 } },
  describe: ({ x }: { x: number }) => `x is ${x}`,
} as const;

const plot = (x: number): Chart => ({
  label: `A dot at ${x}`,
  options: { x: { domain: [0, 1] }, y: { domain: [0, 1] }, marks: [Plot.dot([[x, 0.5]])] },
});

describe('defineWidget', () => {
  it('gives a widget defined by plots a draw that renders them with Plot side by side', () => {
    const spec = defineWidget({ ...base, plots: ({ x }) => [plot(x), plot(1 - x)] });
    const view = spec.draw({ x: 0.2 }, document());
    expect(view.className).toBe('charts');
    expect([...view.querySelectorAll('svg')].map((svg) => svg.getAttribute('aria-label'))).toEqual(['A dot at 0.2', 'A dot at 0.8']);
    expect(view.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(2);
  });

  it('keeps a widget’s own draw', () => {
    const draw = (_: { x: number }, document: Document) => document.createElement('svg');
    expect(defineWidget({ ...base, draw }).draw).toBe(draw);
  });

  it('refuses plots together with draw or live, and a widget with neither', () => {
    const draw = (_: { x: number }, document: Document) => document.createElement('svg');
    expect(() => defineWidget({ ...base, draw, plots: () => [] })).toThrow('widget "toy": give plots, or draw (and live), not both');
    expect(() => defineWidget({ ...base, plots: () => [], live: () => ({ update() {} }) })).toThrow('not both');
    expect(() => defineWidget({ ...base })).toThrow('widget "toy": give draw or plots');
  });
});
