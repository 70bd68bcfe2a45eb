/**
 * Keeps a canvas's backing store at its CSS size in device pixels, so drawings stay sharp on
 * high-density screens while CSS alone decides how big the canvas is. A resize clears the
 * canvas, so `redraw` runs after each one. Returns a function that stops watching.
 */
export function fitCanvas(canvas: HTMLCanvasElement, redraw: () => void): () => void {
  const resize = (width: number, height: number) => {
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    if (canvas.width === w && canvas.height === h) return;
    canvas.width = w;
    canvas.height = h;
    redraw();
  };
  const observer = new ResizeObserver(([entry]) => {
    if (!entry) return;
    // Chromium reports the exact device-pixel size; elsewhere CSS pixels × devicePixelRatio is close.
    const exact = entry.devicePixelContentBoxSize?.[0];
    if (exact) resize(exact.inlineSize, exact.blockSize);
    else resize(entry.contentRect.width * devicePixelRatio, entry.contentRect.height * devicePixelRatio);
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(canvas);
  }
  const { width, height } = canvas.getBoundingClientRect();
  resize(width * devicePixelRatio, height * devicePixelRatio);
  return () => observer.disconnect();
}
