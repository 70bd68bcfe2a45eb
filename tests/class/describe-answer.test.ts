import { expect, test } from 'vitest';
import { describeAnswer } from '@/class/describe-answer';
import { scoreBands } from '@/class/score-chart';

const options = { a: 'Smooth', b: 'Sharp', c: 'Flat' };

test('a short answer is told with its options’ text', () => {
  expect(describeAnswer('b', options)).toBe('b) Sharp');
  expect(describeAnswer('a,c', options)).toBe('a) Smooth; c) Flat');
  expect(describeAnswer('c>a>b', options)).toBe('order c → a → b');
  expect(describeAnswer('0.35', options)).toBe('0.35');
});

test('best scores fall in ten bands, 100% in the top one', () => {
  const bands = scoreBands([0, 0.05, 0.5, 0.99, 1]);
  expect(bands.map((band) => band.count)).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 2]);
  expect(bands[9]!.band).toBe('90–100%');
});
