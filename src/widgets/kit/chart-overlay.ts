import type * as Plot from '@observablehq/plot';

/** A layer drawn on top of a rendered Plot chart, in the chart's own x and y scales. */
export interface ChartOverlay {
  /** Pixel position of a data value on the chart. */
  x(value: number): number;
  y(value: number): number;
  /** An SVG group above the chart's marks, hidden from assistive technology, for elements that move between renders. */
  layer: SVGGElement;
}

/**
 * For the animated canvas views only (flocking's running v_a line, the Ising model's measured
 * point): lets a view move one mark several times a second on a chart that Plot rendered once for
 * the setting, instead of rendering it again each time. Curve widgets render their charts whole
 * with Plot on every change (`renderChart`).
 */
export function chartOverlay(chart: Element): ChartOverlay {
  const plot = chart as unknown as Plot.Plot;
  const x = plot.scale('x');
  const y = plot.scale('y');
  if (!x || !y) throw new Error('chartOverlay needs a chart with x and y scales');
  const layer = chart.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
  layer.setAttribute('aria-hidden', 'true');
  chart.append(layer);
  return { x: (value) => x.apply(value), y: (value) => y.apply(value), layer };
}

/** SVG path data through points (x, y) in pixels, with numbers rounded to 0.1 px to keep it short. */
export function polyline(xs: ArrayLike<number>, ys: ArrayLike<number>): string {
  let d = '';
  for (let i = 0; i < xs.length; i++) d += `${i === 0 ? 'M' : 'L'}${xs[i]!.toFixed(1)},${ys[i]!.toFixed(1)}`;
  return d;
}
