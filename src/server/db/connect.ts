import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { FairSqliteDialect } from './fair-sqlite';
import type { Schema } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, or else an SQLite file (`:memory:` for a throwaway one). */
export interface DatabaseOptions {
  /** `postgres://user:password@host:port/db`; when set, SQLite is not used. */
  url?: string;
  /** SQLite file, created with its folder when missing. */
  file?: string;
}

/**
 * Opens the database. SQLite runs in WAL mode with `synchronous = FULL`, so a commit is on disk
 * before the call returns and an acknowledged submission survives a crash or a kill; foreign keys
 * are enforced, which SQLite does not do unless asked.
 */
export function openDatabase({ url, file }: DatabaseOptions): Database {
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`unsupported database url: ${url.split(':')[0]} (expected postgres://…)`);
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (!file) throw new Error('no database: give a postgres url or an sqlite file');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Schema>({ dialect: new FairSqliteDialect({ database }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
