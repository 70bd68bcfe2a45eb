import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNumber } from '@/widgets/kit/clamp';

const bounds = { min: 7, max: 12, step: 0.05 };

describe('readNumber', () => {
  it('passes an in-range value through, snapped to the step, with no note', () => {
    expect(readNumber('9.5', bounds, 9)).toEqual({ value: 9.5 });
    expect(readNumber('9.52', bounds, 9)).toEqual({ value: 9.5 });
  });

  it('clamps a value above the maximum and says so', () => {
    expect(readNumber('15', bounds, 9, (x) => `10^${x}`)).toEqual({ value: 12, note: '10^15 is above the maximum; using 10^12.' });
  });

  it('clamps a value below the minimum and says so', () => {
    expect(readNumber('-3', bounds, 9)).toEqual({ value: 7, note: '-3 is below the minimum; using 7.' });
  });

  it('keeps the fallback for text that is not a number', () => {
    for (const raw of ['abc', '', '  ', 'NaN', 'Infinity', '1e999']) {
      const reading = readNumber(raw, bounds, 9);
      expect(reading.value).toBe(9);
      expect(reading.note).toMatch(/is not a number; kept 9\./);
    }
  });

  it('never returns a value outside the bounds or off the step grid, whatever is typed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String)), (raw) => {
        const { value } = readNumber(raw, bounds, 9);
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(bounds.min);
        expect(value).toBeLessThanOrEqual(bounds.max);
        const steps = (value - bounds.min) / bounds.step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
      }),
    );
  });
});
