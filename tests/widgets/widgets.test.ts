import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import type { Param, Params } from '@/widgets/kit/params';
import { defaultState } from '@/widgets/kit/params';
import type { WidgetSpec } from '@/widgets/kit/widget-spec';

const modules = import.meta.glob<{ spec: WidgetSpec<Params> }>('../../src/widgets/*/spec.ts', { eager: true });
const specs = Object.values(modules).map((module) => module.spec);

/** Any value a control can hold, edges included. */
function arbitraryValue(param: Param): fc.Arbitrary<number | string | boolean> {
  if (param.kind === 'number') {
    const steps = Math.round((param.max - param.min) / param.step);
    return fc.integer({ min: 0, max: steps }).map((i) => Number((param.min + i * param.step).toFixed(10)));
  }
  if (param.kind === 'choice') return fc.constantFrom(...param.options.map((option) => option.value));
  return fc.boolean();
}

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('every widget spec', () => {
  it('is found', () => {
    expect(specs.length).toBeGreaterThanOrEqual(7);
  });

  for (const spec of specs) {
    it(`${spec.name}: its defaults sit inside its own ranges and options`, () => {
      for (const [key, param] of Object.entries(spec.params)) {
        if (param.kind === 'number') {
          expect(param.default, key).toBeGreaterThanOrEqual(param.min);
          expect(param.default, key).toBeLessThanOrEqual(param.max);
        }
        if (param.kind === 'choice') expect(param.options.map((option) => option.value), key).toContain(param.default);
      }
    });

    it(`${spec.name}: describes and draws every reachable state without NaN, Infinity or undefined`, () => {
      const state = fc.record(Object.fromEntries(Object.entries(spec.params).map(([key, param]) => [key, arbitraryValue(param)])));
      fc.assert(
        fc.property(state, (values) => {
          const merged = { ...defaultState(spec.params), ...values };
          const text = spec.describe(merged);
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
          const markup = spec.draw(merged, document()).outerHTML;
          expect(markup).toContain('<svg');
          expect(markup).not.toMatch(/NaN|Infinity|undefined/);
        }),
        { numRuns: 25 },
      );
    });
  }
});
