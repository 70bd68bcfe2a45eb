/**
 * SVG path data covering the sites of a row-major size × size lattice whose value is `value`,
 * in site units (for a viewBox of 0 0 size size): one rectangle per horizontal run, which keeps
 * a 64 × 64 lattice to a few kilobytes of markup.
 */
export function latticePath(cells: ArrayLike<number>, size: number, value: number): string {
  if (cells.length !== size * size) throw new RangeError(`invalid cells.length: ${cells.length} (expected ${size * size})`);
  let d = '';
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (cells[r * size + c] !== value) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && cells[r * size + c] === value) c++;
      d += `M${start} ${r}h${c - start}v1h${start - c}z`;
    }
  }
  return d;
}

/** One colour layer of a lattice drawing: the sites holding `value`, filled with `fill`. */
export interface LatticeLayer {
  value: number;
  fill: string;
}

/**
 * A lattice as an SVG image for the build-time figure: a background of `background`, then one
 * path per layer. `label` is its accessible name (what the colours mean).
 */
export function latticeSvg(document: Document, cells: ArrayLike<number>, size: number, background: string, layers: readonly LatticeLayer[], label: string): Element {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'lattice');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const back = document.createElementNS(ns, 'rect');
  back.setAttribute('width', String(size));
  back.setAttribute('height', String(size));
  back.setAttribute('fill', background);
  svg.append(back);
  for (const { value, fill } of layers) {
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', latticePath(cells, size, value));
    path.setAttribute('fill', fill);
    svg.append(path);
  }
  return svg;
}
