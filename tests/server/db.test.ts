import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import {
  appliedMigrations,
  classReport,
  countAttempts,
  deleteLearner,
  findClassByCode,
  insertAttempt,
  insertClass,
  insertCompletion,
  insertLearner,
  learnerRecords,
  migrateTo,
  migrateToLatest,
  migrations,
  type Database,
} from '@/server/db';
import { testDatabases } from './databases';

const now = '2026-11-24T10:00:00.000Z';
const aClass = (id: string) => ({ id, name: `Class ${id}`, assignment: null, join_code: `code-${id}`, key_hash: `hash-${id}`, created_at: now });
const aLearner = (id: string, classId: string, name = id) => ({ id, class_id: classId, name, token_hash: `token-${id}`, joined_at: now });
const anAttempt = (key: string, points: number, answers: string[] = []) => ({
  key,
  lesson: 'scaling-laws',
  points,
  of: 3,
  at: now,
  answers: answers.map((answer, index) => ({ credit: answer === 'a' || index === 2 ? 1 : 0, answer })),
});

describe.each(testDatabases)('data layer on $name', ({ open }) => {
  let database: Database & { dispose(): Promise<void> };
  beforeEach(async () => {
    database = await open();
  });
  afterEach(async () => {
    await database.dispose();
  });

  test('migrations bring an empty database to the latest version, and running them again does nothing', async () => {
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await appliedMigrations(database.db)).toEqual(Object.keys(migrations));
  });

  test('a database of the previous version keeps its data when migrated to the latest', async () => {
    await migrateTo(database.db, '0001-classes');
    await insertClass(database.db, aClass('c1'));
    await insertLearner(database.db, aLearner('l1', 'c1'));
    await sql`insert into attempts (learner_id, key, lesson, points, of, at, received_at) values ('l1', 'k-old', 'scaling-laws', 2, 3, ${now}, ${now})`.execute(database.db);
    expect(await migrateToLatest(database.db)).toEqual(['0002-answers', '0004-lti']);
    const records = await learnerRecords(database.db, 'l1');
    expect(records.attempts).toEqual([{ key: 'k-old', lesson: 'scaling-laws', points: 2, of: 3, at: now, answers: [] }]);
    await insertAttempt(database.db, 'l1', anAttempt('k-new', 1, ['a', 'b', 'c']), now);
    const answered = (await learnerRecords(database.db, 'l1')).attempts.map((attempt) => [attempt.key, attempt.answers.length]);
    expect(Object.fromEntries(answered)).toEqual({ 'k-old': 0, 'k-new': 3 });
  });

  describe('once migrated', () => {
    beforeEach(async () => {
      await migrateToLatest(database.db);
      await insertClass(database.db, aClass('c1'));
      await insertClass(database.db, aClass('c2'));
      await insertLearner(database.db, aLearner('ada', 'c1'));
      await insertLearner(database.db, aLearner('bo', 'c1'));
      await insertLearner(database.db, aLearner('cy', 'c2'));
    });

    test('a class is found by its join code', async () => {
      expect((await findClassByCode(database.db, 'code-c2'))?.id).toBe('c2');
      expect(await findClassByCode(database.db, 'code-none')).toBeUndefined();
    });

    test('a second learner of the same name in one class is refused, in another class allowed', async () => {
      expect(await insertLearner(database.db, aLearner('ada2', 'c1', 'ada'))).toBe('name taken');
      expect(await insertLearner(database.db, aLearner('ada3', 'c2', 'ada'))).toBe('added');
    });

    test('a replayed attempt is stored once, with its answers once', async () => {
      expect(await insertAttempt(database.db, 'ada', anAttempt('k1', 2, ['a', 'b', 'c']), now)).toEqual({ duplicate: false });
      expect(await insertAttempt(database.db, 'ada', anAttempt('k1', 3, ['a', 'a', 'c']), now)).toEqual({ duplicate: true });
      expect(await countAttempts(database.db)).toBe(1);
      const [stored] = (await learnerRecords(database.db, 'ada')).attempts;
      expect(stored?.points).toBe(2);
      expect(stored?.answers.map((answer) => answer.answer)).toEqual(['a', 'b', 'c']);
    });

    test('the same key from two learners is two attempts', async () => {
      await insertAttempt(database.db, 'ada', anAttempt('k1', 2), now);
      await insertAttempt(database.db, 'bo', anAttempt('k1', 1), now);
      expect(await countAttempts(database.db)).toBe(2);
    });

    test('a lesson completed twice keeps the first completion', async () => {
      expect(await insertCompletion(database.db, 'ada', 'scaling-laws', now)).toEqual({ duplicate: false });
      expect(await insertCompletion(database.db, 'ada', 'scaling-laws', '2026-11-25T00:00:00.000Z')).toEqual({ duplicate: true });
      expect((await learnerRecords(database.db, 'ada')).completions).toEqual([{ lesson: 'scaling-laws', at: now }]);
    });

    test('records of an unknown learner cannot be written (foreign keys are on)', async () => {
      await expect(insertCompletion(database.db, 'nobody', 'scaling-laws', now)).rejects.toThrow();
    });

    test("a learner's records hold theirs only", async () => {
      await insertAttempt(database.db, 'ada', anAttempt('k1', 2), now);
      await insertAttempt(database.db, 'cy', anAttempt('k2', 1), now);
      await insertCompletion(database.db, 'bo', 'scaling-laws', now);
      const records = await learnerRecords(database.db, 'ada');
      expect(records.attempts.map((attempt) => attempt.key)).toEqual(['k1']);
      expect(records.completions).toEqual([]);
    });

    test('the class report counts, scores and analyses items within the class only', async () => {
      await insertAttempt(database.db, 'ada', anAttempt('k1', 1, ['b', 'b', 'x']), now);
      await insertAttempt(database.db, 'ada', anAttempt('k2', 3, ['a', 'a', 'x']), now);
      await insertAttempt(database.db, 'bo', anAttempt('k3', 1.5, ['c', 'b', 'x']), now);
      await insertAttempt(database.db, 'cy', anAttempt('k4', 0, ['z', 'z', 'x']), now);
      await insertCompletion(database.db, 'ada', 'scaling-laws', now);
      const report = await classReport(database.db, 'c1');
      expect(report.roster).toEqual([
        { id: 'ada', name: 'ada', joinedAt: now, attempts: 2, completed: 1 },
        { id: 'bo', name: 'bo', joinedAt: now, attempts: 1, completed: 0 },
      ]);
      expect(report.completion).toEqual([{ lesson: 'scaling-laws', learners: 1 }]);
      expect(report.best).toEqual([
        { learnerId: 'ada', lesson: 'scaling-laws', best: 1, attempts: 2 },
        { learnerId: 'bo', lesson: 'scaling-laws', best: 0.5, attempts: 1 },
      ]);
      expect(report.items).toEqual([
        { lesson: 'scaling-laws', question: 0, answers: 3, correct: 1 / 3, commonWrong: 'b', commonWrongCount: 1 },
        { lesson: 'scaling-laws', question: 1, answers: 3, correct: 1 / 3, commonWrong: 'b', commonWrongCount: 2 },
        { lesson: 'scaling-laws', question: 2, answers: 3, correct: 1, commonWrong: null, commonWrongCount: 0 },
      ]);
    });

    test('removing a learner removes their attempts, answers and completions, and nobody else’s', async () => {
      await insertAttempt(database.db, 'ada', anAttempt('k1', 2, ['a']), now);
      await insertAttempt(database.db, 'bo', anAttempt('k2', 2, ['a']), now);
      await insertCompletion(database.db, 'ada', 'scaling-laws', now);
      expect(await deleteLearner(database.db, 'c2', 'ada')).toBe(false);
      expect(await deleteLearner(database.db, 'c1', 'ada')).toBe(true);
      expect(await learnerRecords(database.db, 'ada')).toEqual({ attempts: [], completions: [] });
      expect(await countAttempts(database.db)).toBe(1);
      const answers = await database.db.selectFrom('answers').select('learner_id').execute();
      expect(answers).toEqual([{ learner_id: 'bo' }]);
    });
  });
});
