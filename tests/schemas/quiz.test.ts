import { describe, expect, it } from 'vitest';
import { quizSchema } from '@/schemas/quiz';
import { describePath, describeContentIssues } from '@/schemas/quiz-errors';
import { evaluate } from '@/schemas/quiz-compute';
import { chainSuccess, trainingFlops, wilsonInterval } from '@/sim';

const explain = 'Why, in a sentence that teaches.';
const choice = (text: string, correct = false) => ({ text, correct, explanation: explain });

const single = { type: 'single', section: 'a-section', prompt: 'Pick one.', options: [choice('right', true), choice('wrong')] };
const multiple = { type: 'multiple', section: 'a-section', prompt: 'Pick some.', options: [choice('yes', true), choice('also', true), choice('no')] };
const numeric = {
  type: 'numeric', section: 'a-section', prompt: 'How likely is a 10-step chain to hold?',
  answer: { compute: 'chainSuccess', args: [0.9, 10] }, tolerance: 0.01, explanation: explain,
};
const ordering = {
  type: 'ordering', section: 'a-section', prompt: 'Smallest first.',
  items: [{ text: 'one', explanation: explain }, { text: 'two', explanation: explain }, { text: 'three', explanation: explain }],
};
const predict = { ...single, type: 'predict', widget: { name: 'reasoning-chain', preset: { n: 30 } } };
const valid = { questions: [single, multiple, numeric, ordering, predict, single] };

/** The messages a build would print for `quiz`, one per line. */
function problems(quiz: unknown): string {
  const result = quizSchema.safeParse(quiz);
  if (result.success) return '';
  return describeContentIssues('content/quizzes/x.yaml', result.error);
}

/** `valid` with question `index` (0-based) replaced. */
const withQuestion = (index: number, question: unknown) => ({ questions: valid.questions.map((q, i) => (i === index ? question : q)) });

describe('quizSchema accepts', () => {
  it('a quiz mixing five types, filling in defaults', () => {
    const quiz = quizSchema.parse(valid);
    expect(quiz.title).toBe('Check your understanding');
    expect(quiz.shuffle).toBe(true);
    expect(quiz.questions[0]).toMatchObject({ hints: [] });
    expect(quiz.questions[1]!.type === 'multiple' && quiz.questions[1]!.options[2]!.correct).toBe(false);
  });

  it('named values, printed with two decimals unless told otherwise', () => {
    const quiz = quizSchema.parse({ ...valid, values: { chain: { compute: 'chainSuccess', args: [0.9, 30] }, share: { compute: 'chainSuccess', args: [0.9, 2], percent: true, digits: 0 } } });
    expect(quiz.values.chain).toEqual({ compute: 'chainSuccess', args: [0.9, 30], digits: 2, percent: false });
    expect(quiz.values.share).toMatchObject({ digits: 0, percent: true });
  });

  it('an absolute tolerance as a number and a relative one as a percentage', () => {
    const absolute = quizSchema.parse(valid).questions[2]!;
    expect(absolute.type === 'numeric' && absolute.tolerance).toEqual({ kind: 'absolute', amount: 0.01 });
    const relative = quizSchema.parse(withQuestion(2, { ...numeric, tolerance: '2%' })).questions[2]!;
    expect(relative.type === 'numeric' && relative.tolerance).toEqual({ kind: 'relative', amount: 0.02 });
  });
});

