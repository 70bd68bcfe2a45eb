import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composite, compositionalCapability } from '@/sim/composition';

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

  it('prints exactly what the code of seed 001 prints over 10^9–10^11', () => {
    // The Python of seed 001: scales = np.linspace(8, 12, 50), printed where 9 ≤ s ≤ 11 as
    // f"Scale: 10^{scale:.1f} | Sub: {sub:.3f} | Composite: {comp:.3f}"; output of that code.
    const printed = [
      '9.1 0.738 0.219', '9.1 0.739 0.221', '9.2 0.740 0.222', '9.3 0.741 0.224', '9.4 0.742 0.225',
      '9.5 0.743 0.227', '9.6 0.744 0.229', '9.6 0.745 0.230', '9.7 0.746 0.232', '9.8 0.747 0.233',
      '9.9 0.748 0.235', '10.0 0.749 0.236', '10.0 0.751 0.238', '10.1 0.752 0.240', '10.2 0.753 0.241',
      '10.3 0.754 0.243', '10.4 0.755 0.245', '10.4 0.756 0.246', '10.5 0.757 0.248', '10.6 0.758 0.250',
      '10.7 0.759 0.251', '10.8 0.760 0.253', '10.9 0.761 0.255', '10.9 0.762 0.256',
    ];
    const ours = Array.from({ length: 50 }, (_, i) => 8 + i * (4 / 49))
      .filter((s) => s >= 9 && s <= 11)
      .map((s) => {
        const { scale, subSkill, composite: both } = compositionalCapability(s, { coefficient: 0.1, base: 0.5, n: 5, midpoint: 10 });
        return `${scale.toFixed(1)} ${subSkill.toFixed(3)} ${both.toFixed(3)}`;
      });
    expect(ours).toEqual(printed);
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

describe('composite', () => {
  it('multiplies independent sub-skills, each between its floor and ceiling', () => {
    const { skills, composite: product } = composite([{ midpoint: 10 }, { midpoint: 10, floor: 0.5 }, { midpoint: 10, floor: 0.2, ceiling: 0.8 }], 10);
    expect(skills).toEqual([0.5, 0.75, 0.5]);
    expect(product).toBe(0.1875);
  });

  it('gives each sub-skill its own midpoint, slope, floor and ceiling', () => {
    const skill = { midpoint: 9, slope: 3, floor: 0.25, ceiling: 0.9 };
    const [level] = composite([skill], 9.5).skills;
    expect(level).toBeCloseTo(0.25 + 0.65 / (1 + Math.exp(-1.5)), 14);
    expect(composite([skill], 20).skills[0]).toBeCloseTo(0.9, 12);
    expect(composite([skill], -20).skills[0]).toBeCloseTo(0.25, 12);
  });

  it('is 1 with no sub-skills needed', () => {
    expect(composite([], 3).composite).toBe(1);
  });

  it('rises later than its latest sub-skill', () => {
    const skills = [{ midpoint: 9 }, { midpoint: 10 }, { midpoint: 11 }];
    expect(composite(skills, 11).composite).toBeLessThan(0.5);
  });

  it('never exceeds its weakest sub-skill, and stays in [0, 1]', () => {
    const skill = fc.record({
      midpoint: fc.double({ min: -20, max: 20, noNaN: true }),
      slope: fc.double({ min: 0.01, max: 50, noNaN: true }),
      floor: fc.double({ min: 0, max: 1, noNaN: true }),
      ceiling: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(skill, { maxLength: 6 }), fc.double({ min: -30, max: 30, noNaN: true }), (skills, scale) => {
      const at = composite(skills, scale);
      return at.composite >= 0 && at.composite <= 1 && at.skills.every((level) => level >= 0 && level <= 1 && at.composite <= level + 1e-15);
    }));
  });

  it('rejects a ceiling outside [0, 1], naming the sub-skill', () => {
    expect(() => composite([{ midpoint: 9 }, { midpoint: 10, ceiling: 1.5 }], 10)).toThrow('invalid subSkills[1].ceiling: 1.5 (expected 0 ≤ subSkills[1].ceiling ≤ 1)');
    expect(() => composite([{ midpoint: 9, slope: 0 }], 10)).toThrow('invalid subSkills[0].slope: 0');
  });
});
