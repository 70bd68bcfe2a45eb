/**
 * A gate that opens at most once per `interval` ms: `due(now)` is true on the first call and
 * then only once `interval` has passed since it was last true. Animations use it to redraw a
 * chart a few times a second while the lattice or flock redraws every frame.
 */
export function every(interval: number): (now: number) => boolean {
  let last = -Infinity;
  return (now) => {
    if (now - last < interval) return false;
    last = now;
    return true;
  };
}
