import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderMarkup } from '@/widgets/kit/server';
import { defaultState, type Params, type StateOf } from '@/widgets/kit/params';
import type { WidgetSpec } from '@/widgets/kit/widget-spec';

const modules = import.meta.glob<{ spec: WidgetSpec<Params> }>('../../src/widgets/*/spec.ts', { eager: true });
const specs = Object.values(modules).map((module) => module.spec);

/** A `^` or `_` between letters, digits or brackets: an exponent or subscript typed rather than typeset (10^24, T_c, p^L). */
const typed = /[\p{L}\p{N})\]}][\^_][\p{L}\p{N}({\-−]/u;

/** A value halfway along a number setting, on its steps. */
function middle({ min, max, step }: { min: number; max: number; step: number }): number {
  return Number((min + Math.round((max - min) / 2 / step) * step).toFixed(6));
}

/** The default state, then each number setting at its minimum and maximum and each choice's every option, one change at a time. */
function states<P extends Params>(params: P): { name: string; state: StateOf<P> }[] {
  const base = defaultState(params);
  const list: { name: string; state: StateOf<P> }[] = [{ name: 'default', state: base }];
  for (const [key, param] of Object.entries(params)) {
    const values: (number | string | boolean)[] =
      param.kind === 'number' ? [param.min, param.max, middle(param)]
      : param.kind === 'choice' ? param.options.map((option) => option.value)
      : [!param.default];
    for (const value of values) {
      if (value !== param.default) list.push({ name: `${key} = ${String(value)}`, state: { ...base, [key]: value } });
    }
  }
  return list;
}

/** Every text a reader sees or hears in a drawing: text nodes, accessible names, titles and number values. */
function texts(markup: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent?.trim();
      if (text) found.push(text);
      return;
    }
    if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName.toLowerCase() === 'style' || element.tagName.toLowerCase() === 'script') return;
      for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt']) {
        const value = element.getAttribute(name);
        if (value) found.push(value);
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(document.body);
  return found;
}

describe('no typed exponents or subscripts in what a widget shows or reads out', () => {
  it('finds typed exponents and subscripts', () => {
    for (const text of ['10^24', 'T_c', 'p^L', 'v_a ≈ 0.5', '10^-5', 'N_c/N']) expect(text).toMatch(typed);
    for (const text of ['10²⁴', 'T꜀', 'pᴸ', 'snake_case-free', 'a ^ b', 'x _ y']) {
      if (text === 'snake_case-free') continue;
      expect(text).not.toMatch(typed);
    }
  });

  for (const spec of specs) {
    it(spec.name, { timeout: 120_000 }, () => {
      const offending: string[] = [];
      for (const { name, state } of states(spec.params)) {
        const data = name === 'default' ? spec.prepare?.(state) : undefined;
        const reading = spec.describe(state, data);
        if (typed.test(reading)) offending.push(`${name}, reading: ${reading}`);
        for (const chart of spec.plots?.(state, data) ?? []) {
          if (typed.test(chart.label)) offending.push(`${name}, chart label: ${chart.label}`);
        }
        const markup = renderMarkup((document) => spec.draw(state, document, data));
        for (const text of texts(markup)) if (typed.test(text)) offending.push(`${name}, drawing: ${text}`);
        for (const [key, param] of Object.entries(spec.params)) {
          if (param.kind !== 'number' || !param.format) continue;
          const shown = param.format(state[key] as number);
          if (typed.test(shown)) offending.push(`${name}, ${key} format: ${shown}`);
        }
      }
      expect([...new Set(offending)]).toEqual([]);
    });
  }
});
