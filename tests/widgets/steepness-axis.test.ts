import { describe, expect, it } from 'vitest';
import type * as Plot from '@observablehq/plot';
import { chainSuccess, chainSuccessRise, exactMatchRise } from '@/sim';
import { family } from '@/widgets/kit/family';
import { formatCount, formatFixed } from '@/widgets/kit/format';
import { references, sizeAt, sizeDomain, spec, successAtSize } from '@/widgets/steepness-axis/spec';

type State = { length: number; alpha: number };
type Mark = { ariaLabel: string; data: unknown[] };

const reading = (state: State) => spec.describe(state);
const charts = (state: State) => spec.plots!(state);
const marks = (options: Plot.PlotOptions, kind: string) => (options.marks as unknown as Mark[]).filter((mark) => mark.ariaLabel === kind);

/** The numbers the reading gives: the span in p, the midpoint in words and the width in decades. */
function read(state: State) {
  const text = reading(state);
  const p = /rises from 10% to 90% across ([\d.]+) in p/.exec(text)?.[1];
  const midpoint = /the midpoint is at (.+?) parameters/.exec(text)?.[1];
  const decades = /the rise takes ([\d.]+) decades whatever L is/.exec(text)?.[1];
  const shift = /a tenfold longer answer moves it ([\d.]+) decades/.exec(text)?.[1];
  expect([p, midpoint, decades, shift], text).not.toContain(undefined);
  return { p: Number(p), midpoint, decades: Number(decades), shift: Number(shift) };
}

/** The 10%–90% band of each chart: [from, to]. */
function bands(state: State): [number, number][] {
  return charts(state).map(({ options }) => {
    const [rect] = marks(options, 'rect');
    const [band] = rect!.data as { from: number; to: number }[];
    return [band!.from, band!.to];
  });
}

const defaults: State = { length: 10, alpha: family.alpha };

describe('steepness-axis: the reading', () => {
  it('gives the numbers of src/sim for the default state', () => {
    const text = reading(defaults);
    const onN = exactMatchRise(10, family);
    expect(text).toContain(`across ${formatFixed(chainSuccessRise(10).width, 3)} in p`);
    expect(text).toContain(`the midpoint is at ${formatCount(onN.midpoint)} parameters`);
    expect(text).toContain(`the rise takes ${formatFixed(onN.width)} decades whatever L is`);
    expect(text).toContain(`moves it ${formatFixed(1 / family.alpha)} decades (1/α)`);
  });

  it('moving L narrows the rise against p and moves the midpoint against size, not the width', () => {
    const lengths = [1, 3, 10, 30, 50];
    const readings = lengths.map((length) => read({ ...defaults, length }));
    readings.slice(1).forEach((r, i) => {
      expect(r.p).toBeLessThan(readings[i]!.p);
      expect(r.decades).toBe(readings[0]!.decades);
      expect(r.midpoint).not.toBe(readings[i]!.midpoint);
      expect(r.shift).toBe(readings[0]!.shift);
    });
  });

  it('moving α changes the width against size as 1/α, and not the rise against p', () => {
    const low = read({ ...defaults, alpha: 0.3 });
    const high = read({ ...defaults, alpha: 0.9 });
    expect(low.p).toBe(high.p);
    expect(low.decades / high.decades).toBeCloseTo(3, 2);
    expect(low.shift).toBeCloseTo(1 / 0.3, 2);
    expect(high.shift).toBeCloseTo(1 / 0.9, 2);
  });
});

describe('steepness-axis: the charts', () => {
  it('mark the 10%–90% rise: its span in p narrows with L, its decades of size do not change', () => {
    const spans = [1, 10, 30, 50].map((length) => bands({ ...defaults, length }));
    for (const [i, [[pFrom, pTo], [nFrom, nTo]]] of spans.entries()) {
      const length = [1, 10, 30, 50][i]!;
      expect(pTo - pFrom).toBeCloseTo(chainSuccessRise(length).width, 12);
      expect(chainSuccess(pFrom, length)).toBeCloseTo(0.1, 12);
      expect(chainSuccess(pTo, length)).toBeCloseTo(0.9, 12);
      expect(Math.log10(nTo / nFrom)).toBeCloseTo(exactMatchRise(length, family).width, 12);
      expect(successAtSize(nFrom, length, family.alpha)).toBeCloseTo(0.1, 12);
      expect(successAtSize(nTo, length, family.alpha)).toBeCloseTo(0.9, 12);
      if (i > 0) {
        const [[previousFrom, previousTo], [previousN]] = spans[i - 1]!;
        expect(pTo - pFrom).toBeLessThan(previousTo - previousFrom);
        expect(pFrom).toBeGreaterThan(previousFrom);
        expect(nFrom).toBeGreaterThan(previousN);
      }
    }
  });

  it('the band on the size axis is 1/α wide in units of the default width', () => {
    const width = (alpha: number) => {
      const [, [from, to]] = bands({ ...defaults, alpha });
      return Math.log10(to / from);
    };
    expect(width(0.5) * 0.5).toBeCloseTo(width(1) * 1, 12);
    expect(width(0.3) * 0.3).toBeCloseTo(width(family.alpha) * family.alpha, 12);
  });

  it('draw the references thin and the chosen length thick, on both charts', () => {
    for (const length of [10, 17]) {
      for (const { options } of charts({ ...defaults, length })) {
        const lines = marks(options, 'line');
        expect(lines).toHaveLength(references.includes(length as never) ? references.length : references.length + 1);
        const labels = marks(options, 'text').flatMap((mark) => mark.data as { m: number }[]).map((row) => row.m).sort((a, b) => a - b);
        expect(labels).toEqual([...new Set([...references, length])].sort((a, b) => a - b));
      }
    }
  });

  it('keep every label on its own row and every size inside the fixed axis, for every setting', { timeout: 30_000 }, () => {
    for (const length of [1, 2, 3, 4, 9, 10, 11, 29, 30, 31, 49, 50]) {
      for (const alpha of [0.3, 0.37, 0.5, 0.75, 1]) {
        const [left, right] = charts({ length, alpha });
        for (const { options } of [left!, right!]) {
          const levels = marks(options, 'text').flatMap((mark) => mark.data as { level: number }[]).map((row) => row.level).sort((a, b) => a - b);
          levels.slice(1).forEach((level, i) => expect(level - levels[i]!).toBeGreaterThanOrEqual(0.1 - 1e-9));
          expect(Math.min(...levels)).toBeGreaterThan(0.05);
          expect(Math.max(...levels)).toBeLessThan(0.95);
        }
        const [from, to] = bands({ length, alpha })[1]!;
        expect(from).toBeGreaterThanOrEqual(sizeDomain[0]);
        expect(to).toBeLessThanOrEqual(sizeDomain[1]);
        expect(to).toBeCloseTo(sizeAt(length, 0.9, alpha), 0);
        const sizes = marks(right!.options, 'line').flatMap((line) => (line.data as { x: number }[]).map((point) => point.x));
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(sizeDomain[0] * (1 - 1e-12));
        expect(Math.max(...sizes)).toBeLessThanOrEqual(sizeDomain[1] * (1 + 1e-12));
      }
    }
  });

  it('name each chart with its numbers', () => {
    const [left, right] = charts(defaults);
    expect(left!.label).toContain(formatFixed(chainSuccessRise(10).width, 3));
    expect(right!.label).toContain(`${formatFixed(exactMatchRise(10, family).width)} decades`);
    expect(right!.label).toContain(formatCount(exactMatchRise(10, family).midpoint));
  });
});
