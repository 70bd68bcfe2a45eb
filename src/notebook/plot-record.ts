import { isPlotMark, isPlotName, PLOT_MARKS, type PlotName } from './plot-names';

/**
 * What `import * as Plot from '@observablehq/plot'` gives a cell: the same function names, each
 * recording its call instead of drawing. A figure is thus a tree of calls that can leave the
 * sandbox as data (`toChartSpec`) and be drawn by the real Plot in the page or at build time.
 */
export class PlotRecord {
  constructor(
    readonly name: PlotName,
    readonly args: readonly unknown[],
  ) {}

  /** `Plot.line(data).plot(options)`, as on a real mark. */
  plot(options: Record<string, unknown> = {}): PlotRecord {
    return new PlotRecord('plot', [{ ...options, marks: [this] }]);
  }
}

function recorder(name: PlotName) {
  return (...args: unknown[]) => new PlotRecord(name, args);
}

/** The module a cell imports as `@observablehq/plot`. */
export const plotRecorder: Record<string, unknown> = Object.freeze({
  __esModule: true,
  plot: recorder('plot'),
  ...Object.fromEntries(PLOT_MARKS.map((name) => [name, recorder(name)])),
});

/** A Plot call as plain data: names from `plot-names.ts`, arguments without functions. */
export interface ChartCall {
  plot: PlotName;
  args: unknown[];
}

/** A chart ready to leave the sandbox, with what had to be left out of it. */
export interface ChartSpec {
  figure: ChartCall;
  notes: string[];
}

/** Most data points one mark may send; beyond this a chart is not worth drawing in a cell. */
export const MAX_POINTS = 20_000;

/**
 * Turns a recorded figure (or a single mark) into data. Functions in a mark's options are
 * channels, so they are evaluated here, over the mark's data, into arrays of values; any other
 * function (a tick format, a reducer) cannot travel and is left out with a note.
 */
export function toChartSpec(record: PlotRecord): ChartSpec {
  const notes = new Set<string>();
  const figure = record.name === 'plot' ? record : record.plot();
  const call = convertCall(figure, notes);
  return { figure: call, notes: [...notes] };
}

function convertCall(record: PlotRecord, notes: Set<string>): ChartCall {
  if (!isPlotName(record.name)) throw new TypeError(`Plot.${String(record.name)} is not available in cells`);
  if (isPlotMark(record.name)) {
    const [first, ...rest] = record.args;
    if (first !== undefined && first !== null && typeof first === 'object' && !Array.isArray(first) && !isIterable(first) && rest.length === 0) {
      // A mark called with options only, e.g. Plot.frame({ stroke: 'gray' }).
      return { plot: record.name, args: [convert(first, undefined, notes, `Plot.${record.name}`)] };
    }
    const markData = first === undefined || first === null ? undefined : toArray(first, record.name);
    return { plot: record.name, args: [markData === undefined ? first : plainData(markData), ...rest.map((arg) => convert(arg, markData, notes, `Plot.${record.name}`))] };
  }
  return { plot: 'plot', args: record.args.map((arg) => convert(arg, undefined, notes, 'Plot.plot')) };
}

function convert(value: unknown, data: unknown[] | undefined, notes: Set<string>, where: string): unknown {
  if (value instanceof PlotRecord) return convertCall(value, notes);
  if (typeof value === 'function') {
    if (data) return Array.from(data, (d, i) => plainValue((value as (d: unknown, i: number, all: unknown[]) => unknown)(d, i, data)));
    notes.add(`a function given to ${where} was left out: charts take functions only as channels of a mark with data`);
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item) => convert(item, data, notes, where));
  if (value instanceof Date || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item, data, notes, where)]));
}

function isIterable(value: object): boolean {
  return Symbol.iterator in value;
}

function toArray(value: unknown, mark: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && isIterable(value)) return Array.from(value as Iterable<unknown>);
  throw new TypeError(`Plot.${mark} needs an array of data, got ${typeof value}`);
}

function plainData(data: unknown[]): unknown[] {
  if (data.length > MAX_POINTS) throw new RangeError(`a chart mark has ${data.length} points; at most ${MAX_POINTS} can be drawn`);
  return data.map((item) => plainValue(item));
}

/** Data as it can be copied to the page: functions and symbols dropped, nesting bounded. */
function plainValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth > 4) return undefined;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((item) => plainValue(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plainValue(item, depth + 1)]));
}
