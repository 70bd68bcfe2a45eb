import { getCollection, type CollectionEntry } from 'astro:content';
import { getLessons } from './lessons';
import { checkSessionRefs } from '@/schemas/session-refs';

export type SessionEntry = CollectionEntry<'sessions'>;

/** The file a session came from, for error messages: `content/sessions/<id>.yaml`. */
export const sessionFile = (session: SessionEntry): string => session.filePath ?? `content/sessions/${session.id}.yaml`;

/** The class sessions in order, after checking that every lesson they name exists. */
export async function getSessions(): Promise<SessionEntry[]> {
  const [sessions, lessons] = await Promise.all([getCollection('sessions'), getLessons()]);
  checkSessionRefs(
    sessions.map((session) => ({ file: sessionFile(session), session: session.data })),
    lessons.map((lesson) => lesson.id),
  );
  return sessions.sort((a, b) => a.data.number - b.data.number);
}

/** The session's handout page, e.g. `/instructors/sessions/the-metric-debate/`. */
export function sessionHref(session: SessionEntry): string {
  return `${import.meta.env.BASE_URL}instructors/sessions/${session.id}/`;
}
