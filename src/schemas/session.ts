import { z } from 'astro/zod';
import type { Counted } from './quiz-errors';

/** Shortest and longest class session, in minutes (the syllabus: 60 to 90). */
export const SESSION_MINUTES = { min: 60, max: 90 } as const;

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use the lesson’s slug, its file name, like "what-is-emergence"');
const minutes = z.number().int('give whole minutes').positive('must be more than 0 minutes');

/** A widget opened in a given state, checked at build time against the widget's settings. */
const widget = z
  .object({
    /** The widget's name, its `data-widget`, e.g. `metric-lens`. */
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use the widget name, like "metric-lens"'),
    /** The lesson showing it, when not the widget's own lesson. */
    lesson: slug.optional(),
    /** The figure's id on the page, when the lesson gives it one. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/).optional(),
    /** The settings the link opens it with, e.g. `{ metric: exact_match, length: 10 }`. */
    preset: z.record(z.union([z.number(), z.string(), z.boolean()])).refine((preset) => Object.keys(preset).length > 0, {
      message: 'give at least one setting: the preset is the state the class starts from',
    }),
  })
  .strict();

/** Something the class does with a widget. */
const activity = z
  .object({
    /** A short name, used as the heading on the handout. */
    title: text,
    /** The widget and the state the deep link opens it in. */
    widget,
    /** Steps to try, in order, each concrete (a setting and a value). */
    steps: z.array(text).min(1, 'give at least one step to try'),
    /** What to notice: the point the activity makes. */
    notice: z.array(text).min(1, 'say what to notice'),
  })
  .strict();

/** A question for the class, with follow-ups to push the debate further. */
const prompt = z
  .object({
    prompt: text,
    followUps: z.array(text).default([]),
  })
  .strict();

/**
 * A class session: `content/sessions/<slug>.yaml`, one of the four of the syllabus. Lessons and
 * widgets it names are checked against the site when the pages are built.
 */
export const sessionSchema = z
  .object({
    /** Position among the sessions, 1 for the first. */
    number: z.number().int().positive(),
    title: text,
    /** One or two sentences for the list of sessions. */
    summary: text,
    /** Length of the class, 60 to 90 minutes. */
    minutes: minutes
      .min(SESSION_MINUTES.min, `a session lasts ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} minutes`)
      .max(SESSION_MINUTES.max, `a session lasts ${SESSION_MINUTES.min} to ${SESSION_MINUTES.max} minutes`),
    /** The lessons the session covers, by slug, in course order. */
    lessons: z.array(slug).min(1, 'name at least one lesson'),
    /** What learners can do after the class. */
    objectives: z.array(text).min(1, 'give at least one objective'),
    /** What to do before class: one entry per lesson, with what to focus on. */
    prework: z.array(z.object({ lesson: slug, focus: text }).strict()).min(1, 'give the pre-work'),
    /** Widget activities done in class. */
    activities: z.array(activity).min(1, 'give at least one in-class activity'),
    /** Questions to discuss. */
    discussion: z.array(prompt).min(2, 'give at least two discussion prompts'),
    /** The plan of the class, in order; the minutes add up to the session's. */
    timing: z.array(z.object({ minutes, what: text }).strict()).min(2, 'give at least two timing steps'),
    /** When and how the session's quizzes (one per lesson) are taken. */
    quiz: z.object({ when: z.enum(['before class', 'in class', 'after class']), note: text }).strict(),
  })
  .strict()
  .superRefine((session, ctx) => {
    const total = session.timing.reduce((sum, step) => sum + (step?.minutes ?? 0), 0);
    if (total !== session.minutes) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['timing'],
        message: `the timing adds up to ${total} minutes but the session lasts ${session.minutes}`,
      });
    }
    session.prework.forEach((entry, index) => {
      if (!session.lessons.includes(entry.lesson)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['prework', index, 'lesson'],
          message: `"${entry.lesson}" is not one of the session's lessons (${session.lessons.join(', ')})`,
        });
      }
    });
    const seen = new Set<string>();
    session.lessons.forEach((lesson, index) => {
      if (seen.has(lesson)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['lessons', index], message: `lesson "${lesson}" twice` });
      seen.add(lesson);
    });
  });

/** How an author counts a session's lists: `activities.1.steps.0` reads "activity 2: step 1". */
export const sessionLists: Counted = {
  lessons: 'lesson',
  objectives: 'objective',
  prework: 'pre-work',
  activities: 'activity',
  steps: 'step',
  notice: 'notice',
  discussion: 'prompt',
  followUps: 'follow-up',
  timing: 'timing step',
};

export type Session = z.output<typeof sessionSchema>;
export type Activity = Session['activities'][number];
