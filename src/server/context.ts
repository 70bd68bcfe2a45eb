import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest, openDatabase, type Schema } from './db';
import { RateLimiter } from './rate-limit';

/** What every class API call works with; tests build their own. */
export interface ClassContext {
  db: Kysely<Schema>;
  limiter: RateLimiter;
  now: () => Date;
  /** The course's lesson slugs: submissions for any other are refused. */
  lessons: ReadonlySet<string>;
}

/** The SQLite file when `DATABASE_URL` is not set: `<CLASS_DATA_DIR or ./data>/class.sqlite`. */
export const sqliteFile = (env: NodeJS.ProcessEnv): string => join(env.CLASS_DATA_DIR ?? 'data', 'class.sqlite');

let shared: Promise<ClassContext> | undefined;

/**
 * The server's one context: the database named by the environment, migrated to the latest
 * version before the first request is served. A failed start is retried on the next request.
 */
export function classContext(env: NodeJS.ProcessEnv = process.env): Promise<ClassContext> {
  shared ??= (async () => {
    const { db } = openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { file: sqliteFile(env) });
    await migrateToLatest(db);
    const { getCollection } = await import('astro:content');
    const lessons = new Set((await getCollection('lessons')).map((lesson) => lesson.id));
    return { db, limiter: new RateLimiter(), now: () => new Date(), lessons };
  })().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
