import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultState, parseState, readState, writeState, type Params } from '@/widgets/kit/params';

const params = {
  p: { kind: 'number', label: 'Per-step success', min: 0, max: 1, step: 0.01, default: 0.9 },
  n: { kind: 'number', label: 'Steps', min: 1, max: 50, step: 1, default: 10 },
  metric: {
    kind: 'choice', label: 'Metric', default: 'exact_match',
    options: [{ value: 'exact_match', label: 'Exact match' }, { value: 'edit_distance', label: 'Edit distance' }],
  },
  chance: { kind: 'toggle', label: 'Show chance', default: true },
} satisfies Params;

describe('parseState', () => {
  it('starts from the defaults', () => {
    expect(defaultState(params)).toEqual({ p: 0.9, n: 10, metric: 'exact_match', chance: true });
  });

  it('reads numbers, choices and toggles from text', () => {
    const { state, notes } = parseState(params, { p: '0.95', n: '12', metric: 'edit_distance', chance: 'false' });
    expect(state).toEqual({ p: 0.95, n: 12, metric: 'edit_distance', chance: false });
    expect(notes).toEqual([]);
  });

  it('clamps numbers and rejects unknown options and malformed toggles, saying why', () => {
    const { state, notes } = parseState(params, { p: '1.5', n: 'ten', metric: '<script>alert(1)</script>', chance: 'yes' });
    expect(state).toEqual({ p: 1, n: 10, metric: 'exact_match', chance: true });
    expect(notes).toEqual([
      'Per-step success: 1.5 is above the maximum; using 1.',
      'Steps: “ten” is not a number; kept 10.',
      'Metric: “<script>alert(1)</script>” is not an option; kept exact_match.',
      'Show chance: “yes” is not on or off; kept on.',
    ]);
  });

  it('never produces a value outside a setting’s range, whatever the text', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('p', 'n', 'metric', 'chance'), fc.string()), (raw) => {
        const { state } = parseState(params, raw);
        expect(state.p).toBeGreaterThanOrEqual(0);
        expect(state.p).toBeLessThanOrEqual(1);
        expect(Number.isInteger(state.n)).toBe(true);
        expect(['exact_match', 'edit_distance']).toContain(state.metric);
        expect(typeof state.chance).toBe('boolean');
      }),
    );
  });
});

describe('URL state', () => {
  it('round-trips a state through the query string, keyed by the widget id', () => {
    const state = { p: 0.8, n: 20, metric: 'edit_distance', chance: false };
    const search = writeState(params, state, 'chain', new URLSearchParams('other=1'));
    expect(search.toString()).toBe('other=1&chain.p=0.8&chain.n=20&chain.metric=edit_distance&chain.chance=false');
    expect(parseState(params, readState(new URLSearchParams(search.toString()), 'chain')).state).toEqual(state);
  });

  it('leaves default settings out of the link and ignores other widgets’ keys', () => {
    const search = writeState(params, { ...defaultState(params), n: 3 }, 'chain', new URLSearchParams());
    expect(search.toString()).toBe('chain.n=3');
    expect(readState(new URLSearchParams('lens.n=7&chain.n=3'), 'chain')).toEqual({ n: '3' });
  });
});
