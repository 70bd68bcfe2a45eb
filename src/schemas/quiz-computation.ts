import { z } from 'astro/zod';
import { quizFunctionNames, type Computation, type ComputeArg, type QuizFunctionName } from './quiz-compute';

const functionName = z.string().refine((name): name is QuizFunctionName => (quizFunctionNames as string[]).includes(name), (name) => ({
  message: `unknown function "${name}" (allowed: ${quizFunctionNames.join(', ')})`,
}));

const argument: z.ZodType<ComputeArg, z.ZodTypeDef, unknown> = z.lazy(() =>
  z.union([z.number(), computation, z.record(z.union([z.number(), z.string()]))], {
    errorMap: () => ({ message: 'an argument is a number, a { compute, args } object, or an options object of numbers' }),
  }),
);

const computation: z.ZodType<Computation, z.ZodTypeDef, unknown> = z
  .object({
    /** A function of the simulation core from the allowed list. */
    compute: functionName,
    /** Its arguments, in order. */
    args: z.array(argument).default([]),
    /** The field to read when the function returns an object, e.g. `upper`. */
    pick: z.string().min(1).optional(),
  })
  .strict() as z.ZodType<Computation, z.ZodTypeDef, unknown>;

/**
 * A numeric answer: always a computation, never a typed number, so the quiz, the prose and the
 * widgets cannot disagree about a value.
 */
export const computationSchema = z.unknown().transform((value, ctx): Computation => {
  if (typeof value === 'number' || typeof value === 'string') {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `numeric answers are computed, not typed: write { compute: <function>, args: [...] } instead of ${JSON.stringify(value)}`,
    });
    return z.NEVER;
  }
  const result = computation.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue(issue as z.IssueData);
  return z.NEVER;
});

/** A computed number for a quiz's text: the computation, and how to print it. */
export interface QuizValue extends Computation {
  /** Decimals shown (of the mantissa, for powers of ten). */
  digits: number;
  /** Shown as a percentage: 0.35 → 35%. */
  percent: boolean;
}

/**
 * A named number that explanations quote as `{{name}}`: `{ compute: chainSuccess, args: [0.9, 30], digits: 2 }`.
 * Like answers, such numbers are computed, so an explanation never disagrees with the core.
 */
export const valueSchema = z
  .object({
    digits: z.number().int().min(0).max(6).default(2),
    percent: z.boolean().default(false),
  })
  .passthrough()
  .transform((value, ctx): QuizValue => {
    const { digits, percent, ...rest } = value;
    const result = computation.safeParse(rest);
    if (result.success) return { ...result.data, digits, percent };
    for (const issue of result.error.issues) ctx.addIssue(issue as z.IssueData);
    return z.NEVER;
  });
