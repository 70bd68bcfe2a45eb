import type { Flock } from '../../../src/sim';

/** Length of a bird's mark in CSS pixels (or SVG units of a `side`-wide view), whatever the box size. */
const tail = 7;

/**
 * Calls `segment(x0, y0, x1, y1)` for each bird: a short stroke from behind the bird to where it
 * is, so the marks show headings. Coordinates map the flock's periodic box onto a `side` × `side`
 * square with y pointing down.
 */
export function eachBird(flock: Flock, side: number, segment: (x0: number, y0: number, x1: number, y1: number) => void, length = tail): void {
  const { positions, headings, n, boxSize } = flock;
  const scale = side / boxSize;
  for (let i = 0; i < n; i++) {
    const x = positions[2 * i]! * scale;
    const y = side - positions[2 * i + 1]! * scale;
    const h = headings[i]!;
    segment(x - length * Math.cos(h), y + length * Math.sin(h), x, y);
  }
}

/**
 * The flock as SVG path data for the build-time figure, in whole units of a `side`-wide view:
 * `tails` strokes each bird's mark, `heads` is a zero-length move at each bird, which round line
 * caps turn into a dot, so the marks show which way the birds fly.
 */
export function birdsPath(flock: Flock, side: number): { tails: string; heads: string } {
  let tails = '';
  let heads = '';
  eachBird(flock, side, (x0, y0, x1, y1) => {
    const [ax, ay, bx, by] = [x0, y0, x1, y1].map(Math.round) as [number, number, number, number];
    tails += `M${ax} ${ay}l${bx - ax} ${by - ay}`;
    heads += `M${bx} ${by}h0`;
  });
  return { tails, heads };
}
