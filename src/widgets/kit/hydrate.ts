import type { Params } from './params';
import type { WidgetSpec } from './widget-spec';

type SpecModule = { spec: WidgetSpec<Params> };

/**
 * Loads a widget's code only when its figure comes near the viewport, then
 * mounts it. `specs` maps `../<name>/spec.ts` to a loader, so a page fetches
 * the code of the widgets it shows and nothing else; until then the page
 * carries only this loader and the build-time SVG stands in.
 */
export function hydrateWhenNear(specs: Record<string, () => Promise<unknown>>): void {
  const start = async (figure: HTMLElement) => {
    const load = specs[`../${figure.dataset.widget}/spec.ts`];
    if (!load) throw new Error(`no widget named "${figure.dataset.widget}"`);
    const [{ spec }, { mount }] = await Promise.all([load() as Promise<SpecModule>, import('./mount')]);
    mount(spec, figure);
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void start(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const figure of document.querySelectorAll<HTMLElement>('[data-widget]')) observer.observe(figure);
}
