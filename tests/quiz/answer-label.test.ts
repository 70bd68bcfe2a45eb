import { expect, test } from 'vitest';
import { answerLabel } from '@/quiz';

test('each kind of answer has a short form, and no answer is empty', () => {
  expect(answerLabel({ type: 'single', choice: 'b' })).toBe('b');
  expect(answerLabel({ type: 'predict', choice: null })).toBe('');
  expect(answerLabel({ type: 'multiple', chosen: ['c', 'a'] })).toBe('a,c');
  expect(answerLabel({ type: 'numeric', text: ' 0.35 ' })).toBe('0.35');
  expect(answerLabel({ type: 'ordering', order: ['c', 'a', 'b'], answered: true })).toBe('c>a>b');
  expect(answerLabel({ type: 'ordering', order: ['c', 'a', 'b'], answered: false })).toBe('');
});
