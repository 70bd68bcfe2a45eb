import { polyline, type ChartOverlay } from './chart-overlay';

/** One SVG element of a chart's layer: its tag, its attributes and any text. */
export interface Shape {
  tag: 'circle' | 'path' | 'line' | 'rect' | 'text';
  attributes: Record<string, string>;
  text?: string;
}

/** A mark of the layer: where it goes in the chart's scales, or null when it falls outside the frame. */
export type LayerMark = (overlay: ChartOverlay) => Shape | null;

/** Presentation of a mark; colours are CSS values such as `var(--chart-1)`, so the theme applies. */
export interface MarkStyle {
  stroke?: string;
  fill?: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  strokeOpacity?: number;
  fillOpacity?: number;
}

/** Plot's own defaults for lines, so a line in the layer looks like one in the frame. */
const lineDefaults = { fill: 'none', 'stroke-width': '1.5', 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'stroke-miterlimit': '1' };

function paint(style: MarkStyle): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (style.stroke !== undefined) attributes.stroke = style.stroke;
  if (style.fill !== undefined) attributes.fill = style.fill;
  if (style.strokeWidth !== undefined) attributes['stroke-width'] = String(style.strokeWidth);
  if (style.strokeDasharray !== undefined) attributes['stroke-dasharray'] = style.strokeDasharray;
  if (style.strokeOpacity !== undefined) attributes['stroke-opacity'] = String(style.strokeOpacity);
  if (style.fillOpacity !== undefined) attributes['fill-opacity'] = String(style.fillOpacity);
  return attributes;
}

const px = (value: number) => value.toFixed(1);
const within = ([low, high]: [number, number], value: number) => value >= low - 1e-9 * Math.abs(low) && value <= high + 1e-9 * Math.abs(high);

/**
 * A line through (xs[i], ys[i]); points outside the x domain are left out. `step` draws it as
 * steps that change value halfway between points, like Plot's `curve: 'step'`.
 */
export function line(xs: ArrayLike<number>, ys: ArrayLike<number>, style: MarkStyle & { step?: boolean } = {}): LayerMark {
  return (overlay) => {
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < xs.length; i++) {
      if (!within(overlay.domain.x, xs[i]!)) continue;
      x.push(overlay.x(xs[i]!));
      y.push(overlay.y(ys[i]!));
    }
    if (x.length === 0) return null;
    const d = style.step ? steps(x, y) : polyline(x, y);
    return { tag: 'path', attributes: { ...lineDefaults, ...paint(style), d } };
  };
}

function steps(x: number[], y: number[]): string {
  let d = `M${px(x[0]!)},${px(y[0]!)}`;
  for (let i = 1; i < x.length; i++) {
    const middle = px((x[i - 1]! + x[i]!) / 2);
    d += `H${middle}V${px(y[i]!)}`;
  }
  return `${d}H${px(x[x.length - 1]!)}`;
}

/** Symbols a dot can take; `r` is the radius of the circle of the same area, as in Plot. */
export type DotSymbol = 'circle' | 'square' | 'times' | 'star';

/** A dot at (x, y), left out when outside the frame. */
export function dot(x: number, y: number, style: MarkStyle & { r?: number; symbol?: DotSymbol } = {}): LayerMark {
  return (overlay) => {
    if (!within(overlay.domain.x, x) || !within(overlay.domain.y, y)) return null;
    const r = style.r ?? 3;
    const cx = overlay.x(x);
    const cy = overlay.y(y);
    const symbol = style.symbol ?? 'circle';
    if (symbol === 'circle') return { tag: 'circle', attributes: { ...paint(style), cx: px(cx), cy: px(cy), r: String(r) } };
    return { tag: 'path', attributes: { ...paint(style), transform: `translate(${px(cx)},${px(cy)})`, d: symbolPath(symbol, r) } };
  };
}

/** Path data of a symbol centred on 0,0 with the area of a circle of radius r (as d3's symbols). */
function symbolPath(symbol: Exclude<DotSymbol, 'circle'>, r: number): string {
  const area = Math.PI * r * r;
  if (symbol === 'square') {
    const h = px(Math.sqrt(area) / 2);
    return `M-${h},-${h}H${h}V${h}H-${h}Z`;
  }
  if (symbol === 'times') {
    const h = px(Math.sqrt(area / 7) * 0.9);
    return `M-${h},-${h}L${h},${h}M-${h},${h}L${h},-${h}`;
  }
  // A five-pointed star: outer radius from d3.symbolStar's constant, inner radius from the pentagram's geometry.
  const outer = Math.sqrt(area * 0.8908130915292852);
  const inner = (outer * Math.sin(Math.PI / 10)) / Math.sin((7 * Math.PI) / 10);
  let d = '';
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / 5 - Math.PI / 2;
    d += `${i === 0 ? 'M' : 'L'}${px(radius * Math.cos(angle))},${px(radius * Math.sin(angle))}`;
  }
  return `${d}Z`;
}

