import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/** The LTI tables (migration 0004-lti). Times are ISO 8601 strings. */
export type LtiTables = {
  /** An LMS course placed the tool: it is the class `class_id`. */
  lti_contexts: {
    class_id: string;
    issuer: string;
    client_id: string;
    deployment_id: string;
    context_id: string;
    /** The course roster service (NRPS), when a launch offered it. */
    memberships_url: string | null;
  };
  /** The LMS user `issuer` + `subject` is the learner row `learner_id` of the class. */
  lti_users: {
    learner_id: string;
    class_id: string;
    issuer: string;
    subject: string;
  };
  /** A link placed in the LMS course: the lesson it opens and the gradebook column (AGS line item) it reports to. */
  lti_links: {
    class_id: string;
    link_id: string;
    lesson: string | null;
    line_item: string | null;
    updated_at: string;
  };
  /** An OIDC login under way: used once, within minutes. `login` keeps the login's parameters (JSON) for a retry in a new window. */
  lti_states: {
    state: string;
    nonce: string;
    issuer: string;
    client_id: string;
    login: string;
    expires_at: string;
    used_at: string | null;
  };
  /** One step of a launch handed to the next (the platform-storage check, the deep-linking picker); used once. */
  lti_handoffs: {
    code: string;
    kind: string;
    payload: string;
    expires_at: string;
    used_at: string | null;
  };
  /** The score owed to a line item for a learner: at most one per pair, replaced by a newer grade. */
  lti_score_queue: {
    learner_id: string;
    line_item: string;
    attempt_key: string;
    score_given: number;
    score_maximum: number;
    timestamp: string;
    tries: number;
    next_at: string;
    last_error: string | null;
  };
  /** The last score a line item accepted for a learner: an unchanged grade is not sent again. */
  lti_scores_sent: {
    learner_id: string;
    line_item: string;
    attempt_key: string;
    score_given: number;
    score_maximum: number;
    sent_at: string;
  };
};

export type LtiDb = Kysely<Schema & LtiTables>;

/** The class database seen with the LTI tables too. */
export const ltiDb = (db: Kysely<Schema>): LtiDb => db.withTables<LtiTables>();

export type LtiContextRow = LtiTables['lti_contexts'];
export type LtiLinkRow = LtiTables['lti_links'];
export type QueuedScore = LtiTables['lti_score_queue'];

export async function findLtiContext(db: LtiDb, issuer: string, deploymentId: string, contextId: string): Promise<LtiContextRow | undefined> {
  return db
    .selectFrom('lti_contexts')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('deployment_id', '=', deploymentId)
    .where('context_id', '=', contextId)
    .executeTakeFirst();
}

export async function ltiContextOfClass(db: LtiDb, classId: string): Promise<LtiContextRow | undefined> {
  return db.selectFrom('lti_contexts').selectAll().where('class_id', '=', classId).executeTakeFirst();
}

export async function insertLtiContext(db: LtiDb, row: LtiContextRow): Promise<void> {
  await db
    .insertInto('lti_contexts')
    .values(row)
    .onConflict((conflict) => conflict.columns(['issuer', 'deployment_id', 'context_id']).doNothing())
    .execute();
}

export async function setMembershipsUrl(db: LtiDb, classId: string, url: string): Promise<void> {
  await db.updateTable('lti_contexts').set({ memberships_url: url }).where('class_id', '=', classId).execute();
}

export async function findLtiUser(db: LtiDb, classId: string, issuer: string, subject: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('lti_users')
    .select('learner_id')
    .where('class_id', '=', classId)
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
  return row?.learner_id;
}

export async function ltiSubjectOf(db: LtiDb, learnerId: string): Promise<{ classId: string; issuer: string; subject: string } | undefined> {
  const row = await db.selectFrom('lti_users').selectAll().where('learner_id', '=', learnerId).executeTakeFirst();
  return row && { classId: row.class_id, issuer: row.issuer, subject: row.subject };
}

