import type { z } from 'astro/zod';

/** One line per problem: `content/lessons/x.mdx: references.0.year: Expected number, received string`. */
export function describeIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
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
