/**
 * An assignment lives entirely in its link's query string, so it works on a static host:
 * `?s=3&t=Week+5&d=2026-12-01&n=Read+before+Tuesday` (a session), or `?l=safety&l=scaling-laws&…`
 * (lessons). Everything in it is untrusted: each parameter is checked here (by hand: the page
 * ships no schema library for five strings), capped in length, checked against the course, and
 * shown with `textContent` only.
 */

/** Longest parts an assignment link may carry. */
export const LIMITS = {
  /** The whole query string, in characters. */
  query: 4000,
  title: 120,
  instructions: 1000,
} as const;

/** What the link's reader needs to know about the course. */
export interface Catalog {
  /** Lesson slugs in course order. */
  lessons: readonly string[];
  /** Each session's lessons, by session number. */
  sessions: Readonly<Record<number, readonly string[]>>;
}

export interface Assignment {
  title: string;
  /** Lesson slugs, in course order. */
  lessons: string[];
  /** The session the lessons come from, when the link names one. */
  session?: number;
  /** Due date, `YYYY-MM-DD`. */
  due?: string;
  /** Instructions from the instructor, plain text (line breaks kept). */
  instructions: string;
}

/** What a link holds, or why it holds no assignment; `problems` are shown to the learner either way. */
export interface ReadAssignment {
  assignment?: Assignment;
  problems: string[];
}

export const DEFAULT_TITLE = 'Reading assignment';

/** A piece of untrusted text quoted in a message: short, and on one line. */
const quote = (text: string) => `“${oneLine(text).slice(0, 40)}${text.length > 40 ? '…' : ''}”`;
// Control characters never belong in a title; line breaks in instructions are kept.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
const multiLine = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, ' ').trim();

const isDate = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/** Reads an assignment from a query string (`?…` or a `URLSearchParams`), never throwing. */
export function readAssignment(search: string | URLSearchParams, catalog: Catalog): ReadAssignment {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const length = params.toString().length;
  if (length > LIMITS.query) {
    return { problems: [`This link is too long to be an assignment (${length} characters; at most ${LIMITS.query}). Ask for a new link.`] };
  }
  const raw = { s: params.get('s') ?? undefined, l: params.getAll('l'), t: params.get('t') ?? undefined, d: params.get('d') ?? undefined, n: params.get('n') ?? undefined };
  const problems: string[] = [];
  const chosen = new Set<string>();

  let session: number | undefined;
  if (raw.s !== undefined && raw.s !== '') {
    const number = /^\d{1,3}$/.test(raw.s) ? Number(raw.s) : NaN;
    const lessons = catalog.sessions[number];
    if (lessons) {
      session = number;
      for (const lesson of lessons) chosen.add(lesson);
    } else {
      problems.push(`There is no session ${quote(raw.s)} in this course (sessions: ${Object.keys(catalog.sessions).join(', ')}); it was left out.`);
    }
  }
  for (const lesson of raw.l) {
    if (catalog.lessons.includes(lesson)) chosen.add(lesson);
    else problems.push(`There is no lesson ${quote(lesson)} in this course; it was left out.`);
  }
  if (chosen.size === 0) {
    problems.push('This link names no lesson of the course, so there is nothing to assign. Ask for a new link.');
    return { problems };
  }

  let title = oneLine(raw.t ?? '');
  if (title.length > LIMITS.title) {
    problems.push(`The title was longer than ${LIMITS.title} characters and has been shortened.`);
    title = `${title.slice(0, LIMITS.title - 1)}…`;
  }

  let due: string | undefined;
  if (raw.d !== undefined && raw.d !== '') {
    if (isDate(raw.d)) due = raw.d;
    else problems.push(`The due date ${quote(raw.d)} is not a date (expected YYYY-MM-DD); no due date is shown.`);
  }

  let instructions = multiLine(raw.n ?? '');
  if (instructions.length > LIMITS.instructions) {
    problems.push(`The instructions were longer than ${LIMITS.instructions} characters and have been shortened.`);
    instructions = `${instructions.slice(0, LIMITS.instructions - 1)}…`;
  }

  const lessons = catalog.lessons.filter((lesson) => chosen.has(lesson));
  // A session's number stays only while the lessons are exactly that session's.
  if (session !== undefined && !sameLessons(lessons, catalog.sessions[session]!)) session = undefined;
  return {
    assignment: { title: title || DEFAULT_TITLE, lessons, session, due, instructions },
    problems,
  };
}

const sameLessons = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((lesson) => b.includes(lesson));

/**
 * The query string for an assignment, as short as it can be: a session by its number when the
 * lessons are exactly one session's, otherwise each lesson; the title, due date and instructions
 * only when given. `readAssignment` reads it back to the same assignment.
 */
export function assignmentQuery(assignment: Assignment, catalog: Catalog): string {
  const params = new URLSearchParams();
  const session = Object.entries(catalog.sessions).find(([, lessons]) => sameLessons(assignment.lessons, lessons));
  if (session) params.set('s', session[0]);
  else for (const lesson of catalog.lessons.filter((slug) => assignment.lessons.includes(slug))) params.append('l', lesson);
  const title = oneLine(assignment.title);
  if (title && title !== DEFAULT_TITLE) params.set('t', title);
  if (assignment.due) params.set('d', assignment.due);
  const instructions = multiLine(assignment.instructions);
  if (instructions) params.set('n', instructions);
  return params.toString();
}
