import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { letter, scoreMultiple } from '@/quiz';
import { plain } from '@/quiz/inline';
import { computeValues } from '@/quiz/values';
import { quizSchema, type Quiz } from '@/schemas/quiz';

/**
 * A learner who always picks the longest option should not do well: across the course, in
 * single-choice and predict questions, the right option may be strictly the longest (by the
 * characters of its text as the learner reads it: computed values filled in, markup left out) in
 * at most a third of them; and in multiple-select questions, every right option may be longer than
 * every wrong one in at most a third of them, and ticking the longest options may beat ticking
 * at random by little.
 */
const MAX_SHARE = 1 / 3;

/** Most that ticking the longest options may earn over ticking as many at random, in points per multiple-select question. */
const MAX_LONGEST_GAIN = 0.15;

const files = readdirSync('content/quizzes').filter((file) => file.endsWith('.yaml')).sort();

interface Tally {
  counted: number;
  offending: string[];
  /** How many questions have their right option at each length rank (1 = longest, ties counting for the right option). */
  ranks: Map<number, number>;
}

const quizzes: { file: string; quiz: Quiz; length: (text: string) => number }[] = files.map((file) => {
  const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${file}`, 'utf8')));
  const values = computeValues(quiz.values ?? {});
  return { file, quiz, length: (text: string) => plain(text, values).length };
});

function tally(): Tally {
  const result: Tally = { counted: 0, offending: [], ranks: new Map() };
  for (const { file, quiz, length } of quizzes) {
    quiz.questions.forEach((question, index) => {
      if (question.type !== 'single' && question.type !== 'predict') return;
      result.counted += 1;
      const right = length(question.options.find((option) => option.correct)!.text);
      const wrong = question.options.filter((option) => !option.correct).map((option) => length(option.text));
      if (right > Math.max(...wrong)) result.offending.push(`content/quizzes/${file}: question ${index + 1}`);
      const rank = 1 + wrong.filter((other) => other > right).length;
      result.ranks.set(rank, (result.ranks.get(rank) ?? 0) + 1);
    });
  }
  return result;
}

/** Every way to pick `k` of `items`. */
const choose = <T>(items: readonly T[], k: number): T[][] =>
  k === 0 ? [[]] : items.flatMap((item, index) => choose(items.slice(index + 1), k - 1).map((rest) => [item, ...rest]));

/** Multiple-select questions: where every right option is the longer, and what ticking the longest earns against ticking at random. */
function multipleSelect() {
  const result = { counted: 0, offending: [] as string[], longest: 0, random: 0 };
  for (const { file, quiz, length } of quizzes) {
    quiz.questions.forEach((question, index) => {
      if (question.type !== 'multiple') return;
      result.counted += 1;
      const options = question.options.map((option, i) => ({ id: letter(i), length: length(option.text), correct: option.correct }));
      const right = options.filter((option) => option.correct);
      const wrong = options.filter((option) => !option.correct);
      if (Math.min(...right.map((option) => option.length)) > Math.max(...wrong.map((option) => option.length))) {
        result.offending.push(`content/quizzes/${file}: question ${index + 1}`);
      }
      const correct = right.map((option) => option.id);
      const longest = [...options].sort((a, b) => b.length - a.length || a.id.localeCompare(b.id)).slice(0, correct.length);
      result.longest += scoreMultiple(correct, longest.map((option) => option.id)).score;
      const picks = choose(options.map((option) => option.id), correct.length);
      result.random += picks.reduce((sum, pick) => sum + scoreMultiple(correct, pick).score, 0) / picks.length;
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

  it('do not give the answers of a multiple-select question away by length: every right option is the longer in at most a third of them', () => {
    const { counted, offending } = multipleSelect();
    expect(counted).toBeGreaterThan(0);
    const allowed = Math.floor(counted * MAX_SHARE);
    expect(offending.length <= allowed, `every right option is longer than every wrong one in ${offending.length} of ${counted} multiple-select questions (at most ${allowed} allowed):\n  ${offending.join('\n  ')}`).toBe(true);
  });

  it('do not reward ticking the longest options: on average it beats ticking as many at random by little', () => {
    const { counted, longest, random } = multipleSelect();
    const gain = (longest - random) / counted;
    expect(gain <= MAX_LONGEST_GAIN, `ticking the longest options earns ${gain.toFixed(2)} of a point more per question than ticking at random (at most ${MAX_LONGEST_GAIN})`).toBe(true);
  });
});
