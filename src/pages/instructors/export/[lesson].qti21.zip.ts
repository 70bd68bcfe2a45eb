import type { APIRoute, GetStaticPaths } from 'astro';
import { exportAddress, exportQuizzes } from '@/exports/course';
import { qtiPackage } from '@/exports/qti21/package';

/** Each lesson's quiz as an IMS QTI 2.1 content package, built with the site. */
export const getStaticPaths = (async () => (await exportQuizzes()).map((quiz) => ({ params: { lesson: quiz.lesson }, props: { quiz } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { quiz } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  return new Response(new Blob([qtiPackage(quiz, exportAddress()) as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
};