export async function insertLtiUser(db: LtiDb, row: LtiTables['lti_users']): Promise<void> {
  await db.insertInto('lti_users').values(row).execute();
}

/** Records a link; a launch that names no lesson or line item (some roles' launches carry none) keeps the ones known. */
export async function upsertLtiLink(db: LtiDb, row: LtiLinkRow): Promise<void> {
  await db
    .insertInto('lti_links')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['class_id', 'link_id']).doUpdateSet((eb) => ({
        lesson: eb.fn.coalesce(eb.ref('excluded.lesson'), eb.ref('lti_links.lesson')),
        line_item: eb.fn.coalesce(eb.ref('excluded.line_item'), eb.ref('lti_links.line_item')),
        updated_at: row.updated_at,
      })),
    )
    .execute();
}

/** The line items of a class's links that open `lesson`. */
export async function lineItemsFor(db: LtiDb, classId: string, lesson: string): Promise<string[]> {
  const rows = await db
    .selectFrom('lti_links')
    .select('line_item')
    .distinct()
    .where('class_id', '=', classId)
    .where('lesson', '=', lesson)
    .where('line_item', 'is not', null)
    .execute();
  return rows.map((row) => row.line_item!);
}

/** The LMS learners of a class with attempts of a lesson that a link of the class grades, and those lessons. */
export async function gradedLessonsOfClass(db: LtiDb, classId: string): Promise<{ learnerId: string; lesson: string }[]> {
  const graded = db.selectFrom('lti_links').select('lesson').where('class_id', '=', classId).where('line_item', 'is not', null);
  const rows = await db
    .selectFrom('attempts')
    .innerJoin('lti_users', 'lti_users.learner_id', 'attempts.learner_id')
    .select(['attempts.learner_id', 'attempts.lesson'])
    .distinct()
    .where('lti_users.class_id', '=', classId)
    .where('attempts.lesson', 'in', graded)
    .execute();
  return rows.map((row) => ({ learnerId: row.learner_id, lesson: row.lesson }));
}

export async function insertState(db: LtiDb, row: Omit<LtiTables['lti_states'], 'used_at'>): Promise<void> {
  await db
    .insertInto('lti_states')
    .values({ ...row, used_at: null })
    .execute();
}

export async function findState(db: LtiDb, state: string): Promise<LtiTables['lti_states'] | undefined> {
  return db.selectFrom('lti_states').selectAll().where('state', '=', state).executeTakeFirst();
}

