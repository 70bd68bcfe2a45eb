import * as Plot from '@observablehq/plot';
import { fixPlotAria } from './plot-aria';

/** One chart of a widget for one state: the Plot options that draw it and its accessible name. */
export interface Chart {
  /** The chart's accessible name for this state (the svg is an image with this label). */
  label: string;
  /** What Plot draws, every mark a Plot mark; `document` is left to the kit, which renders it at build time and in the browser. */
  options: Plot.PlotOptions;
}

/** Plot options shared by every chart: size, transparent background so the theme shows through. */
export function chartOptions(width = 340, height = 240) {
  return {
    width,
    height,
    marginLeft: 48,
    style: { background: 'transparent', fontSize: '12px' },
  } as const;
}

/** Renders a chart with Plot into `document`: the one way every chart is drawn, at build time and in the browser. */
export function renderChart({ label, options }: Chart, document: Document): Element {
  const svg = Plot.plot({ ...options, document }) as Element;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  fixPlotAria(svg);
  return svg;
}

/** Renders charts side by side (stacked on a phone), as one view. */
export function renderCharts(list: readonly Chart[], document: Document): Element {
  return charts(document, ...list.map((chart) => renderChart(chart, document)));
}

/** Elements side by side (stacked on a phone), as one view. */
export function charts(document: Document, ...items: Element[]): Element {
  const grid = document.createElement('div');
  grid.className = 'charts';
  grid.append(...items);
  return grid;
}

/** The reader's position on a curve: a dashed rule at x across the frame and a dot on the curve at (x, y). */
export function cursor(x: number, y: number, fill: string): Plot.Markish[] {
  return [
    Plot.ruleX([x], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
    Plot.dot([[x, y]], { r: 5, fill }),
  ];
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
