import type { Kysely } from 'kysely';
import type { ClassTable, LearnerTable, Schema } from './schema';

export type ClassRow = ClassTable;
export type LearnerRow = LearnerTable;

export async function insertClass(db: Kysely<Schema>, row: ClassRow): Promise<void> {
  await db.insertInto('classes').values(row).execute();
}

export async function findClass(db: Kysely<Schema>, id: string): Promise<ClassRow | undefined> {
  return db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findClassByCode(db: Kysely<Schema>, joinCode: string): Promise<ClassRow | undefined> {
  return db.selectFrom('classes').selectAll().where('join_code', '=', joinCode).executeTakeFirst();
}

/** Adds a learner unless the class already has one of that name; says which happened. */
export async function insertLearner(db: Kysely<Schema>, row: LearnerRow): Promise<'added' | 'name taken'> {
  const added = await db
    .insertInto('learners')
    .values(row)
    .onConflict((conflict) => conflict.columns(['class_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return added ? 'added' : 'name taken';
}

export async function findLearner(db: Kysely<Schema>, id: string): Promise<LearnerRow | undefined> {
  return db.selectFrom('learners').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Removes a learner of `classId` and, by cascade, every record of theirs; false when there was none. */
export async function deleteLearner(db: Kysely<Schema>, classId: string, learnerId: string): Promise<boolean> {
  const result = await db.deleteFrom('learners').where('id', '=', learnerId).where('class_id', '=', classId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
