import type { Kysely } from 'kysely';

/** Classes, their learners, quiz attempts (score only) and lesson completions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('classes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('assignment', 'text')
    .addColumn('join_code', 'text', (column) => column.notNull().unique())
    .addColumn('key_hash', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createTable('learners')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('token_hash', 'text', (column) => column.notNull())
    .addColumn('joined_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('learners_class_name', ['class_id', 'name'])
    .execute();
  await db.schema
    .createTable('attempts')
    .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id').onDelete('cascade'))
    .addColumn('key', 'text', (column) => column.notNull())
    .addColumn('lesson', 'text', (column) => column.notNull())
    .addColumn('points', 'double precision', (column) => column.notNull())
    .addColumn('of', 'integer', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('received_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('attempts_pk', ['learner_id', 'key'])
    .execute();
  await db.schema
    .createTable('completions')
    .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id').onDelete('cascade'))
    .addColumn('lesson', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('completions_pk', ['learner_id', 'lesson'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['completions', 'attempts', 'learners', 'classes']) await db.schema.dropTable(table).execute();
}
