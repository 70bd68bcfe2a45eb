import { describe, expect, it } from 'vitest';
import { percolates, randomGrid, rng } from '@/sim';
import { spanningAt, spanningCurves, type SpanningCurves } from '@/widgets/percolation/curves';
import { sampleLattice } from '@/widgets/percolation/lattice';

const toy: SpanningCurves = { ps: [0, 0.5, 1], curves: [{ size: 8, trials: 10, values: [0, 0.2, 1] }] };

describe('spanningAt', () => {
  it('reads grid points exactly and interpolates linearly between them', () => {
    expect(spanningAt(toy, 8, 0.5)).toBe(0.2);
    expect(spanningAt(toy, 8, 0.25)).toBeCloseTo(0.1, 12);
    expect(spanningAt(toy, 8, 0.75)).toBeCloseTo(0.6, 12);
  });

  it('reads the ends of the grid', () => {
    expect(spanningAt(toy, 8, 0)).toBe(0);
    expect(spanningAt(toy, 8, 1)).toBe(1);
  });

  it('has nothing for a size without a curve', () => {
    expect(spanningAt(toy, 16, 0.5)).toBeUndefined();
  });
});

describe('spanningCurves', () => {
  it('rises monotonically from 0 to 1 for every size, and more steeply for larger lattices', { timeout: 30_000 }, () => {
    const { ps, curves } = spanningCurves();
    for (const { values } of curves) {
      expect(values[0]).toBe(0);
      expect(values[values.length - 1]).toBe(1);
      values.slice(1).forEach((value, i) => expect(value).toBeGreaterThanOrEqual(values[i]!));
    }
    // Width of the rise, from 10% to 90%, narrows as the lattice grows (finite-size scaling).
    const width = (values: number[]) => ps[values.findIndex((v) => v >= 0.9)]! - ps[values.findIndex((v) => v >= 0.1)]!;
    const widths = curves.map((curve) => width(curve.values));
    expect(widths[0]).toBeGreaterThan(widths[widths.length - 1]!);
  });
});

describe('sampleLattice', () => {
  it('marks closed sites 0, open sites 1 and spanning sites 2, agreeing with percolates', () => {
    for (const p of [0.3, 0.59, 0.8]) {
      const sample = sampleLattice(p, 32, 5);
      const grid = randomGrid(p, 32, rng(5));
      expect([...sample.cells].map((cell) => (cell > 0 ? 1 : 0))).toEqual([...grid]);
      expect(sample.spans).toBe(percolates(grid, 32));
      expect(sample.cells.includes(2)).toBe(sample.spans);
      expect(sample.openFraction).toBeCloseTo(grid.reduce((sum, x) => sum + x, 0) / grid.length, 12);
    }
  });

  it('only opens sites as p rises, for one seed', () => {
    const low = sampleLattice(0.5, 32, 9).cells.slice();
    const high = sampleLattice(0.6, 32, 9).cells;
    low.forEach((cell, i) => {
      if (cell > 0) expect(high[i]).toBeGreaterThan(0);
    });
  });
});

describe('the percolation widget', () => {
  it('reads and draws every lattice size with the build-time curves, without NaN', { timeout: 30_000 }, async () => {
    const { parseHTML } = await import('linkedom');
    const { spec } = await import('@/widgets/percolation/spec');
    const data = spec.prepare!({ p: 0.59, size: '64', seed: 1 });
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    for (const size of ['16', '32', '64', '128'] as const) {
      for (const p of [0, 0.2, 0.59, 0.95, 1]) {
        const text = spec.describe({ p, size, seed: 3 }, data);
        expect(text).toMatch(/span with probability ≈ \d\.\d\d/);
        const markup = spec.draw({ p, size, seed: 3 }, document as unknown as Document, data).outerHTML;
        expect(markup).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
});
