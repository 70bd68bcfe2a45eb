import type { Flock } from '@/sim';

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

/** How the birds look in pixels. */
export interface BirdStyle {
  /** Packed colours (see packColor) of the sky and of the birds. */
  background: number;
  bird: number;
  /** Length of a bird's stroke, its thickness, and the side of its head square, in pixels. */
  length: number;
  thickness: number;
  head: number;
}

/**
 * Paints the flock into a `width`-wide pixel buffer: each bird a stroke ending in a square head.
 * Setting pixels directly costs far less than stroking thousands of paths, which a canvas without
 * a GPU rasterises on the main thread; 2,000 birds are about 20,000 pixel writes.
 */
export function paintBirds(pixels: Uint32Array, width: number, flock: Flock, style: BirdStyle): void {
  const { background, bird, length, thickness, head } = style;
  const height = Math.floor(pixels.length / width);
  pixels.fill(background);
  const square = (cx: number, cy: number, side: number) => {
    if (side === 1) {
      const x = Math.floor(cx);
      const y = Math.floor(cy);
      if (x >= 0 && x < width && y >= 0 && y < height) pixels[y * width + x] = bird;
      return;
    }
    const x0 = Math.max(0, Math.round(cx - side / 2));
    const y0 = Math.max(0, Math.round(cy - side / 2));
    const x1 = Math.min(width, x0 + side);
    const y1 = Math.min(height, y0 + side);
    for (let y = y0; y < y1; y++) pixels.fill(bird, y * width + x0, y * width + Math.max(x0, x1));
  };
  eachBird(
    flock,
    width,
    (x0, y0, x1, y1) => {
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
      for (let s = 0; s < steps; s++) square(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, thickness);
      square(x1, y1, head);
    },
    length,
  );
}
