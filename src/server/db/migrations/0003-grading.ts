import { sql, type Kysely } from 'kysely';

/**
 * The graded attempt: each class keeps the rule its instructor chose (`src/common/graded.ts`), and
 * each attempt says whether every question was answered and whether the learner had asked to see
 * the answers before checking it. Flags are integers (0 or 1) so both databases store them alike.
 *
 * Rows stored before keep what can be known of them: a class grades by the default rule; an
 * attempt with an unanswered question (an empty answer) is incomplete, one stored without answers
 * counts as complete; and as the quiz then showed every answer at the first check, every attempt
 * after a learner's first at a lesson was made with the answers seen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('classes').addColumn('grading_rule', 'text', (column) => column.notNull().defaultTo('first')).execute();
  await db.schema.alterTable('attempts').addColumn('complete', 'integer', (column) => column.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('attempts').addColumn('answers_shown', 'integer', (column) => column.notNull().defaultTo(0)).execute();
  await sql`update attempts set complete = 0 where exists (
    select 1 from answers where answers.learner_id = attempts.learner_id and answers.attempt_key = attempts.key and answers.answer = ''
  )`.execute(db);
  await sql`update attempts set answers_shown = 1 where exists (
    select 1 from attempts earlier where earlier.learner_id = attempts.learner_id and earlier.lesson = attempts.lesson
      and (earlier.at < attempts.at or (earlier.at = attempts.at and earlier.key < attempts.key))
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('attempts').dropColumn('answers_shown').execute();
  await db.schema.alterTable('attempts').dropColumn('complete').execute();
  await db.schema.alterTable('classes').dropColumn('grading_rule').execute();
}
