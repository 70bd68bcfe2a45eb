import { describe, expect, it } from 'vitest';
import { renderMarkup } from '@/widgets/kit/server';
import { defaultState, type Params } from '@/widgets/kit/params';
import type { WidgetSpec } from '@/widgets/kit/widget-spec';

const modules = import.meta.glob<{ spec: WidgetSpec<Params> }>('../../src/widgets/*/spec.ts', { eager: true });
const specs = Object.values(modules).map((module) => module.spec);

/**
 * Markup made readable for a diff, in the manner of Plot's own snapshot tests: numbers rounded to
 * two decimals (so a change in the last bits of a float is no change), one element per line.
 */
function readable(markup: string): string {
  return `${markup
    .replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (number) => String(Number(Number(number).toFixed(2))))
    .replace(/></g, '>\n<')}\n`;
}

// The build's path: the default state, drawn with the data `prepare` makes for it, by
// `spec.draw` into a server-side document (Widget.astro through renderMarkup).
describe('the build-time drawing of each widget, in its default state', () => {
  it('covers every widget', () => {
    expect(specs.length).toBeGreaterThanOrEqual(15);
  });

  for (const spec of specs) {
    it(`${spec.name}`, { timeout: 120_000 }, async () => {
      const state = defaultState(spec.params);
      const data = spec.prepare?.(state);
      const markup = renderMarkup((document) => spec.draw(state, document, data));
      await expect(readable(markup)).toMatchFileSnapshot(`__snapshots__/${spec.name}.html`);
    });
  }
});
