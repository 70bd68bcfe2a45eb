import type { APIRoute, GetStaticPaths } from 'astro';
import { lessonQuizzes } from '@/instructors/quiz-models';
import { qtiPackage } from '@/quiz/qti/package';

/** Each lesson's quiz as an IMS QTI 2.1 content package, built with the site. */
export const getStaticPaths = (async () => {
  const quizzes = await lessonQuizzes('mathml');
  return quizzes.map(({ lesson, model }) => ({ params: { lesson: lesson.id }, props: { title: lesson.data.title, model } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { title, model } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const bytes = qtiPackage(model, { lesson: params.lesson!, title, site: new URL(import.meta.env.BASE_URL, site).href });
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
};
