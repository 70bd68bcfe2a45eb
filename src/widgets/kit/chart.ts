import * as Plot from '@observablehq/plot';
import { fittedWidth } from './fitted-width';
import { fixPlotAria } from './plot-aria';

/** One chart of a widget for one state: the Plot options that draw it and its accessible name. */
export interface Chart {
  /** The chart's accessible name for this state (the svg is an image with this label). */
  label: string;
  /** What Plot draws, every mark a Plot mark; `document` is left to the kit, which renders it at build time and in the browser. */
  options: Plot.PlotOptions;
}

/**
 * Plot options shared by every chart: size, transparent background so the theme shows through,
 * and margins that give the axis labels a row of their own at 12 px, clear of the tick labels
 * (Plot's defaults are made for 10 px text).
 */
export function chartOptions(width = 340, height = 240) {
  return {
    width,
    height,
    marginTop: 30,
    marginBottom: 42,
    marginLeft: 48,
    style: { background: 'transparent', fontSize: '12px' },
  } as const;
}

/** One entry of a chart's key: a glyph drawn like its marks, in their colour, then what they are. */
export interface KeyEntry {
  glyph: string;
  fill: string;
  text: string;
  /** Row of the key, from 0 at the top. */
  row: number;
  /** Distance in px from the chart's left edge. */
  at: number;
}

/** Height of one row of a key or heading in a chart's top margin, at 12 px text. */
export const keyRowHeight = 17;

/**
 * A key in the chart's top margin, rows from its top edge, so it never sits on marks that move
 * with a control (direct labels would). `marginTop` is the chart's; the y-axis label then goes
 * just above the frame with {@link yLabelAboveFrame}.
 */
export function marginKey(entries: KeyEntry[], marginTop: number) {
  return entries.flatMap(({ glyph, fill, text, row, at }) => {
    const place = { frameAnchor: 'top-left', textAnchor: 'start', lineAnchor: 'top', dy: 2 + keyRowHeight * row - marginTop } as const;
    return [
      Plot.text([glyph], { ...place, dx: at - chartOptions().marginLeft, fill }),
      Plot.text([text], { ...place, dx: at + 15 - chartOptions().marginLeft, fill: 'currentColor' }),
    ];
  });
}

/** The y axis's label just above the frame, left-aligned with the chart (Plot would put it at the very top, above a key). */
export function yLabelAboveFrame(label: string) {
  return Plot.text([label], { frameAnchor: 'top-left', textAnchor: 'start', lineAnchor: 'bottom', dx: 3 - chartOptions().marginLeft, dy: -11, fill: 'currentColor' });
}

/**
 * Renders a chart with Plot into `document`: the one way every chart is drawn, at build time and in
 * the browser. `room` is the width each chart has on the page, where known (see {@link fittedWidth}).
 */
export function renderChart({ label, options }: Chart, document: Document, room?: number): Element {
  const width = fittedWidth(options.width ?? 640, room);
  const svg = Plot.plot({ ...options, width, document }) as Element;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  fixPlotAria(svg);
  typesetSubscripts(svg, document);
  return svg;
}

/** A symbol with a subscript as written in a chart's text: one letter, `_`, then the subscript (`T_c`, `p_c`, `v_a`). */
const subscripted = /(?<![\p{L}\p{N}])(\p{L})_([\p{L}\p{N}]{1,3})(?![\p{L}\p{N}])/u;

/** Text written with `T_c` subscripts as runs of plain text, each ending in the subscript that follows it, if any. */
export function subscriptRuns(text: string): { text: string; subscript?: string }[] {
  const runs: { text: string; subscript?: string }[] = [];
  let rest = text;
  for (let match = subscripted.exec(rest); match; match = subscripted.exec(rest)) {
    runs.push({ text: rest.slice(0, match.index) + match[1]!, subscript: match[2]! });
    rest = rest.slice(match.index + match[0].length);
  }
  if (rest) runs.push({ text: rest });
  return runs;
}

/**
 * Typesets the subscripts written `T_c` in a chart's text (axis labels, text marks) as smaller text
 * below the line, the one way every chart shows them: Unicode has no subscript c. The subscript is
 * lowered with `dy` (which every browser honours in SVG, unlike `baseline-shift`) and the text after
 * it raised back. A chart's accessible name is its `aria-label`, written in words, so this changes
 * what it shows only.
 */
export function typesetSubscripts(svg: Element, document: Document): void {
  const texts = [...svg.querySelectorAll('text, tspan')];
  for (const element of texts) {
    for (const node of [...element.childNodes]) {
      if (node.nodeType !== 3) continue;
      const runs = subscriptRuns(node.textContent ?? '');
      if (!runs.some((run) => run.subscript)) continue;
      const parts: Node[] = [];
      runs.forEach((run, index) => {
        // Text after a subscript is raised back to the line.
        parts.push(index > 0 ? raised(document, run.text) : document.createTextNode(run.text));
        if (run.subscript === undefined) return;
        const sub = document.createElementNS(svgNamespace, 'tspan');
        sub.setAttribute('font-size', '75%');
        sub.setAttribute('dy', subscriptDrop);
        sub.textContent = run.subscript;
        parts.push(sub);
      });
      node.replaceWith(...parts);
    }
  }
}

const svgNamespace = 'http://www.w3.org/2000/svg';
/** How far a subscript drops, in its own (75%) em: 0.225 of the text's. */
const subscriptDrop = '0.3em';
const rise = '-0.225em';

/** Text back on the baseline after a subscript: raised by the drop, in the full-size em. */
function raised(document: Document, text: string): Element {
  const tspan = document.createElementNS(svgNamespace, 'tspan');
  tspan.setAttribute('dy', rise);
  tspan.textContent = text;
  return tspan;
}

/** Renders charts side by side (stacked on a phone), as one view. */
export function renderCharts(list: readonly Chart[], document: Document, room?: number): Element {
  return charts(document, ...list.map((chart) => renderChart(chart, document, room)));
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
