import { describe, expect, it } from 'vitest';
import { widgetLink } from '@/widgets/kit/link';
import { parseState, readState } from '@/widgets/kit/params';
import { spec } from '@/widgets/metric-lens/spec';

const lessons = ['what-is-emergence', 'why-abilities-emerge', 'mirage-or-real'];

describe('widgetLink', () => {
  it('opens the widget in its lesson with every preset setting, even a default one', () => {
    expect(widgetLink({ name: 'reasoning-chain', preset: { p: 0.9, n: 30 } }, lessons)).toEqual({
      href: '/lessons/why-abilities-emerge/?reasoning-chain.p=0.9&reasoning-chain.n=30#reasoning-chain',
      title: 'Reasoning chain',
      settings: 'Per-step success p 0.9, Steps n 30',
    });
  });

  it('can point at the copy of a widget in another lesson', () => {
    const link = widgetLink({ name: 'benchmark-explorer', lesson: 'mirage-or-real', preset: { family: 'Pythia' } }, lessons);
    expect(link.href).toBe('/lessons/mirage-or-real/?benchmark-explorer.family=Pythia#benchmark-explorer');
  });

  it('names an unknown widget', () => {
    expect(() => widgetLink({ name: 'reasoning-chains', preset: { p: 0.9 } }, lessons)).toThrow(/^widget\.name: no widget "reasoning-chains" \(widgets: .*reasoning-chain/);
  });

  it('names an unknown setting and lists the real ones', () => {
    expect(() => widgetLink({ name: 'reasoning-chain', preset: { steps: 30 } }, lessons)).toThrow(
      'widget.preset: widget "reasoning-chain" has no setting "steps" (settings: p, n, mode, k)',
    );
  });

  it('refuses a value the widget would clamp or reject', () => {
    expect(() => widgetLink({ name: 'reasoning-chain', preset: { n: 500 } }, lessons)).toThrow(/^widget\.preset: /);
    expect(() => widgetLink({ name: 'reasoning-chain', preset: { mode: 'most' } }, lessons)).toThrow(/is not an option/);
  });

  it('refuses a lesson that is not in the site', () => {
    expect(() => widgetLink({ name: 'reasoning-chain', lesson: 'lesson-nine', preset: { n: 3 } }, lessons)).toThrow(
      'widget.lesson: no lesson "lesson-nine" in the site to show widget "reasoning-chain"',
    );
  });

  it('writes the URL state the widget itself reads back', () => {
    const link = widgetLink({ name: 'metric-lens', preset: { metric: 'edit_distance', length: 30 } }, lessons);
    const search = new URL(link.href, 'https://x.example').searchParams;
    expect(parseState(spec.params, readState(search, 'metric-lens'))).toEqual({ state: { metric: 'edit_distance', length: 30, scale: 9 }, notes: [] });
  });

  it('checks, given the lessons’ sources, that the lesson places the widget with that id', () => {
    const sources = { 'mirage-or-real': '<MetricLens\n  metric="exact_match"\n  caption="…"\n/>', 'what-is-emergence': '<MetricLens id="lens-two" caption="…" />' };
    const slugs = Object.keys(sources);
    expect(widgetLink({ name: 'metric-lens', preset: { length: 10 } }, slugs, '/', sources).href).toBe('/lessons/mirage-or-real/?metric-lens.length=10#metric-lens');
    expect(widgetLink({ name: 'metric-lens', lesson: 'what-is-emergence', id: 'lens-two', preset: { length: 10 } }, slugs, '/', sources).href).toBe(
      '/lessons/what-is-emergence/?lens-two.length=10#lens-two',
    );
    expect(() => widgetLink({ name: 'metric-lens', lesson: 'what-is-emergence', preset: { length: 10 } }, slugs, '/', sources)).toThrow(
      'widget.lesson: lesson "what-is-emergence" does not show widget "metric-lens": name the lesson that does',
    );
  });
});
