import { parseHTML } from 'linkedom';
import simplify from 'simplify-js';

/** How far, in the chart's units (CSS pixels at full width), a line written at build may stray from Plot's: finer than a screen shows. */
const tolerance = 0.1;

/**
 * A path's `d` or a polygon's `points` with every number rounded to a tenth. A negative number
 * that rounds to zero loses its sign, which may have been all that parted it from the number
 * before it (`L1.5-0.04`): a space takes the sign's place there.
 */
export function roundCoordinates(value: string): string {
  return value.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (number, offset: number) => {
    const rounded = Math.round(Number(number) * 10) / 10 + 0;
    const parted = number.startsWith('-') && rounded >= 0 && /[\d.]/.test(value[offset - 1] ?? '');
    return `${parted ? ' ' : ''}${rounded}`;
  });
}

/**
 * The parts of a line drawn as absolute moves and lines (`M x,y L x,y …`, as Plot draws lines),
 * each as its points `[x, y]`; null for any other path, or one with a number that cannot be read.
 */
export function linePoints(d: string): number[][][] | null {
  if (!/^(?:M[^A-Za-z]+(?:L[^A-Za-z]+)*)+$/.test(d)) return null;
  const parts = d.slice(1).split('M').map((part) => part.split('L').map((pair) => pair.split(',').map(Number)));
  return parts.some((points) => points.some((point) => point.length !== 2 || !point.every(Number.isFinite))) ? null : parts;
}

/**
 * A line (see {@link linePoints}) with the points that lie within `tolerance` of the line through
 * their neighbours left out; any other path as it is.
 */
export function simplifyLine(d: string): string {
  const parts = linePoints(d);
  if (!parts) return d;
  return parts
    .map((points) => `M${simplify(points.map(([x, y]) => ({ x, y })), tolerance, true).map(({ x, y }) => `${x},${y}`).join('L')}`)
    .join('');
}

/**
 * Runs a widget's drawing function against a server-side DOM and returns the markup, so the
 * figure's first state is in the HTML before any script runs. Its lines are written only as finely
 * as a screen shows (the points of a lesson's curves were a tenth of its HTML); the browser redraws
 * them at full precision when a control moves.
 */
export function renderMarkup(draw: (document: Document) => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const element = draw(document as unknown as Document);
  for (const shape of element.querySelectorAll('path[d]')) shape.setAttribute('d', roundCoordinates(simplifyLine(shape.getAttribute('d') ?? '')));
  for (const shape of element.querySelectorAll('polyline[points], polygon[points]')) shape.setAttribute('points', roundCoordinates(shape.getAttribute('points') ?? ''));
  return element.outerHTML;
}
