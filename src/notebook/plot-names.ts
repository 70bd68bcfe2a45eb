/**
 * The Observable Plot functions a cell may call. A cell's chart travels from the sandbox to the
 * page as a tree of these calls with plain data (see `plot-record.ts`); the page calls only names
 * on these lists, so nothing else of Plot, and no code, ever runs in the page on a cell's behalf.
 */

/** Marks: called as `mark(data, options)`; functions in their options are channels over `data`. */
export const PLOT_MARKS = [
  'area', 'areaX', 'areaY', 'arrow', 'axisX', 'axisY', 'barX', 'barY', 'boxX', 'boxY', 'cell', 'cellX', 'cellY',
  'circle', 'differenceY', 'dot', 'dotX', 'dotY', 'frame', 'gridX', 'gridY', 'hexagon', 'line', 'lineX', 'lineY',
  'linearRegressionX', 'linearRegressionY', 'link', 'rect', 'rectX', 'rectY', 'ruleX', 'ruleY', 'spike', 'text',
  'textX', 'textY', 'tickX', 'tickY', 'tip', 'vector',
] as const;

/** Transforms and helpers: called as `transform(outputs, options)` inside a mark's options. */
export const PLOT_TRANSFORMS = [
  'bin', 'binX', 'binY', 'centroid', 'crosshair', 'crosshairX', 'crosshairY', 'dodgeX', 'dodgeY', 'group', 'groupX',
  'groupY', 'groupZ', 'hexbin', 'mapX', 'mapY', 'normalizeX', 'normalizeY', 'pointer', 'pointerX', 'pointerY',
  'reverse', 'select', 'selectFirst', 'selectLast', 'selectMaxX', 'selectMaxY', 'selectMinX', 'selectMinY', 'shuffle',
  'sort', 'stackX', 'stackX1', 'stackX2', 'stackY', 'stackY1', 'stackY2', 'windowX', 'windowY', 'marks',
] as const;

export type PlotMarkName = (typeof PLOT_MARKS)[number];
export type PlotTransformName = (typeof PLOT_TRANSFORMS)[number];
export type PlotName = PlotMarkName | PlotTransformName | 'plot';

const marks = new Set<string>(PLOT_MARKS);
const transforms = new Set<string>(PLOT_TRANSFORMS);

export const isPlotMark = (name: string): name is PlotMarkName => marks.has(name);
export const isPlotName = (name: string): name is PlotName => name === 'plot' || marks.has(name) || transforms.has(name);

/**
 * Options never passed on to Plot in the page: links and images would let a cell make the page
 * navigate or fetch, and `document`/`render` reach past data into code.
 */
export const DROPPED_OPTIONS: ReadonlySet<string> = new Set(['href', 'target', 'src', 'document', 'render', 'style', 'className', 'ariaDescription']);
