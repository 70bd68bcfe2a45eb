import type { Insertable, Kysely, Selectable } from 'kysely';
import type { GradingRule } from '@/common/graded';
import type { ClassTable, LearnerTable, Schema } from './schema';

export type ClassRow = Selectable<ClassTable>;
export type LearnerRow = LearnerTable;

/** A new class; its grading rule is the default unless given. */
export async function insertClass(db: Kysely<Schema>, row: Insertable<ClassTable>): Promise<void> {
  await db.insertInto('classes').values(row).execute();
}

export async function findClass(db: Kysely<Schema>, id: string): Promise<ClassRow | undefined> {
  return db.selectFrom('classes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Sets the class's grading rule; false when there is no such class. */
export async function setGradingRule(db: Kysely<Schema>, id: string, rule: GradingRule): Promise<boolean> {
  const result = await db.updateTable('classes').set({ grading_rule: rule }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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
