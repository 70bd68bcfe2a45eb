/** An RGBA colour, each channel 0–255. */
export type Rgba = readonly [number, number, number, number];

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Packs a colour into one 32-bit integer laid out as ImageData's bytes (R, G, B, A in memory),
 * so a Uint32Array view of the pixels takes one store per pixel.
 */
export function packColor([r, g, b, a]: Rgba, little = littleEndian): number {
  const bytes = little ? [a, b, g, r] : [r, g, b, a];
  return (((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0);
}

/**
 * Colours a lattice: pixel i gets colors[cells[i] − base]. `out` is reused frame after frame,
 * so drawing allocates nothing. Values outside the palette get its first colour.
 */
export function fillPixels(cells: ArrayLike<number>, base: number, colors: Uint32Array, out: Uint32Array): void {
  if (out.length < cells.length) throw new RangeError(`invalid out.length: ${out.length} (expected at least ${cells.length})`);
  const fallback = colors[0] ?? 0;
  for (let i = 0; i < cells.length; i++) out[i] = colors[cells[i]! - base] ?? fallback;
}
