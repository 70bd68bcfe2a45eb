import type { Kysely } from 'kysely';

/** Each attempt's answers question by question, for item analysis; attempts stored before this have none. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('answers')
    .addColumn('learner_id', 'text', (column) => column.notNull())
    .addColumn('attempt_key', 'text', (column) => column.notNull())
    .addColumn('question', 'integer', (column) => column.notNull())
    .addColumn('credit', 'double precision', (column) => column.notNull())
    .addColumn('answer', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('answers_pk', ['learner_id', 'attempt_key', 'question'])
    .addForeignKeyConstraint('answers_attempt', ['learner_id', 'attempt_key'], 'attempts', ['learner_id', 'key'], (constraint) =>
      constraint.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('attempts_lesson').on('attempts').column('lesson').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('attempts_lesson').execute();
  await db.schema.dropTable('answers').execute();
}