describe('quizSchema names the file, the question and the rule', () => {
  it('for a single-choice question with two correct options', () => {
    expect(problems(withQuestion(2, { ...single, options: [choice('a', true), choice('b', true), choice('c')] }))).toBe(
      'content/quizzes/x.yaml: question 3: a single-choice question needs exactly one correct option (found 2)',
    );
  });

  it('for a single-choice question with no correct option', () => {
    expect(problems(withQuestion(0, { ...single, options: [choice('a'), choice('b')] }))).toBe(
      'content/quizzes/x.yaml: question 1: a single-choice question needs exactly one correct option (found 0)',
    );
  });

  it('for a predict-then-check question with two correct options', () => {
    expect(problems(withQuestion(4, { ...predict, options: [choice('a', true), choice('b', true)] }))).toBe(
      'content/quizzes/x.yaml: question 5: a predict-then-check question needs exactly one correct option (found 2)',
    );
  });

  it('for a multiple-select question with no correct option', () => {
    expect(problems(withQuestion(1, { ...multiple, options: [choice('a'), choice('b')] }))).toBe(
      'content/quizzes/x.yaml: question 2: a multiple-select question needs at least one correct option (found 0)',
    );
  });

  it('for a question with one option', () => {
    expect(problems(withQuestion(0, { ...single, options: [choice('a', true)] }))).toBe(
      'content/quizzes/x.yaml: question 1: options: a choice question needs at least 2 options',
    );
  });

  it('for an option without an explanation', () => {
    expect(problems(withQuestion(1, { ...multiple, options: [choice('a', true), { text: 'b' }] }))).toBe(
      'content/quizzes/x.yaml: question 2: option 2: explanation: Required',
    );
  });

  it('for the same option twice', () => {
    expect(problems(withQuestion(0, { ...single, options: [choice('a', true), choice('b'), choice('b')] }))).toBe(
      'content/quizzes/x.yaml: question 1: option 3: the same option twice: "b"',
    );
  });

  it('for a misspelt field', () => {
    expect(problems(withQuestion(0, { ...single, options: [choice('a', true), { text: 'b', explaination: explain }] }))).toContain(
      "content/quizzes/x.yaml: question 1: option 2: Unrecognized key(s) in object: 'explaination'",
    );
  });

  it('for an unknown question type', () => {
    expect(problems(withQuestion(3, { ...single, type: 'essay' }))).toBe(
      'content/quizzes/x.yaml: question 4: type: unknown question type "essay" (expected single, multiple, numeric, ordering, predict)',
    );
  });

  it('for a missing section', () => {
    const { section: _, ...unsectioned } = single;
    expect(problems(withQuestion(0, unsectioned))).toBe('content/quizzes/x.yaml: question 1: section: Required');
  });

  it('for a section that is not a heading id', () => {
    expect(problems(withQuestion(0, { ...single, section: 'Two curves' }))).toBe(
      'content/quizzes/x.yaml: question 1: section: use the heading id from the lesson, like "two-curves-one-slider"',
    );
  });

  it('for a typed numeric answer', () => {
    expect(problems(withQuestion(2, { ...numeric, answer: 0.35 }))).toBe(
      'content/quizzes/x.yaml: question 3: answer: numeric answers are computed, not typed: write { compute: <function>, args: [...] } instead of 0.35',
    );
  });

  it('for a function outside the allowed list', () => {
    expect(problems(withQuestion(2, { ...numeric, answer: { compute: 'eval', args: [] } }))).toMatch(
      /^content\/quizzes\/x\.yaml: question 3: answer\.compute: unknown function "eval" \(allowed: chainSuccess, atLeastK, /,
    );
  });

  it('for a computation the core rejects', () => {
    expect(problems(withQuestion(2, { ...numeric, answer: { compute: 'chainSuccess', args: [1.5, 10] } }))).toBe(
      'content/quizzes/x.yaml: question 3: answer: chainSuccess(1.5, 10) failed: invalid p: 1.5 (expected 0 ≤ p ≤ 1)',
    );
  });

  it('for a tolerance as large as the answer', () => {
    expect(problems(withQuestion(2, { ...numeric, tolerance: 0.5 }))).toBe(
      'content/quizzes/x.yaml: question 3: tolerance: 0.5 is not smaller than the answer 0.349: a guess of 0 would count as right',
    );
  });

  it('for a tolerance that is neither a number nor a percentage', () => {
    expect(problems(withQuestion(2, { ...numeric, tolerance: 'close' }))).toBe(
      'content/quizzes/x.yaml: question 3: tolerance: "close" is not a tolerance: write an absolute one like 0.01 or a relative one like "2%"',
    );
  });

  it('for a relative tolerance of half or more', () => {
    expect(problems(withQuestion(2, { ...numeric, tolerance: '50%' }))).toBe(
      'content/quizzes/x.yaml: question 3: tolerance: 50% is too loose: a relative tolerance must be under 50%',
    );
  });

  it('for a tolerance of zero', () => {
    expect(problems(withQuestion(2, { ...numeric, tolerance: 0 }))).toBe('content/quizzes/x.yaml: question 3: tolerance: a tolerance must be greater than 0');
  });

  it('for an ordering question with two items', () => {
    expect(problems(withQuestion(3, { ...ordering, items: ordering.items.slice(0, 2) }))).toBe(
      'content/quizzes/x.yaml: question 4: items: an ordering question needs at least 3 items',
    );
  });

  it('for a predict question without a widget', () => {
    const { widget: _, ...blind } = predict;
    expect(problems(withQuestion(4, blind))).toBe('content/quizzes/x.yaml: question 5: widget: Required');
  });

  it('for a predict question whose widget link has no preset', () => {
    expect(problems(withQuestion(4, { ...predict, widget: { name: 'reasoning-chain', preset: {} } }))).toBe(
      'content/quizzes/x.yaml: question 5: widget.preset: give at least one setting: the preset is what shows the answer',
    );
  });

  it('for an empty hint', () => {
    expect(problems(withQuestion(0, { ...single, hints: ['Think.', ' '] }))).toBe('content/quizzes/x.yaml: question 1: hint 2: must not be empty');
  });

  it('for a quiz of fewer than six questions', () => {
    expect(problems({ questions: valid.questions.slice(0, 5) })).toBe('content/quizzes/x.yaml: questions: a quiz needs at least 6 questions (found 5)');
  });

  it('for a quiz of fewer than three types', () => {
    expect(problems({ questions: [single, single, single, multiple, multiple, multiple] })).toBe(
      'content/quizzes/x.yaml: questions: a quiz needs at least 3 question types (found 2: single, multiple)',
    );
  });

  it('for a computed value the core rejects', () => {
    expect(problems({ ...valid, values: { bad: { compute: 'chainSuccess', args: [2, 10] } } })).toBe(
      'content/quizzes/x.yaml: values.bad: chainSuccess(2, 10) failed: invalid p: 2 (expected 0 ≤ p ≤ 1)',
    );
  });

  it('for a value named with other characters than letters and digits', () => {
    expect(problems({ ...valid, values: { 'chain-30': { compute: 'chainSuccess', args: [0.9, 30] } } })).toBe(
      'content/quizzes/x.yaml: values.chain-30: name values with letters and digits, like "chain30"',
    );
  });

  it('for every problem at once, one line each', () => {
    const quiz = { questions: [{ ...single, options: [choice('a', true)] }, { ...numeric, answer: 1 }, multiple, ordering, single, single] };
    expect(problems(quiz).split('\n')).toEqual([
      'content/quizzes/x.yaml: question 1: options: a choice question needs at least 2 options',
      'content/quizzes/x.yaml: question 2: answer: numeric answers are computed, not typed: write { compute: <function>, args: [...] } instead of 1',
    ]);
  });
});

describe('describePath', () => {
  it('counts questions, options, items and hints from 1 and joins other fields with dots', () => {
    expect(describePath(['questions', 2, 'options', 0, 'explanation'])).toBe('question 3: option 1: explanation');
    expect(describePath(['questions', 0, 'answer', 'args', 0])).toBe('question 1: answer.args.0');
    expect(describePath([])).toBe('');
  });
});

describe('evaluate', () => {
  it('computes with the simulation core, so quiz and prose agree', () => {
    expect(evaluate({ compute: 'chainSuccess', args: [0.9, 10] })).toBe(chainSuccess(0.9, 10));
  });

  it('nests computations and arithmetic helpers', () => {
    const gpt3 = { compute: 'trainingFlops' as const, args: [175e9, 300e9] };
    const chinchilla = { compute: 'trainingFlops' as const, args: [70e9, 1.4e12] };
    expect(evaluate({ compute: 'ratio', args: [chinchilla, gpt3] })).toBe(trainingFlops(70e9, 1.4e12) / trainingFlops(175e9, 300e9));
  });

  it('reads one number from an object result with pick, and refuses a missing one', () => {
    expect(evaluate({ compute: 'wilsonInterval', args: [0, 20], pick: 'upper' })).toBe(wilsonInterval(0, 20).upper);
    expect(() => evaluate({ compute: 'chainSuccess', args: [0.9, 10], pick: 'upper' })).toThrow(
      'chainSuccess(0.9, 10).upper: the result has no number "upper"',
    );
  });
});
