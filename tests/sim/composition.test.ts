import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeSkills, compositionalCapability } from '../../src/sim/composition';

// The first and last of 50 evenly spaced scales from 8 to 12 that fall within 9 ≤ s ≤ 11.
const firstPrinted = 8 + (4 * 13) / 49;
const lastPrinted = 8 + (4 * 36) / 49;

describe('compositionalCapability', () => {
  it('is halfway up from the base at the midpoint, and composite is subSkill^n', () => {
    const point = compositionalCapability(10);
    expect(point).toEqual({ scale: 10, subSkill: 0.75, composite: Math.pow(0.75, 5) });
  });

  it('with its defaults (coefficient 0.1) rises only 0.738 → 0.762 per sub-skill, 0.219 → 0.256 composite', () => {
    const a = compositionalCapability(firstPrinted);
    const b = compositionalCapability(lastPrinted);
    expect(a.subSkill).toBeCloseTo(0.738, 3);
    expect(b.subSkill).toBeCloseTo(0.762, 3);
    expect(a.composite).toBeCloseTo(0.219, 3);
    expect(b.composite).toBeCloseTo(0.256, 3);
  });

  it('needs coefficient 1 to give the 0.64 → 0.86 and 0.11 → 0.47 often quoted for it', () => {
    const a = compositionalCapability(firstPrinted, { coefficient: 1 });
    const b = compositionalCapability(lastPrinted, { coefficient: 1 });
    expect(a.subSkill).toBeCloseTo(0.641, 3);
    expect(b.subSkill).toBeCloseTo(0.859, 3);
    expect(a.composite).toBeCloseTo(0.108, 3);
    expect(b.composite).toBeCloseTo(0.469, 3);
  });

  it('the composite never exceeds a sub-skill and never returns NaN', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: -100, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 50 }),
      (scale, coefficient, base, n) => {
        const { subSkill, composite } = compositionalCapability(scale, { coefficient, base, n });
        return subSkill >= base - 1e-12 && subSkill <= 1 && composite <= subSkill + 1e-15 && composite >= 0;
      }));
  });

  it('rejects a base outside [0, 1]', () => {
    expect(() => compositionalCapability(10, { base: 2 })).toThrow('invalid base: 2');
  });
});

describe('composeSkills', () => {
  it('multiplies independent skills', () => {
    const { skills, composite } = composeSkills(10, [{ midpoint: 10 }, { midpoint: 10, floor: 0.5 }]);
    expect(skills).toEqual([0.5, 0.75]);
    expect(composite).toBe(0.375);
  });

  it('is 1 with no skills needed', () => {
    expect(composeSkills(3, []).composite).toBe(1);
  });

  it('rises later than its latest skill', () => {
    const skills = [{ midpoint: 9 }, { midpoint: 10 }, { midpoint: 11 }];
    expect(composeSkills(11, skills).composite).toBeLessThan(0.5);
  });
});
