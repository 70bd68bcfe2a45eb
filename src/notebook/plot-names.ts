/**
 * The Observable Plot functions a cell may call. A cell's chart travels from the sandbox to the
 * page as a tree of these calls with plain data (see `plot-record.ts`); the page calls only names
 * on this list, so nothing else of Plot, and no code, ever runs in the page on a cell's behalf.
 */

/**
 * Marks: called as `mark(data, options)`; functions in their options are channels over `data`.
 * The marks the course's own figures draw with, whose code every lesson page loads already: a
 * longer list would grow the Plot code the widgets share on every lesson page.
 */
export const PLOT_MARKS = [
  'dot', 'frame', 'line', 'ruleX', 'ruleY', 'text',
] as const;

export type PlotMarkName = (typeof PLOT_MARKS)[number];
export type PlotName = PlotMarkName | 'plot';

const marks = new Set<string>(PLOT_MARKS);

export const isPlotMark = (name: string): name is PlotMarkName => marks.has(name);
export const isPlotName = (name: string): name is PlotName => name === 'plot' || marks.has(name);

/**
 * Options never passed on to Plot in the page: links and images would let a cell make the page
 * navigate or fetch, and `document`/`render` reach past data into code.
 */
export const DROPPED_OPTIONS: ReadonlySet<string> = new Set(['href', 'target', 'src', 'document', 'render', 'style', 'className', 'ariaDescription']);
