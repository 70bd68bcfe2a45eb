import type { APIRoute, GetStaticPaths } from 'astro';
import { exportAddress, exportQuizzes } from '@/exports/course';
import { canvasPackage } from '@/exports/canvas/package';

/** Each lesson's quiz as a QTI 1.2 package in Canvas's quiz dialect, built with the site. */
export const getStaticPaths = (async () => (await exportQuizzes()).map((quiz) => ({ params: { lesson: quiz.lesson }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { quiz } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(new Blob([canvasPackage(quiz, exportAddress()) as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
};
