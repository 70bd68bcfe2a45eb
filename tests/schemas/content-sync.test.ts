import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncFailure } from './content-sync';

describe('content sync of a quiz with two correct answers to a single-choice question', () => {
  it('fails with one line naming the file, the question and the rule', async () => {
    const quiz = readFileSync('content/quizzes/what-is-emergence.yaml', 'utf8');
    // The first question's second option becomes a second correct one.
    const broken = quiz.replace(/(- text: Each larger model[^\n]*\n)/, '$1        correct: true\n');
    expect(broken).not.toBe(quiz);
    const output = await syncFailure({ 'content/quizzes/what-is-emergence.yaml': broken });
    expect(output, 'astro sync should fail').toBeDefined();
    expect(output).toContain('content/quizzes/what-is-emergence.yaml: question 1: a single-choice question needs exactly one correct option (found 2)');
  }, 60_000);
});

describe('content sync of a session whose timing does not add up', () => {
  it('fails with one line naming the file and the field', async () => {
    const file = 'content/sessions/emergence-and-phase-transitions.yaml';
    const session = readFileSync(file, 'utf8');
    const broken = session.replace('minutes: 75\n', 'minutes: 80\n');
    expect(broken).not.toBe(session);
    const output = await syncFailure({ [file]: broken });
    expect(output, 'astro sync should fail').toBeDefined();
    expect(output).toContain(`${file}: timing: the timing adds up to 75 minutes but the session lasts 80`);
  }, 60_000);
});
