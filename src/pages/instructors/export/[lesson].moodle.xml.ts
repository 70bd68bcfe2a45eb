import type { APIRoute, GetStaticPaths } from 'astro';
import { exportAddress, exportQuizzes } from '@/exports/course';
import { moodleQuiz } from '@/exports/moodle/questions';

/** Each lesson's quiz as a Moodle XML file, built with the site. */
export const getStaticPaths = (async () => (await exportQuizzes()).map((quiz) => ({ params: { lesson: quiz.lesson }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { quiz } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(moodleQuiz(quiz, exportAddress()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
