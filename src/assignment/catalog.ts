import type { Catalog } from './link';
import type { LessonInfo } from './report';

/** What the assignment pages ship about the course, as JSON in `[data-assignment-catalog]`. */
export interface PageCatalog {
  lessons: (LessonInfo & { href: string; minutes: number; order: number })[];
  sessions: { number: number; title: string; lessons: string[] }[];
}

/** The part of the page's catalog that reading a link needs. */
export function linkCatalog(catalog: PageCatalog): Catalog {
  return {
    lessons: catalog.lessons.map((lesson) => lesson.slug),
    sessions: Object.fromEntries(catalog.sessions.map((session) => [session.number, session.lessons])),
  };
}

/** Reads the catalog the page was built with. */
export function readCatalog(root: ParentNode = document): PageCatalog {
  return JSON.parse(root.querySelector('[data-assignment-catalog]')!.textContent!) as PageCatalog;
}
