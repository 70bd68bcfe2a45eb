import { describe, expect, it } from 'vitest';
import { masteryOf, masteryRule } from '@/progress/mastery';

const day = 24 * 60 * 60 * 1000;
const at = (ms: number) => new Date(Date.UTC(2025, 0, 1) + ms).toISOString();

describe('masteryOf', () => {
  it('is none before any attempt', () => {
    expect(masteryOf({ attempts: 0, best: 0 })).toBe('none');
  });

  it('is attempted below 70%', () => {
    expect(masteryOf({ attempts: 1, best: 0.69 })).toBe('attempted');
  });

  it('is familiar from 70%, the edge included', () => {
    expect(masteryOf({ attempts: 2, best: 0.7 })).toBe('familiar');
    expect(masteryOf({ attempts: 2, best: 0.99 })).toBe('familiar');
  });

  it('is proficient after a perfect attempt', () => {
    expect(masteryOf({ attempts: 3, best: 1, firstPerfect: at(0), lastPerfect: at(0) })).toBe('proficient');
  });

  it('stays proficient when the second perfect attempt comes the same day', () => {
    expect(masteryOf({ attempts: 4, best: 1, firstPerfect: at(0), lastPerfect: at(day - 1) })).toBe('proficient');
  });

  it('is mastered when a perfect attempt comes at least a day after the first', () => {
    expect(masteryOf({ attempts: 4, best: 1, firstPerfect: at(0), lastPerfect: at(day) })).toBe('mastered');
  });

  it('states a rule for every level a learner can reach', () => {
    expect(masteryRule.map((entry) => entry.level)).toEqual(['attempted', 'familiar', 'proficient', 'mastered']);
  });
});
