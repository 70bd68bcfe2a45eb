import { describe, expect, it } from 'vitest';
import { formatValue, inspect, MAX_TABLE_ROWS, PlotRecord, toChartSpec } from '@/notebook';

describe('formatValue', () => {
  it('shows numbers to six significant digits, integers whole, powers of ten as the quiz writes them', () => {
    const shown = (x: number) => formatValue(x);
    expect(shown(0.1 + 0.2)).toEqual({ kind: 'number', text: '0.3' });
    expect(shown(1 / 3)).toEqual({ kind: 'number', text: '0.333333' });
    expect(shown(6.02e23)).toEqual({ kind: 'number', text: '6.02 × 10²³' });
    expect(shown(42)).toEqual({ kind: 'number', text: '42' });
    expect(shown(Number.NaN)).toEqual({ kind: 'number', text: 'NaN' });
  });

  it('shows nothing for undefined and strings as they are', () => {
    expect(formatValue(undefined)).toBeUndefined();
    expect(formatValue('a\nb')).toEqual({ kind: 'text', text: 'a\nb' });
  });

  it('makes a table of an array of objects, columns from their keys, rows capped', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ i, name: `row ${i}`, nested: { a: i } }));
    const output = formatValue(rows);
    expect(output?.kind).toBe('table');
    if (output?.kind !== 'table') return;
    expect(output.columns).toEqual(['i', 'name', 'nested']);
    expect(output.rows).toHaveLength(MAX_TABLE_ROWS);
    expect(output.rows[1]).toEqual(['1', 'row 1', '{ a: 1 }']);
    expect(output.total).toBe(60);
  });

  it('shows other values as readable text, safe with cycles and huge arrays', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(formatValue(cycle)).toEqual({ kind: 'text', text: '{ a: 1, self: [circular] }' });
    expect(inspect([1, 'two', null, undefined, new Map([[1, 2]])])).toBe('[1, "two", null, undefined, Map(1) {1 => 2}]');
    expect(inspect(new Float64Array([0.5, 1]))).toBe('Float64Array(2) [0.5, 1]');
    expect(inspect(Array.from({ length: 150 }, () => 0))).toMatch(/, … 50 more\]$/);
  });
});

describe('toChartSpec', () => {
  it('evaluates channel functions over the mark’s data and wraps a lone mark in a figure', () => {
    const mark = new PlotRecord('dot', [[{ x: 1 }, { x: 2 }], { x: 'x', y: (d: { x: number }) => d.x ** 2 }]);
    expect(toChartSpec(mark)).toEqual({
      figure: { plot: 'plot', args: [{ marks: [{ plot: 'dot', args: [[{ x: 1 }, { x: 2 }], { x: 'x', y: [1, 4] }] }] }] },
      notes: [],
    });
  });

  it('leaves out functions that are not channels, and says so', () => {
    const figure = new PlotRecord('plot', [{ x: { tickFormat: (d: number) => `${d}` }, marks: [new PlotRecord('ruleY', [[0]])] }]);
    const spec = toChartSpec(figure);
    expect(spec.figure.args[0]).toEqual({ x: { tickFormat: undefined }, marks: [{ plot: 'ruleY', args: [[0]] }] });
    expect(spec.notes).toEqual(['a function given to Plot.plot was left out: charts take functions only as channels of a mark with data']);
  });

  it('refuses marks with more points than a cell may draw', () => {
    expect(() => toChartSpec(new PlotRecord('line', [new Array(20_001).fill(0)]))).toThrow('at most 20000');
  });
});
