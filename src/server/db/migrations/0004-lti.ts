import type { Kysely } from 'kysely';

/**
 * LTI 1.3: each LMS course (context) is a class, each LMS user (issuer + subject) a learner of it;
 * the links placed in the LMS; login states; hand-offs between steps of a launch; and the queue of
 * scores owed to the LMS gradebook with the last score each line item received.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lti_contexts')
    .addColumn('class_id', 'text', (column) => column.primaryKey().references('classes.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('deployment_id', 'text', (column) => column.notNull())
    .addColumn('context_id', 'text', (column) => column.notNull())
    .addColumn('memberships_url', 'text')
    .addUniqueConstraint('lti_contexts_identity', ['issuer', 'deployment_id', 'context_id'])
    .execute();
  await db.schema
    .createTable('lti_users')
    .addColumn('learner_id', 'text', (column) => column.primaryKey().references('learners.id').onDelete('cascade'))
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('subject', 'text', (column) => column.notNull())
    .addUniqueConstraint('lti_users_identity', ['class_id', 'issuer', 'subject'])
    .execute();
  await db.schema
    .createTable('lti_links')
    .addColumn('class_id', 'text', (column) => column.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('link_id', 'text', (column) => column.notNull())
    .addColumn('lesson', 'text')
    .addColumn('line_item', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('lti_links_pk', ['class_id', 'link_id'])
    .execute();
  await db.schema
    .createTable('lti_states')
    .addColumn('state', 'text', (column) => column.primaryKey())
    .addColumn('nonce', 'text', (column) => column.notNull())
    .addColumn('issuer', 'text', (column) => column.notNull())
    .addColumn('client_id', 'text', (column) => column.notNull())
    .addColumn('login', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('lti_handoffs')
    .addColumn('code', 'text', (column) => column.primaryKey())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('payload', 'text', (column) => column.notNull())
    .addColumn('expires_at', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createTable('lti_score_queue')
    .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id').onDelete('cascade'))
    .addColumn('line_item', 'text', (column) => column.notNull())
    .addColumn('attempt_key', 'text', (column) => column.notNull())
    .addColumn('score_given', 'double precision', (column) => column.notNull())
    .addColumn('score_maximum', 'double precision', (column) => column.notNull())
    .addColumn('timestamp', 'text', (column) => column.notNull())
    .addColumn('tries', 'integer', (column) => column.notNull())
    .addColumn('next_at', 'text', (column) => column.notNull())
    .addColumn('last_error', 'text')
    .addPrimaryKeyConstraint('lti_score_queue_pk', ['learner_id', 'line_item'])
    .execute();
  await db.schema.createIndex('lti_score_queue_due').on('lti_score_queue').column('next_at').execute();
  await db.schema
    .createTable('lti_scores_sent')
    .addColumn('learner_id', 'text', (column) => column.notNull().references('learners.id').onDelete('cascade'))
    .addColumn('line_item', 'text', (column) => column.notNull())
    .addColumn('attempt_key', 'text', (column) => column.notNull())
    .addColumn('score_given', 'double precision', (column) => column.notNull())
    .addColumn('score_maximum', 'double precision', (column) => column.notNull())
    .addColumn('sent_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('lti_scores_sent_pk', ['learner_id', 'line_item'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('lti_score_queue_due').execute();
  for (const table of ['lti_scores_sent', 'lti_score_queue', 'lti_handoffs', 'lti_states', 'lti_links', 'lti_users', 'lti_contexts'])
    await db.schema.dropTable(table).execute();
}
