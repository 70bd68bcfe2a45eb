import { expect, test } from 'vitest';
import { inCourseOrder } from '@/class/dashboard-page';
import { countTicks } from '@/class/score-chart';

const legend = {
  'what-is-emergence': { title: 'What is emergence?', questions: [] },
  'phase-transitions': { title: 'Phase transitions', questions: [] },
  'scaling-laws': { title: 'Scaling laws', questions: [] },
};

test('the dashboard lists lessons in course order, not alphabetically, and lessons the course lost last', () => {
  expect(inCourseOrder(legend, ['scaling-laws', 'what-is-emergence', 'gone-lesson', 'phase-transitions', 'scaling-laws'])).toEqual([
    'what-is-emergence', 'phase-transitions', 'scaling-laws', 'gone-lesson',
  ]);
});

test('a count axis is labelled with whole numbers only', () => {
  expect(countTicks(0)).toEqual([0, 1]);
  expect(countTicks(2)).toEqual([0, 1, 2]);
  expect(countTicks(7)).toEqual([0, 2, 4, 6]);
  for (let largest = 0; largest <= 200; largest++) {
    const ticks = countTicks(largest);
    expect(ticks.every(Number.isInteger)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.at(-1)!).toBeLessThanOrEqual(Math.max(1, largest));
  }
});
