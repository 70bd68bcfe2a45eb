import {
  dot, frame, line, ruleX, ruleY, text, plot,
  type PlotOptions,
} from '@observablehq/plot';
import { MAX_POINTS, type ChartCall, type ChartSpec } from './plot-record';
import { DROPPED_OPTIONS, isPlotMark, type PlotMarkName } from './plot-names';
import { fixPlotAria } from '@/widgets/kit/plot-aria';
import { fittedWidth } from '@/widgets/kit/fitted-width';

const isCall = (value: unknown): value is ChartCall =>
  typeof value === 'object' && value !== null && typeof (value as ChartCall).plot === 'string' && Array.isArray((value as ChartCall).args);

/** The allowed functions by name (named imports: `import * as Plot` used by name would bundle all of Plot). */
const allowed = { dot, frame, line, ruleX, ruleY, text } satisfies Record<PlotMarkName, unknown>;
const plotFunctions = allowed as unknown as Record<string, (...args: unknown[]) => unknown>;

/**
 * Option values that could make the page fetch something: a CSS `url(…)` (or `image-set(…)`, or
 * one spelled with CSS escapes) in a fill, a stroke or a style. Dropped like the options in
 * DROPPED_OPTIONS; Plot's own colours, names and numbers never need them.
 */
const FETCHES = /url\s*\(|image(?:-set)?\s*\(|cross-fade\s*\(|@import|\\/i;

/** Rebuilds a call of the chart's tree with the real Plot, calling only names on the allowed list. */
function rebuild(value: unknown, marks: string[]): unknown {
  if (typeof value === 'string') return FETCHES.test(value) ? undefined : value;
  if (isCall(value)) {
    const { plot: name, args } = value;
    if (!isPlotMark(name)) throw new TypeError(`Plot.${String(name)} is not available in cells`);
    const [data, ...rest] = args;
    if (Array.isArray(data)) {
      if (data.length > MAX_POINTS) throw new RangeError(`a chart mark has ${data.length} points; at most ${MAX_POINTS} can be drawn`);
      marks.push(`${name} (${data.length} ${data.length === 1 ? 'point' : 'points'})`);
      return plotFunctions[name](data, ...rest.map((arg) => rebuild(arg, marks)));
    }
    marks.push(name);
    return plotFunctions[name](...args.map((arg) => rebuild(arg, marks)));
  }
  if (Array.isArray(value)) return value.map((item) => rebuild(item, marks));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !DROPPED_OPTIONS.has(key))
      .map(([key, item]) => [key, rebuild(item, marks)])
      .filter(([, item]) => item !== undefined),
  );
}

const clamp = (value: unknown, min: number, max: number, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback);

/**
 * Draws a cell's chart with Observable Plot into `document` (the page's, or a server-side one at
 * build time). The spec is data from the sandbox: only allowed Plot functions are called, options
 * that could link, load or run anything are dropped, and the size is kept within bounds. Given the
 * `room` the output has on the page, a chart too wide for it is drawn at that width, so its text
 * keeps its size on a phone.
 */
export function drawChart(spec: ChartSpec, document: Document, room?: number): Element {
  const { figure } = spec;
  if (!isCall(figure) || figure.plot !== 'plot') throw new TypeError('a chart must come from Plot.plot');
  const marks: string[] = [];
  const options = (rebuild(figure.args[0] ?? {}, marks) ?? {}) as Record<string, unknown>;
  const drawn = plot({
    ...options,
    width: fittedWidth(clamp(options.width, 200, 960, 640), room && Math.max(200, room)),
    height: clamp(options.height, 120, 720, 400),
    document,
    style: { background: 'transparent', fontSize: '12px' },
  } as PlotOptions) as Element;
  const svgs = drawn.tagName.toLowerCase() === 'svg' ? [drawn] : [...drawn.querySelectorAll('svg')];
  const main = svgs[svgs.length - 1];
  const title = typeof options.title === 'string' ? `${options.title}. ` : '';
  main?.setAttribute('role', 'img');
  main?.setAttribute('aria-label', `${title}Chart drawn by the cell: ${marks.length > 0 ? marks.join(', ') : 'no marks'}.`);
  fixPlotAria(drawn);
  const frame = document.createElement('div');
  frame.className = 'cell-chart';
  // A chart drawn at build time may be wider than a phone: it scrolls sideways, from the keyboard too.
  frame.setAttribute('tabindex', '0');
  frame.append(drawn);
  return frame;
}
