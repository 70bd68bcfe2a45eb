import { expect, test } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '@/server/db';

test('queries waiting for the SQLite connection are served in the order they asked', async () => {
  const { db, close } = openDatabase({ file: ':memory:' });
  const served: number[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // A transaction holds the one connection across a wait, as a batch of writes does.
  const transaction = db.transaction().execute(async (trx) => {
    await sql`select 1`.execute(trx);
    await held;
  });
  await new Promise((resolve) => setImmediate(resolve));
  const queries = Array.from({ length: 50 }, (_, index) => sql`select ${index} as n`.execute(db).then(() => served.push(index)));
  release();
  await Promise.all([transaction, ...queries]);
  expect(served).toEqual(Array.from({ length: 50 }, (_, index) => index));
  await close();
});
