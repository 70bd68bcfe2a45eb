import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from '@/schemas/glossary';
import { lessonSchema } from '@/schemas/lesson';
import { quizSchema } from '@/schemas/quiz';
import { quizLoader } from '@/schemas/quiz-loader';
import { sessionSchema } from '@/schemas/session';
import { sessionLoader } from '@/schemas/session-loader';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** One entry per term; its `id` is the anchor lessons link to, `/glossary/#<id>`. */
const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema,
});

/**
 * One quiz per lesson, `content/quizzes/<lesson-slug>.yaml`. The loader validates each file with
 * `quizSchema` and reports problems by question; the schema here gives the entries their type.
 */
const quizzes = defineCollection({
  loader: quizLoader(),
  schema: quizSchema,
});

/**
 * The four class sessions for instructors, `content/sessions/<slug>.yaml`. The loader validates
 * each file; lessons and widget links are checked against the site in `src/sessions.ts`.
 */
const sessions = defineCollection({
  loader: sessionLoader(),
  schema: sessionSchema,
});

export const collections = { lessons, glossary, quizzes, sessions };
