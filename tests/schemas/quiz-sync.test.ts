import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

describe('content sync of a quiz with two correct answers to a single-choice question', () => {
  const root = mkdtempSync(join(tmpdir(), 'threshold-quiz-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('fails with one line naming the file, the question and the rule', async () => {
    for (const entry of ['src', 'components', 'content/lessons', 'content/glossary.yaml', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(entry, join(root, entry), { recursive: true });
    }
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    mkdirSync(join(root, 'content/quizzes'), { recursive: true });
    const quiz = readFileSync('content/quizzes/what-is-emergence.yaml', 'utf8');
    // The first question's second option becomes a second correct one.
    const broken = quiz.replace(/(- text: Each larger model[^\n]*\n)/, '$1        correct: true\n');
    expect(broken).not.toBe(quiz);
    writeFileSync(join(root, 'content/quizzes/what-is-emergence.yaml'), broken);

    const run = promisify(execFile)(process.execPath, [resolve('node_modules/astro/astro.js'), 'sync'], { cwd: root });
    const failure = await run.then(() => undefined, (error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure, 'astro sync should fail').toBeDefined();
    const output = stripVTControlCharacters(`${failure!.stdout}\n${failure!.stderr}`);
    expect(output).toContain('content/quizzes/what-is-emergence.yaml: question 1: a single-choice question needs exactly one correct option (found 2)');
  }, 60_000);
});
