import type { Loader } from 'astro/loaders';
import { checkedLoader } from './checked-loader';
import { describeContentIssues } from './quiz-errors';
import { sessionLists, sessionSchema } from './session';

/**
 * Loads `content/sessions/*.yaml`. A bad session stops the build with the file and the field, e.g.
 * `content/sessions/x.yaml: timing: the timing adds up to 80 minutes but the session lasts 75`.
 */
export function sessionLoader(base = './content/sessions'): Loader {
  return checkedLoader('session-loader', base, (data, file) => {
    const result = sessionSchema.safeParse(data);
    if (!result.success) throw new Error(describeContentIssues(file, result.error, sessionLists));
    return result.data;
  });
}
