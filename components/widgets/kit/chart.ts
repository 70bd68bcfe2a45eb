import * as Plot from '@observablehq/plot';
import { fixPlotAria } from './plot-aria';

/** Plot options shared by every chart: size, transparent background so the theme shows through. */
export function chartOptions(document: Document, width = 340, height = 240) {
  return {
    document,
    width,
    height,
    marginLeft: 48,
    style: { background: 'transparent', fontSize: '12px' },
  } as const;
}

/** A Plot chart with its accessible name, ready to place. */
export function chart(options: Plot.PlotOptions, label: string): Element {
  const svg = Plot.plot(options) as Element;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  fixPlotAria(svg);
  return svg;
}

/** Charts side by side (stacked on a phone), as one view. */
export function charts(document: Document, ...items: Element[]): Element {
  const grid = document.createElement('div');
  grid.className = 'charts';
  grid.append(...items);
  return grid;
}

/** `count` points evenly spaced from `from` to `to` inclusive. */
export function range(from: number, to: number, count = 101): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}
