import { describe, expect, it } from 'vitest';
import { every } from '@/widgets/kit/every';

describe('every', () => {
  it('opens on the first call, then once per interval', () => {
    const due = every(250);
    expect([0, 100, 249, 250, 300, 499, 500].map(due)).toEqual([true, false, false, true, false, false, true]);
  });

  it('measures the interval from the last time it opened, not from the last call', () => {
    const due = every(100);
    expect([0, 90, 180, 200].map(due)).toEqual([true, false, true, false]);
  });
});
