import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ExportCourse, ExportQuiz } from '@/exports/source';
import { buildSession } from '@/instructors/session-model';
import { buildQuiz, type QuizModel } from '@/quiz/model';
import { quizSchema, type Quiz } from '@/schemas/quiz';
import { sessionSchema } from '@/schemas/session';

/** A public address as an instructor would configure it (SITE_URL), for the exports that link to the course. */
export const address = 'https://courses.example.org/threshold/';
/** The base path the fixtures are built under, as Astro's `base` would be with that address. */
const base = new URL(address).pathname;
export const lessons = readdirSync('content/lessons').map((file) => file.replace(/\.mdx$/, ''));

const frontmatter = (lesson: string) => parse(readFileSync(`content/lessons/${lesson}.mdx`, 'utf8').split(/^---$/m)[1]!) as { title: string; order: number; summary: string };

/** A quiz built as the lesson page builds it, with math as MathML as the exports read it. */
export function quizModel(lesson: string, quiz: Quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${lesson}.yaml`, 'utf8')))): QuizModel {
  // The lesson page checks sections against its headings; here each section the quiz names stands for one.
  const headings = [...new Set(quiz.questions.flatMap((q) => [q.section, ...('options' in q ? q.options.flatMap((o) => o.section ?? []) : [])]))].map((slug) => ({ depth: 2, slug, text: slug }));
  return buildQuiz(quiz, { lesson, file: `content/quizzes/${lesson}.yaml`, headings, lessons, base, math: 'mathml' });
}

/** A lesson's quiz as every export reads it. */
export function exportQuiz(lesson: string, quiz?: Quiz): ExportQuiz {
  const { title, order } = frontmatter(lesson);
  return { lesson, order, title, file: `content/quizzes/${lesson}.yaml`, model: quizModel(lesson, quiz) };
}

/** The whole course as the course-wide exports read it. */
export function exportCourse(): ExportCourse {
  const sources = Object.fromEntries(lessons.map((lesson) => [lesson, readFileSync(`content/lessons/${lesson}.mdx`, 'utf8')]));
  const ordered = lessons.map((slug) => ({ slug, ...frontmatter(slug) })).sort((a, b) => a.order - b.order);
  const sessions = readdirSync('content/sessions')
    .map((file) => ({ slug: file.replace(/\.yaml$/, ''), data: sessionSchema.parse(parse(readFileSync(`content/sessions/${file}`, 'utf8'))) }))
    .sort((a, b) => a.data.number - b.data.number);
  return {
    lessons: ordered.map(({ slug, order, title, summary }) => ({ slug, order, title, summary })),
    quizzes: ordered.map(({ slug }) => exportQuiz(slug)),
    sessions: sessions.map(({ slug, data }) => ({
      slug,
      number: data.number,
      title: data.title,
      summary: data.summary,
      minutes: data.minutes,
      lessons: data.lessons,
      model: buildSession(data, { file: `content/sessions/${slug}.yaml`, sources, base }),
    })),
  };
}
