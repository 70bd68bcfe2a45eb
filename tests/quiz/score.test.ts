import { describe, expect, it } from 'vitest';
import { derangedOrder, pairsInOrder, scoreAttempt, scoreQuestion, type QuestionKey } from '@/quiz';

const single: QuestionKey = { type: 'single', options: ['a', 'b', 'c'], correct: 'b' };
const multiple: QuestionKey = { type: 'multiple', options: ['a', 'b', 'c', 'd'], correct: ['a', 'c'] };
const numeric: QuestionKey = { type: 'numeric', answer: 0.5, tolerance: { kind: 'absolute', amount: 0.1 } };
const ordering: QuestionKey = { type: 'ordering', order: ['a', 'b', 'c', 'd'] };

describe('single choice and predict-then-check', () => {
  it('scores 1 for the correct option and 0 for another', () => {
    expect(scoreQuestion(single, { type: 'single', choice: 'b' })).toEqual({ score: 1, status: 'correct' });
    expect(scoreQuestion(single, { type: 'single', choice: 'a' })).toEqual({ score: 0, status: 'incorrect' });
  });

  it('scores a predict question the same way', () => {
    const predict: QuestionKey = { ...single, type: 'predict' };
    expect(scoreQuestion(predict, { type: 'predict', choice: 'b' }).score).toBe(1);
  });

  it('calls no choice unanswered', () => {
    expect(scoreQuestion(single, { type: 'single', choice: null })).toEqual({ score: 0, status: 'unanswered' });
  });

  it('refuses an answer of another type', () => {
    expect(() => scoreQuestion(single, { type: 'multiple', chosen: ['b'] })).toThrow('a multiple answer to a single question');
  });
});

describe('multiple select: (right picks − wrong picks) ÷ right options, never below 0', () => {
  const score = (chosen: string[]) => scoreQuestion(multiple, { type: 'multiple', chosen });

  it('gives full credit for exactly the right options', () => {
    expect(score(['c', 'a'])).toEqual({ score: 1, status: 'correct' });
  });

  it('gives half credit for one of two right options', () => {
    expect(score(['a'])).toEqual({ score: 0.5, status: 'partial' });
  });

  it('cancels a right pick with a wrong one', () => {
    expect(score(['a', 'b'])).toEqual({ score: 0, status: 'incorrect' });
    expect(score(['a', 'c', 'd'])).toEqual({ score: 0.5, status: 'partial' });
  });

  it('gives nothing for ticking every option', () => {
    expect(score(['a', 'b', 'c', 'd']).score).toBe(0);
  });

  it('never goes below 0', () => {
    expect(score(['b', 'd'])).toEqual({ score: 0, status: 'incorrect' });
  });

  it('calls no ticks unanswered', () => {
    expect(score([])).toEqual({ score: 0, status: 'unanswered' });
  });
});

describe('numeric', () => {
  const score = (text: string, key: QuestionKey = numeric) => scoreQuestion(key, { type: 'numeric', text });

  it('accepts the answer and both edges of an absolute tolerance', () => {
    expect(score('0.5').status).toBe('correct');
    expect(score('0.4').status).toBe('correct');
    expect(score('0.6').status).toBe('correct');
  });

  it('rejects values just outside the edges', () => {
    expect(score('0.3999').status).toBe('incorrect');
    expect(score('0.6001').status).toBe('incorrect');
  });

  it('applies a relative tolerance to the size of the answer', () => {
    const flops: QuestionKey = { type: 'numeric', answer: 3.15e23, tolerance: { kind: 'relative', amount: 0.05 } };
    expect(score('3.3e23', flops).status).toBe('correct');
    expect(score('2.9925e23', flops).status).toBe('correct');
    expect(score('3.3075e23', flops).status).toBe('correct');
    expect(score('2.99e23', flops).status).toBe('incorrect');
    expect(score('3.31e23', flops).status).toBe('incorrect');
    expect(score('3.3076e23', flops).status).toBe('incorrect');
  });

  it('reads percentages and other spellings', () => {
    expect(score('50%')).toEqual({ score: 1, status: 'correct', value: 0.5 });
    expect(score('0,45').value).toBe(0.45);
  });

  it('tells a box that holds no number from an empty one', () => {
    expect(score('about half')).toEqual({ score: 0, status: 'invalid' });
    expect(score('  ')).toEqual({ score: 0, status: 'unanswered' });
  });

  it('reports the value read, right or wrong', () => {
    expect(score('0.9')).toEqual({ score: 0, status: 'incorrect', value: 0.9 });
  });
});

describe('ordering: the share of pairs in the right relative order', () => {
  const score = (order: string[], answered = true) => scoreQuestion(ordering, { type: 'ordering', order, answered });

  it('gives full credit for the right order', () => {
    expect(score(['a', 'b', 'c', 'd'])).toEqual({ score: 1, status: 'correct' });
  });

  it('loses one pair of six for one neighbouring swap', () => {
    expect(score(['b', 'a', 'c', 'd']).score).toBeCloseTo(5 / 6, 12);
    expect(score(['b', 'a', 'c', 'd']).status).toBe('partial');
  });

  it('gives nothing for the reverse order', () => {
    expect(score(['d', 'c', 'b', 'a'])).toEqual({ score: 0, status: 'incorrect' });
  });

  it('counts an order never moved as unanswered', () => {
    expect(score(['b', 'a', 'c', 'd'], false)).toEqual({ score: 0, status: 'unanswered' });
  });

  it('scores an order the learner confirmed as dealt, with partial credit', () => {
    const dealt = derangedOrder(['a', 'b', 'c', 'd'], 7);
    expect(score(dealt, true).score).toBeCloseTo(pairsInOrder(['a', 'b', 'c', 'd'], dealt), 12);
    expect(score(dealt, true).status).not.toBe('unanswered');
  });

  it('refuses an order of other items', () => {
    expect(() => pairsInOrder(['a', 'b'], ['a', 'x'])).toThrow('the order does not hold the same items');
  });
});

describe('scoreAttempt', () => {
  it('adds one point per question, partial credit included, and leaves unanswered ones at 0', () => {
    const attempt = scoreAttempt(
      [single, multiple, numeric, ordering],
      [
        { type: 'single', choice: 'b' },
        { type: 'multiple', chosen: ['a'] },
        { type: 'numeric', text: '' },
        { type: 'ordering', order: ['a', 'b', 'c', 'd'], answered: true },
      ],
    );
    expect(attempt.points).toBe(2.5);
    expect(attempt.of).toBe(4);
    expect(attempt.fraction).toBe(0.625);
    expect(attempt.results.map((result) => result.status)).toEqual(['correct', 'partial', 'unanswered', 'correct']);
    expect(attempt.complete).toBe(false);
  });

  it('is complete when every question has an answer that can be read, right or wrong', () => {
    const keys = [single, numeric, ordering];
    const attempt = (text: string, answered: boolean) =>
      scoreAttempt(keys, [{ type: 'single', choice: 'a' }, { type: 'numeric', text }, { type: 'ordering', order: ['b', 'a', 'c', 'd'], answered }]);
    expect(attempt('0.9', true).complete).toBe(true);
    expect(attempt('0.9', false).complete).toBe(false);
    expect(attempt('about half', true).complete).toBe(false);
  });
});
