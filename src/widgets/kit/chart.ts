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

const suffixes = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'k']] as const;

/** Short labels for counts on a log axis: 1e9 → "1B", 3e10 → "30B". */
export function shortCount(n: number): string {
  for (const [size, suffix] of suffixes) if (n >= size) return `${Number((n / size).toPrecision(3))}${suffix}`;
  return String(n);
}

/** A log x-axis of model size in parameters, labelled at each power of ten. */
export function parametersAxis(domain: [number, number], label = 'Parameters →') {
  const ticks = [];
  for (let e = Math.ceil(Math.log10(domain[0])); e <= Math.floor(Math.log10(domain[1])); e++) ticks.push(10 ** e);
  return { type: 'log', domain, label, ticks, tickFormat: shortCount } as const;
}
