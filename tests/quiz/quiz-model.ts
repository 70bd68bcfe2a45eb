import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildQuiz, type QuizModel } from '@/quiz/model';
import { quizSchema } from '@/schemas/quiz';

export const site = 'https://threshold.example/';
export const lessons = readdirSync('content/lessons').map((file) => file.replace(/\.mdx$/, ''));

/** Every quiz of the course, built as the QTI endpoint builds it (math as MathML). */
export function quizModel(lesson: string): QuizModel {
  const quiz = quizSchema.parse(parse(readFileSync(`content/quizzes/${lesson}.yaml`, 'utf8')));
  // The lesson page checks sections against its headings; here each section the quiz names stands for one.
  const headings = [...new Set(quiz.questions.flatMap((q) => [q.section, ...('options' in q ? q.options.flatMap((o) => o.section ?? []) : [])]))].map((slug) => ({ depth: 2, slug, text: slug }));
  return buildQuiz(quiz, { lesson, file: `content/quizzes/${lesson}.yaml`, headings, lessons, base: '/', math: 'mathml' });
}
