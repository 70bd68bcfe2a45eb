import type { APIRoute } from 'astro';
import { exportAddress, exportQuizzes } from '@/exports/course';
import { moodleCourse } from '@/exports/moodle/questions';

/** Every quiz of the course in one Moodle XML file, one question category per lesson. */
export const GET: APIRoute = async () =>
  new Response(moodleCourse(await exportQuizzes(), exportAddress()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
