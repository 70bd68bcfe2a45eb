import * as Plot from '@observablehq/plot';

/** A layer drawn on top of a rendered Plot chart, in the chart's own x and y scales. */
export interface ChartOverlay {
  /** Pixel position of a data value on the chart. */
  x(value: number): number;
  y(value: number): number;
  /** The data each axis shows, as [low, high]: marks outside it are outside the chart's frame. */
  domain: { x: [number, number]; y: [number, number] };
  /** Pixel extent of the frame along each axis, as [start, end] in the scale's own order. */
  range: { x: [number, number]; y: [number, number] };
  /** An SVG group above the chart's marks, for elements that move without a new render. */
  layer: SVGGElement;
}

type Descriptor = { domain: number[]; range: number[] };

/**
 * Lets a chart move a marker or reshape a line without rendering the chart again (a Plot render
 * costs milliseconds; setting one attribute costs microseconds). `chart` is what Plot.plot
 * returned, or the same chart's markup from the build: the layer keeps the chart's x and y scales
 * as JSON (`data-scales`), so markup rendered on the server can be taken over in the browser.
 */
export function chartOverlay(chart: Element): ChartOverlay {
  let layer = [...chart.children].find((child) => child.hasAttribute('data-scales')) as SVGGElement | undefined;
  if (!layer) {
    const plot = chart as unknown as Plot.Plot;
    const x = plot.scale('x');
    const y = plot.scale('y');
    if (!x || !y) throw new Error('chartOverlay needs a chart with x and y scales');
    layer = chart.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    layer.setAttribute('aria-hidden', 'true');
    // JSON keeps type, domain, range and the like, and drops the functions.
    layer.setAttribute('data-scales', JSON.stringify({ x, y }));
    chart.append(layer);
  }
  const scales = JSON.parse(layer.getAttribute('data-scales')!) as { x: Descriptor; y: Descriptor };
  const x = Plot.scale({ x: scales.x as Plot.ScaleOptions });
  const y = Plot.scale({ y: scales.y as Plot.ScaleOptions });
  const extent = (values: number[]) => [Math.min(...values), Math.max(...values)] as [number, number];
  return {
    x: (value) => x.apply(value),
    y: (value) => y.apply(value),
    domain: { x: extent(scales.x.domain), y: extent(scales.y.domain) },
    range: { x: scales.x.range as [number, number], y: scales.y.range as [number, number] },
    layer,
  };
}

/** SVG path data through points (x, y) in pixels, with numbers rounded to 0.1 px to keep it short. */
export function polyline(xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) d += `${i === 0 ? 'M' : 'L'}${xs[i]!.toFixed(1)},${ys[i]!.toFixed(1)}`;
  return d;
}
