import { describe, expect, it } from 'vitest';
import { checkQuizCoverage } from '@/schemas/quiz-coverage';

const lessons = ['what-is-emergence', 'phase-transitions'];

describe('checkQuizCoverage', () => {
  it('accepts a quiz for some lessons while not every lesson needs one', () => {
    expect(() => checkQuizCoverage(lessons, ['what-is-emergence'], { requireEveryLesson: false })).not.toThrow();
  });

  it('fails for a quiz that belongs to no lesson, naming the file', () => {
    expect(() => checkQuizCoverage(lessons, ['what-is-emergnce'], { requireEveryLesson: false })).toThrow(
      'content/quizzes/what-is-emergnce.yaml: there is no lesson "what-is-emergnce" for this quiz; name the file after a lesson\'s slug (what-is-emergence, phase-transitions)',
    );
  });

  it('fails for a lesson without a quiz once every lesson needs one', () => {
    expect(() => checkQuizCoverage(lessons, ['what-is-emergence'], { requireEveryLesson: true })).toThrow(
      'content/lessons/phase-transitions.mdx: the lesson has no quiz; add content/quizzes/phase-transitions.yaml',
    );
  });

  it('accepts a complete course once every lesson needs a quiz', () => {
    expect(() => checkQuizCoverage(lessons, [...lessons].reverse(), { requireEveryLesson: true })).not.toThrow();
  });

  it('lists every problem, one line each', () => {
    const run = () => checkQuizCoverage(lessons, ['orphan'], { requireEveryLesson: true });
    expect(run).toThrow(/orphan\.yaml.*\n.*what-is-emergence\.mdx.*\n.*phase-transitions\.mdx/);
  });
});
