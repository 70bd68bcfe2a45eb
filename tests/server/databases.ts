import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '@/server/db';

export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database; `dispose` removes it. */
  open(): Promise<Database & { dispose(): Promise<void> }>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'threshold-db-'));
    const database = openDatabase({ file: join(folder, 'class.sqlite') });
    return {
      ...database,
      async dispose() {
        await database.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  },
};

/** Each PostgreSQL test database is a schema of its own, so test files can run side by side. */
function postgres(url: string): TestDatabase {
  return {
    name: 'postgres',
    async open() {
      const schema = `test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const database = openDatabase({ url: scoped.toString() });
      return {
        ...database,
        async dispose() {
          await database.close();
          await admin.query(`drop schema ${schema} cascade`);
          await admin.end();
        },
      };
    },
  };
}

/** SQLite always; PostgreSQL too when `TEST_DATABASE_URL` names one. */
export const testDatabases: TestDatabase[] = [sqlite, ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : [])];
