import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema } from './schemas/glossary';
import { lessonSchema } from './schemas/lesson';

const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** One entry per term; its `id` is the anchor lessons link to, `/glossary/#<id>`. */
const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema,
});

export const collections = { lessons, glossary };
