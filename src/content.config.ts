import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';
import { quizLoader } from './schemas/quiz-loader';

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

export const collections = { lessons, glossary, quizzes };
