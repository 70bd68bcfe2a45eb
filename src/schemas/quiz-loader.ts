import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { quizSchema } from './quiz';
import { describeQuizIssues } from './quiz-errors';

/**
 * Loads `content/quizzes/*.yaml`, one entry per lesson (the file name is the lesson's slug).
 * It checks each file itself instead of leaving the schema to Astro, so that a bad quiz stops
 * the build with lines an author can act on, e.g.
 * `content/quizzes/x.yaml: question 3: a single-choice question needs exactly one correct option (found 2)`.
 */
export function quizLoader(base = './content/quizzes'): Loader {
  const files = glob({ pattern: '**/*.yaml', base });
  return {
    name: 'quiz-loader',
    load: (context) =>
      files.load({
        ...context,
        parseData: (async ({ id, data, filePath }) => {
          const file = filePath ? relative(fileURLToPath(context.config.root), filePath) : `${base}/${id}.yaml`;
          const result = quizSchema.safeParse(data);
          if (!result.success) throw new Error(describeQuizIssues(file, result.error));
          return result.data;
        }) as typeof context.parseData,
      }),
  };
}
