import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AttemptBatch } from '@/server/attempt-batch';
import { countAttempts, insertClass, insertLearner, migrateToLatest, type Database } from '@/server/db';
import { testDatabases } from './databases';

const now = '2026-11-24T10:00:00.000Z';
const attempt = (key: string) => ({ key, lesson: 'scaling-laws', points: 1, of: 2, at: now, answers: [{ credit: 1, answer: 'a' }, { credit: 0, answer: 'b' }], complete: true, answersShown: false });

describe.each(testDatabases)('attempts written in batches on $name', ({ open }) => {
  let database: Database & { dispose(): Promise<void> };
  beforeEach(async () => {
    database = await open();
    await migrateToLatest(database.db);
    await insertClass(database.db, { id: 'c1', name: 'C', assignment: null, join_code: 'code', key_hash: 'hash', created_at: now });
    for (const id of ['ada', 'bo']) await insertLearner(database.db, { id, class_id: 'c1', name: id, token_hash: id, joined_at: now });
  });
  afterEach(async () => {
    await database.dispose();
  });

  test('writes sent at once are each answered after the commit, replays in the same batch included', async () => {
    const batch = new AttemptBatch(database.db);
    const results = await Promise.all([
      batch.write({ learnerId: 'ada', attempt: attempt('key-0001'), now }),
      batch.write({ learnerId: 'bo', attempt: attempt('key-0001'), now }),
      batch.write({ learnerId: 'ada', attempt: attempt('key-0001'), now }),
      batch.write({ learnerId: 'ada', attempt: attempt('key-0002'), now }),
    ]);
    expect(results.map((result) => result.duplicate)).toEqual([false, false, true, false]);
    expect(await countAttempts(database.db)).toBe(3);
    expect(await database.db.selectFrom('answers').select('learner_id').execute()).toHaveLength(6);
  });

  test('a write that fails fails alone; the others in its batch are stored', async () => {
    const batch = new AttemptBatch(database.db);
    const results = await Promise.allSettled([
      batch.write({ learnerId: 'ada', attempt: attempt('key-0001'), now }),
      batch.write({ learnerId: 'nobody', attempt: attempt('key-0002'), now }),
      batch.write({ learnerId: 'bo', attempt: attempt('key-0003'), now }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await countAttempts(database.db)).toBe(2);
  });

  test('writes that arrive during a commit go into the next one', async () => {
    const batch = new AttemptBatch(database.db);
    const first = batch.write({ learnerId: 'ada', attempt: attempt('key-0001'), now });
    await new Promise((resolve) => setImmediate(resolve));
    const second = batch.write({ learnerId: 'bo', attempt: attempt('key-0002'), now });
    expect(await Promise.all([first, second])).toEqual([{ duplicate: false }, { duplicate: false }]);
    expect(await countAttempts(database.db)).toBe(2);
  });
});
