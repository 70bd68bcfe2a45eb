import type { Rgba } from './pixels';

let probe: CanvasRenderingContext2D | undefined;

/** Any CSS colour (hex, rgb(), oklch(), a name) as RGBA, by letting a 1 × 1 canvas paint it. */
export function resolveColor(css: string): Rgba {
  probe ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  probe.clearRect(0, 0, 1, 1);
  probe.fillStyle = '#000';
  probe.fillStyle = css;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a!];
}

/**
 * Reads the CSS custom properties `names` (e.g. '--chart-1') as seen by `element`, now and
 * whenever the theme changes (the site's toggle sets data-theme on <html>; the system
 * setting applies without one), so canvases use the same palette as the charts in both themes.
 * Returns a function that stops watching.
 */
export function watchPalette<K extends string>(element: Element, names: readonly K[], onChange: (colors: Record<K, string>) => void): () => void {
  const read = () => {
    const style = getComputedStyle(element);
    onChange(Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim() || 'currentColor'])) as Record<K, string>);
  };
  const themes = new MutationObserver(read);
  themes.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const system = matchMedia('(prefers-color-scheme: dark)');
  system.addEventListener('change', read);
  read();
  return () => {
    themes.disconnect();
    system.removeEventListener('change', read);
  };
}
