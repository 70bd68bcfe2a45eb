import { z } from 'astro/zod';
import { computationSchema, valueSchema } from './quiz-computation';
import { evaluate, type Computation } from './quiz-compute';

/** Question types, in the order the error messages list them. */
export const questionTypes = ['single', 'multiple', 'numeric', 'ordering', 'predict'] as const;
export type QuestionType = (typeof questionTypes)[number];

const typeNames: Record<QuestionType, string> = {
  single: 'single-choice',
  multiple: 'multiple-select',
  numeric: 'numeric',
  ordering: 'ordering',
  predict: 'predict-then-check',
};

/** Fewest questions, and fewest distinct types, a quiz may have (issue 7). */
export const MIN_QUESTIONS = 6;
export const MIN_TYPES = 3;

const text = z.string().trim().min(1, 'must not be empty');

/** A heading id in the lesson, e.g. `two-curves-one-slider`: feedback links to `#<section>`. */
const section = z.string().regex(/^[a-z0-9_][a-z0-9_-]*$/, 'use the heading id from the lesson, like "two-curves-one-slider"');

/** What every question has. */
const base = {
  /** The question, in plain text with `*emphasis*`, `` `code` `` and `$math$`. */
  prompt: text,
  /** The lesson section the question draws on; every explanation links to it. */
  section,
  /** Nudges revealed one at a time on request; they never give the answer away. */
  hints: z.array(text).default([]),
  /** Overrides the quiz's `shuffle` for this question's options (numbers in order read better unshuffled). */
  shuffle: z.boolean().optional(),
};

/** An answer to choose. */
const option = z
  .object({
    /** What the learner reads and picks. */
    text,
    /** Whether choosing it is right. */
    correct: z.boolean().default(false),
    /** Why it is right or wrong, shown after checking: it should teach, not just judge. */
    explanation: text,
    /** A different section of the lesson this option draws on, if not the question's. */
    section: section.optional(),
  })
  .strict();

const options = z.array(option).min(2, 'a choice question needs at least 2 options').max(8, 'more than 8 options is a list, not a question');

/** A tolerance: a number is absolute (`0.01`), a percentage relative (`"2%"`). */
const tolerance = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const relative = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
  if (typeof value === 'string' && !relative) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `"${value}" is not a tolerance: write an absolute one like 0.01 or a relative one like "2%"` });
    return z.NEVER;
  }
  const tolerance = relative
    ? { kind: 'relative' as const, amount: Number(relative[1]) / 100 }
    : { kind: 'absolute' as const, amount: value as number };
  if (!(tolerance.amount > 0)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a tolerance must be greater than 0' });
    return z.NEVER;
  }
  return tolerance;
});

const widget = z
  .object({
    /** The widget's name, its `data-widget`, e.g. `reasoning-chain`. */
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use the widget name, like "reasoning-chain"'),
    /** The figure's id on the page when it is not the name. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    /** The lesson showing the widget, when it is another lesson than the quiz's. */
    lesson: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Settings the link opens the widget with, e.g. `{ n: 30 }`. */
    preset: z.record(z.union([z.number(), z.string(), z.boolean()])).refine((preset) => Object.keys(preset).length > 0, {
      message: 'give at least one setting: the preset is what shows the answer',
    }),
  })
  .strict();

const single = z.object({ type: z.literal('single'), ...base, options }).strict();
const multiple = z.object({ type: z.literal('multiple'), ...base, options }).strict();
const predict = z.object({ type: z.literal('predict'), ...base, options, widget }).strict();

const numeric = z
  .object({
    type: z.literal('numeric'),
    ...base,
    /** Computed by the simulation core at build time: `{ compute: chainSuccess, args: [0.9, 10] }`. */
    answer: computationSchema,
    /** How far from the answer still counts as right; the edges count. */
    tolerance,
    /** Shown after the input, e.g. "FLOPs". */
    unit: text.optional(),
    /** How to get the answer, shown after checking. */
    explanation: text,
  })
  .strict();

