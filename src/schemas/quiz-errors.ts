import type { z } from 'astro/zod';

/** List fields whose entries an author counts from 1, and what one entry is called. */
export type Counted = Readonly<Record<string, string>>;

/** A quiz's lists: `questions.2.options.0` reads "question 3: option 1". */
const quizLists: Counted = { questions: 'question', options: 'option', items: 'item', hints: 'hint' };

/** A zod path as an author reads it: `question 3: option 2: explanation`, `question 4: answer.args.0`. */
export function describePath(path: readonly (string | number)[], counted: Counted = quizLists): string {
  const parts: string[] = [];
  let field: string[] = [];
  const flush = () => {
    if (field.length > 0) parts.push(field.join('.'));
    field = [];
  };
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = path[i + 1];
    if (typeof key === 'string' && key in counted && typeof next === 'number') {
      flush();
      parts.push(`${counted[key]} ${next + 1}`);
      i++;
    } else {
      field.push(String(key));
    }
  }
  flush();
  return parts.join(': ');
}

/**
 * One line per problem, naming the file, the question and the field:
 * `content/quizzes/x.yaml: question 3: a single-choice question needs exactly one correct option (found 2)`.
 */
export function describeContentIssues(file: string, error: z.ZodError, counted: Counted = quizLists): string {
  return error.issues
    .map((issue) => {
      const where = describePath(issue.path, counted);
      return `${file}: ${where ? `${where}: ` : ''}${issue.message}`;
    })
    .join('\n');
}
