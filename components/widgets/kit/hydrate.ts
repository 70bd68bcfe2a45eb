/** What a widget's client module exports: a function that brings one figure to life. */
export interface WidgetModule {
  hydrate(figure: HTMLElement): void;
}

/**
 * Loads a widget's code only when one of its figures comes near the viewport,
 * then hydrates every figure of that widget on the page once. Until then the
 * page carries only this loader; the build-time SVG stands in.
 */
export function hydrateWhenNear(name: string, load: () => Promise<WidgetModule>): void {
  const figures = [...document.querySelectorAll<HTMLElement>(`[data-widget="${name}"]`)];
  if (figures.length === 0) return;
  let module: Promise<WidgetModule> | undefined;
  const start = (figure: HTMLElement) => {
    module ??= load();
    module.then((widget) => widget.hydrate(figure));
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        start(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of figures) observer.observe(figure);
}