/** Marks a state used; false when it already was (a replay), so only one request wins. */
export async function useState(db: LtiDb, state: string, now: string): Promise<boolean> {
  const result = await db.updateTable('lti_states').set({ used_at: now }).where('state', '=', state).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertHandoff(db: LtiDb, row: Omit<LtiTables['lti_handoffs'], 'used_at'>): Promise<void> {
  await db
    .insertInto('lti_handoffs')
    .values({ ...row, used_at: null })
    .execute();
}

/** The hand-off's payload, once: undefined when unknown, of another kind, expired or used. */
export async function takeHandoff(db: LtiDb, code: string, kind: string, now: string): Promise<string | undefined> {
  const row = await db.selectFrom('lti_handoffs').selectAll().where('code', '=', code).where('kind', '=', kind).executeTakeFirst();
  if (!row || row.expires_at < now) return undefined;
  const result = await db.updateTable('lti_handoffs').set({ used_at: now }).where('code', '=', code).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0 ? row.payload : undefined;
}

/** Forgets login states and hand-offs that expired before `now`. */
export async function pruneExpired(db: LtiDb, now: string): Promise<void> {
  await db.deleteFrom('lti_states').where('expires_at', '<', now).execute();
  await db.deleteFrom('lti_handoffs').where('expires_at', '<', now).execute();
}

/**
 * Queues the score for a learner's line item unless that very score was last sent or is already
 * queued; a queued older score is replaced, so the platform never receives a stale one after a
 * newer one. Says whether anything was queued.
 */
export async function queueScore(db: LtiDb, score: Omit<QueuedScore, 'tries' | 'next_at' | 'last_error'>, now: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const same = (row: { score_given: number; score_maximum: number } | undefined) =>
      row !== undefined && Number(row.score_given) === score.score_given && Number(row.score_maximum) === score.score_maximum;
    const key = (table: 'lti_score_queue' | 'lti_scores_sent') =>
      trx.selectFrom(table).select(['score_given', 'score_maximum']).where('learner_id', '=', score.learner_id).where('line_item', '=', score.line_item);
    const queued = await key('lti_score_queue').executeTakeFirst();
    if (same(queued)) return false;
    const sent = await key('lti_scores_sent').executeTakeFirst();
    if (same(sent) && !queued) return false;
    if (same(sent) && queued) {
      // Back to the score the platform already holds: nothing is owed any more.
      await trx.deleteFrom('lti_score_queue').where('learner_id', '=', score.learner_id).where('line_item', '=', score.line_item).execute();
      return false;
    }
    const row: QueuedScore = {
      ...score,
      tries: 0,
      next_at: now,
      last_error: null,
    };
    await trx
      .insertInto('lti_score_queue')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['learner_id', 'line_item']).doUpdateSet({
          attempt_key: row.attempt_key,
          score_given: row.score_given,
          score_maximum: row.score_maximum,
          timestamp: row.timestamp,
          tries: 0,
          next_at: now,
          last_error: null,
        }),
      )
      .execute();
    return true;
  });
}

export async function dueScores(db: LtiDb, now: string, limit: number): Promise<QueuedScore[]> {
  const rows = await db.selectFrom('lti_score_queue').selectAll().where('next_at', '<=', now).orderBy('next_at').limit(limit).execute();
  return rows.map((row) => ({
    ...row,
    score_given: Number(row.score_given),
    score_maximum: Number(row.score_maximum),
    tries: Number(row.tries),
  }));
}

export async function allQueuedScores(db: LtiDb): Promise<QueuedScore[]> {
  return db.selectFrom('lti_score_queue').selectAll().orderBy('next_at').execute();
}

/**
 * Records a score the platform accepted and removes it from the queue, unless a newer score
 * replaced it meanwhile (that one stays queued).
 */
export async function scoreSent(db: LtiDb, sent: QueuedScore, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('lti_score_queue')
      .where('learner_id', '=', sent.learner_id)
      .where('line_item', '=', sent.line_item)
      .where('attempt_key', '=', sent.attempt_key)
      .where('timestamp', '=', sent.timestamp)
      .execute();
    const row = {
      learner_id: sent.learner_id,
      line_item: sent.line_item,
      attempt_key: sent.attempt_key,
      score_given: sent.score_given,
      score_maximum: sent.score_maximum,
      sent_at: now,
    };
    await trx
      .insertInto('lti_scores_sent')
      .values(row)
      .onConflict((conflict) =>
        conflict.columns(['learner_id', 'line_item']).doUpdateSet({
          attempt_key: row.attempt_key,
          score_given: row.score_given,
          score_maximum: row.score_maximum,
          sent_at: now,
        }),
      )
      .execute();
  });
}

/** A failed post: tried again at `nextAt`. Only the row as it was tried is touched. */
export async function scoreFailed(db: LtiDb, tried: QueuedScore, error: string, nextAt: string): Promise<void> {
  await db
    .updateTable('lti_score_queue')
    .set({
      tries: tried.tries + 1,
      next_at: nextAt,
      last_error: error.slice(0, 500),
    })
    .where('learner_id', '=', tried.learner_id)
    .where('line_item', '=', tried.line_item)
    .where('attempt_key', '=', tried.attempt_key)
    .where('timestamp', '=', tried.timestamp)
    .execute();
}
