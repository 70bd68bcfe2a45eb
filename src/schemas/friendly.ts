import type { z } from 'astro/zod';

/** One problem as `references.0.year: Expected number, received string`; `root` names a problem with the whole value. */
export function issueLine(issue: z.ZodIssue, root: string): string {
  return `${issue.path.length ? issue.path.join('.') : root}: ${issue.message}`;
}

/** One line per problem: `content/lessons/x.mdx: references.0.year: Expected number, received string`. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${file}: ${issueLine(issue, '(root)')}`).join('\n');
}

/** Parses `input`, or throws an error whose message names the file and every bad field. */
export function parseWithFriendlyErrors<T extends z.ZodTypeAny>(
  schema: T,
  input: unknown,
  file: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(describeIssues(file, result.error));
  return result.data;
}
