import { z } from 'astro/zod';
import { gradingRules } from '@/common/graded';
import { hasHiddenCharacters, normalizeText } from './plain-text';

/** Lesson slugs as the site writes them. */
const lesson = z.string().max(80).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lesson slug such as "scaling-laws"');

/** An ISO 8601 instant with its offset, as `Date.toISOString` writes it. */
const instant = z.string().datetime({ offset: true, message: 'expected an ISO 8601 time such as 2026-11-24T10:00:00.000Z' });

/** Shown to others: normalised, and refused with hidden characters, so a roster cannot be spoofed. */
const plainText = (max: number) =>
  z
    .string()
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((text) => !hasHiddenCharacters(text), 'must not hold control, invisible or text-direction characters'),
    );

export const createClassBody = z
  .object({
    /** Shown to learners when they join and on the dashboard. */
    name: plainText(80),
    /** What the class should do, e.g. "Lessons 1–3 by Friday"; optional. */
    assignment: plainText(500).nullish(),
    /** Which attempt is graded; `first` when not given. */
    gradingRule: z.enum(gradingRules).optional(),
  })
  .strict();

/** `POST settings`: what an instructor may change about their class. */
export const classSettingsBody = z.object({ gradingRule: z.enum(gradingRules) }).strict();

export const joinBody = z
  .object({
    /** The join code as the learner typed it. */
    code: z.string().max(40),
    /** How the instructor will see the learner; unique within the class. */
    name: plainText(40),
  })
  .strict();

export const attemptBody = z
  .object({
    /** Chosen by the browser once per attempt; a replay with the same key is stored once. */
    key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'expected 8 to 64 letters, digits, "-" or "_"'),
    lesson,
    at: instant,
    /** Points scored, partial credit included, out of `of` questions. */
    points: z.number().finite().min(0),
    of: z.number().int().min(1).max(200),
    /** One entry per question in the quiz's built order. */
    answers: z
      .array(z.object({ credit: z.number().min(0).max(1), answer: z.string().max(200) }).strict())
      .max(200)
      .default([]),
    /** Every question answered; when absent (a page older than the field), read from the answers. */
    complete: z.boolean().optional(),
    /** The learner had asked to see this quiz's answers before this check. */
    answersShown: z.boolean().default(false),
  })
  .strict()
  .refine((attempt) => attempt.points <= attempt.of, { message: 'points cannot exceed of', path: ['points'] })
  .refine((attempt) => attempt.answers.length === 0 || attempt.answers.length === attempt.of, {
    message: 'answers must hold one entry per question',
    path: ['answers'],
  })
  .transform((attempt) => ({ ...attempt, complete: attempt.complete ?? attempt.answers.every((answer) => answer.answer !== '') }));

export const completionBody = z
  .object({
    /** Kept for the client's queue; a lesson is completed once, so replays are harmless without it. */
    key: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
    lesson,
    at: instant,
  })
  .strict();
