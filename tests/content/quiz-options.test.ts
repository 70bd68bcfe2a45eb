import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizSchema } from '@/schemas/quiz';

/**
 * A learner who always picks the longest option should not do well: across the course, in
 * single-choice and predict questions, the right option may be strictly the longest (by the
 * characters of its text as written) in at most a third of them.
 */
const MAX_SHARE = 1 / 3;

const files = readdirSync('content/quizzes').filter((file) => file.endsWith('.yaml')).sort();

interface Tally {
  counted: number;
  offending: string[];
  /** How many questions have their right option at each length rank (1 = longest, ties counting for the right option). */
  ranks: Map<number, number>;
}

function tally(): Tally {
  const result: Tally = { counted: 0, offending: [], ranks: new Map() };
  for (const file of files) {
    const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8')));
    quiz.questions.forEach((question, index) => {
      if (question.type !== 'single' && question.type !== 'predict') return;
      result.counted += 1;
      const right = question.options.find((option) => option.correct)!;
      const longestWrong = Math.max(...question.options.filter((option) => !option.correct).map((option) => option.text.length));
      if (right.text.length > longestWrong) result.offending.push(`content/quizzes/${file}: question ${index + 1}`);
      const rank = 1 + question.options.filter((option) => !option.correct && option.text.length > right.text.length).length;
      result.ranks.set(rank, (result.ranks.get(rank) ?? 0) + 1);
    });
  }
  return result;
}

describe('quiz options', () => {
  it('finds single-choice and predict questions to count', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(tally().counted).toBeGreaterThan(0);
  });

  it('do not give the answer away by length: the right option is the longest in at most a third of single and predict questions', () => {
    const { counted, offending } = tally();
    const allowed = Math.floor(counted * MAX_SHARE);
    const message =
      `the right option is strictly the longest in ${offending.length} of ${counted} single-choice and predict questions ` +
      `(at most ${allowed} allowed); lengthen the distractors or tighten the answer in:\n  ${offending.join('\n  ')}`;
    expect(offending.length <= allowed, message).toBe(true);
  });

  it('do not give it away by a fixed place either: no one length rank (longest, second longest, …) holds the right option in more than half of them', () => {
    const { counted, ranks } = tally();
    const [rank, count] = [...ranks.entries()].sort((a, b) => b[1] - a[1])[0]!;
    expect(count <= counted / 2, `the right option has length rank ${rank} in ${count} of ${counted} questions; vary which option is longest`).toBe(true);
  });
});
