/** Which lessons must have a quiz: every one, or only those that already have one. */
export interface CoverageOptions {
  /** When true, a lesson without a quiz fails the build. */
  requireEveryLesson: boolean;
}

/**
 * Pairs quizzes with lessons by slug. A quiz whose file names no lesson always fails (it would
 * never be shown); a lesson without a quiz fails only when `requireEveryLesson` is on. Throws one
 * line per problem, naming the file to fix.
 */
export function checkQuizCoverage(lessons: readonly string[], quizzes: readonly string[], { requireEveryLesson }: CoverageOptions): void {
  const problems: string[] = [];
  for (const quiz of quizzes) {
    if (!lessons.includes(quiz)) {
      problems.push(`content/quizzes/${quiz}.yaml: there is no lesson "${quiz}" for this quiz; name the file after a lesson's slug (${lessons.join(', ')})`);
    }
  }
  if (requireEveryLesson) {
    for (const lesson of lessons) {
      if (!quizzes.includes(lesson)) problems.push(`content/lessons/${lesson}.mdx: the lesson has no quiz; add content/quizzes/${lesson}.yaml`);
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