/** A vertical rule at x across the frame, or from y1 to y2 in data; left out when x is outside the frame. */
export function ruleX(x: number, style: MarkStyle & { y1?: number; y2?: number } = {}): LayerMark {
  return (overlay) => {
    if (!within(overlay.domain.x, x)) return null;
    const [top, bottom] = style.y1 === undefined || style.y2 === undefined ? overlay.range.y : [overlay.y(style.y1), overlay.y(style.y2)];
    const at = px(overlay.x(x));
    return { tag: 'line', attributes: { stroke: 'currentColor', ...paint(style), x1: at, x2: at, y1: px(top), y2: px(bottom) } };
  };
}

/** A horizontal rule at y across the frame; left out when y is outside the frame. */
export function ruleY(y: number, style: MarkStyle = {}): LayerMark {
  return (overlay) => {
    if (!within(overlay.domain.y, y)) return null;
    const at = px(overlay.y(y));
    const [left, right] = overlay.range.x;
    return { tag: 'line', attributes: { stroke: 'currentColor', ...paint(style), x1: px(left), x2: px(right), y1: at, y2: at } };
  };
}

/** A rectangle between x1 and x2 and between y1 and y2, in data. */
export function rect(x1: number, x2: number, y1: number, y2: number, style: MarkStyle = {}): LayerMark {
  return (overlay) => {
    const [left, right] = [overlay.x(x1), overlay.x(x2)].sort((a, b) => a - b) as [number, number];
    const [top, bottom] = [overlay.y(y1), overlay.y(y2)].sort((a, b) => a - b) as [number, number];
    return { tag: 'rect', attributes: { ...paint(style), x: px(left), y: px(top), width: px(right - left), height: px(bottom - top) } };
  };
}

/** An arrow from (x1, y1) to (x2, y2), its head at the end. */
export function arrow(x1: number, y1: number, x2: number, y2: number, style: MarkStyle = {}): LayerMark {
  return (overlay) => {
    const [ax, ay, bx, by] = [overlay.x(x1), overlay.y(y1), overlay.x(x2), overlay.y(y2)];
    const angle = Math.atan2(by - ay, bx - ax);
    const head = Math.min(8, Math.hypot(bx - ax, by - ay) / 3);
    const wing = (turn: number) => `M${px(bx - head * Math.cos(angle + turn))},${px(by - head * Math.sin(angle + turn))}L${px(bx)},${px(by)}`;
    return {
      tag: 'path',
      attributes: { ...lineDefaults, ...paint(style), d: `M${px(ax)},${px(ay)}L${px(bx)},${px(by)}${wing(Math.PI / 6)}${wing(-Math.PI / 6)}` },
    };
  };
}

/** Text at (x, y), shifted by dx, dy pixels; left out when outside the frame. */
export function text(
  x: number,
  y: number,
  content: string,
  style: Pick<MarkStyle, 'fill'> & { dx?: number; dy?: number; textAnchor?: 'start' | 'middle' | 'end'; fontSize?: number; fontWeight?: number } = {},
): LayerMark {
  return (overlay) => {
    if (!within(overlay.domain.x, x) || !within(overlay.domain.y, y)) return null;
    const attributes: Record<string, string> = {
      ...paint(style),
      x: px(overlay.x(x) + (style.dx ?? 0)),
      y: px(overlay.y(y) + (style.dy ?? 0)),
      // Centred on its line, as Plot's text.
      dy: '0.32em',
    };
    if (style.textAnchor && style.textAnchor !== 'middle') attributes['text-anchor'] = style.textAnchor;
    if (style.fontSize !== undefined) attributes['font-size'] = String(style.fontSize);
    if (style.fontWeight !== undefined) attributes['font-weight'] = String(style.fontWeight);
    return { tag: 'text', attributes, text: content };
  };
}

/**
 * Shows `marks` in the overlay's layer, updating its elements in place: an element whose tag
 * still fits keeps its identity and only the attributes that changed are set, so moving a cursor
 * or reshaping a curve touches a handful of attributes.
 */
export function paintLayer(overlay: ChartOverlay, marks: readonly LayerMark[]): void {
  const { layer } = overlay;
  const document = layer.ownerDocument;
  let i = 0;
  for (const mark of marks) {
    const shape = mark(overlay);
    if (!shape) continue;
    let element = layer.children[i];
    if (!element || element.localName !== shape.tag) {
      const fresh = document.createElementNS('http://www.w3.org/2000/svg', shape.tag);
      if (element) element.replaceWith(fresh);
      else layer.append(fresh);
      element = fresh;
    }
    const names = Object.keys(shape.attributes);
    for (const name of names) {
      const value = shape.attributes[name]!;
      if (element.getAttribute(name) !== value) element.setAttribute(name, value);
    }
    if (element.attributes.length !== names.length) {
      for (const name of element.getAttributeNames()) if (!(name in shape.attributes)) element.removeAttribute(name);
    }
    const content = shape.text ?? '';
    if (element.textContent !== content) element.textContent = content;
    i++;
  }
  while (layer.children.length > i) layer.lastElementChild!.remove();
}

/** The reader's position on a curve: a dashed rule at x and a dot on the curve at (x, y). */
export function cursor(x: number, y: number, fill: string): LayerMark[] {
  return [ruleX(x, { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }), dot(x, y, { r: 5, fill })];
}