const ordering = z
  .object({
    type: z.literal('ordering'),
    ...base,
    /** The items in the right order; the page shows them shuffled. */
    items: z
      .array(z.object({ text, explanation: text }).strict())
      .min(3, 'an ordering question needs at least 3 items')
      .max(8, 'more than 8 items is too many to order on a phone'),
    /** What the whole order shows, after checking. */
    explanation: text.optional(),
  })
  .strict();

const question = z
  .discriminatedUnion('type', [single, multiple, numeric, ordering, predict], {
    errorMap: (issue, ctx) =>
      issue.code === z.ZodIssueCode.invalid_union_discriminator
        ? { message: `unknown question type ${JSON.stringify((ctx.data as { type?: unknown })?.type)} (expected ${questionTypes.join(', ')})` }
        : { message: ctx.defaultError },
  })
  .superRefine((q, ctx) => {
    if (q.type === 'single' || q.type === 'predict' || q.type === 'multiple') {
      const correct = q.options.filter((o) => o.correct).length;
      if (q.type !== 'multiple' && correct !== 1) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `a ${typeNames[q.type]} question needs exactly one correct option (found ${correct})` });
      }
      if (q.type === 'multiple' && correct === 0) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a multiple-select question needs at least one correct option (found 0)' });
      }
      duplicates(q.options.map((o) => o.text), 'option', ctx, 'options');
    }
    if (q.type === 'ordering') duplicates(q.items.map((item) => item.text), 'item', ctx, 'items');
    if (q.type === 'numeric') checkNumeric(q.answer, q.tolerance, ctx);
  });

function duplicates(texts: string[], what: string, ctx: z.RefinementCtx, field: string) {
  const seen = new Set<string>();
  texts.forEach((value, index) => {
    if (seen.has(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field, index], message: `the same ${what} twice: "${value}"` });
    seen.add(value);
  });
}

/** The answer must compute, and the tolerance must be tighter than the answer itself, or guessing 0 would pass. */
function checkNumeric(answer: Computation, tol: { kind: 'absolute' | 'relative'; amount: number }, ctx: z.RefinementCtx) {
  // A field that already failed (a typed number, a bad tolerance) has been reported; there is nothing to check.
  if (typeof answer?.compute !== 'string' || typeof tol?.amount !== 'number') return;
  let value: number;
  try {
    value = evaluate(answer);
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['answer'], message: (error as Error).message });
    return;
  }
  if (tol.kind === 'absolute' && value !== 0 && tol.amount >= Math.abs(value)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['tolerance'],
      message: `${tol.amount} is not smaller than the answer ${value.toPrecision(3)}: a guess of 0 would count as right`,
    });
  }
  if (tol.kind === 'relative' && tol.amount >= 0.5) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['tolerance'], message: `${tol.amount * 100}% is too loose: a relative tolerance must be under 50%` });
  }
}

/** A quiz: `content/quizzes/<lesson-slug>.yaml`. */
export const quizSchema = z
  .object({
    /** Heading of the quiz section. */
    title: text.default('Check your understanding'),
    /** Shuffle each question's options, with a seed that changes per attempt. */
    shuffle: z.boolean().default(true),
    /** Numbers the text quotes as `{{name}}`, computed by the simulation core at build time. */
    values: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'name values with letters and digits, like "chain30"'), valueSchema).default({}),
    questions: z.array(question),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    for (const [name, value] of Object.entries(quiz.values)) {
      if (typeof value?.compute !== 'string') continue;
      try {
        evaluate(value);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['values', name], message: (error as Error).message });
      }
    }
    if (quiz.questions.length < MIN_QUESTIONS) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions'], message: `a quiz needs at least ${MIN_QUESTIONS} questions (found ${quiz.questions.length})` });
    }
    const types = [...new Set(quiz.questions.map((q) => q.type))];
    if (types.length < MIN_TYPES) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['questions'],
        message: `a quiz needs at least ${MIN_TYPES} question types (found ${types.length}: ${types.join(', ') || 'none'})`,
      });
    }
  });

export type Quiz = z.output<typeof quizSchema>;
export type Question = Quiz['questions'][number];
export type Option = z.output<typeof option>;
export type Tolerance = z.output<typeof tolerance>;
