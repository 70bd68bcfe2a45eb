import type { Loader } from 'astro/loaders';
import { checkedLoader } from './checked-loader';
import { quizSchema } from './quiz';
import { describeContentIssues } from './quiz-errors';

/**
 * Loads `content/quizzes/*.yaml`, one entry per lesson (the file name is the lesson's slug).
 * A bad quiz stops the build with lines an author can act on, e.g.
 * `content/quizzes/x.yaml: question 3: a single-choice question needs exactly one correct option (found 2)`.
 */
export function quizLoader(base = './content/quizzes'): Loader {
  return checkedLoader('quiz-loader', base, (data, file) => {
    const result = quizSchema.safeParse(data);
    if (!result.success) throw new Error(describeContentIssues(file, result.error));
    return result.data;
  });
}
