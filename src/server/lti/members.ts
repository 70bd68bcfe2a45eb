import { defaultGradingRule } from '@/common/graded';
import { findClass, findLearner, type ClassRow } from '../db';
import { findLtiContext, findLtiUser, insertLtiContext, insertLtiUser, type LtiDb } from '../db/lti';
import { formatCredential, hashSecret, newId, newJoinCode } from '../secrets';
import type { ToolKeys } from './keys';

/**
 * LMS courses and users as classes and learners. Their credentials are derived from the tool's
 * key (HMAC), not stored: every launch can hand the browser the same learner token or instructor
 * key again, and the database still holds only their hashes.
 */
export const classSecret = (keys: ToolKeys, classId: string): string => keys.derive(`class:${classId}`);
export const learnerSecret = (keys: ToolKeys, learnerId: string): string => keys.derive(`learner:${learnerId}`);

export const instructorKeyOf = (keys: ToolKeys, classId: string): string => formatCredential('instructor', classId, classSecret(keys, classId));
export const learnerTokenOf = (keys: ToolKeys, learnerId: string): string => formatCredential('learner', learnerId, learnerSecret(keys, learnerId));

export interface CourseIdentity {
  issuer: string;
  clientId: string;
  deploymentId: string;
  contextId: string;
  title: string;
}

/** The class of an LMS course, made on its first launch. */
export async function classOfCourse(db: LtiDb, keys: ToolKeys, course: CourseIdentity, now: string): Promise<ClassRow> {
  const known = await findLtiContext(db, course.issuer, course.deploymentId, course.contextId);
  if (known) return (await findClass(db, known.class_id))!;
  const id = newId();
  const row: ClassRow = {
    id,
    name: course.title.slice(0, 80) || 'LMS course',
    assignment: null,
    join_code: newJoinCode(),
    key_hash: hashSecret(classSecret(keys, id)),
    created_at: now,
    // The instructor may change it on the class dashboard, as for any class.
    grading_rule: defaultGradingRule,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('classes').values(row).execute();
    await insertLtiContext(trx, {
      class_id: id,
      issuer: course.issuer,
      client_id: course.clientId,
      deployment_id: course.deploymentId,
      context_id: course.contextId,
      memberships_url: null,
    });
  });
  // Two first launches at once: the one whose context row stuck wins, the other class goes.
  const winner = await findLtiContext(db, course.issuer, course.deploymentId, course.contextId);
  if (winner && winner.class_id !== id) {
    await db.deleteFrom('classes').where('id', '=', id).execute();
    return (await findClass(db, winner.class_id))!;
  }
  return row;
}

/** Names are unique within a class: a second “Ada Lovelace” becomes “Ada Lovelace (2)”. */
async function addLearnerNamed(db: LtiDb, classId: string, id: string, name: string, tokenHash: string, now: string): Promise<void> {
  const plain =
    name
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .trim()
      .slice(0, 34) || 'Learner';
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? plain : `${plain} (${n})`;
    const added = await db
      .insertInto('learners')
      .values({
        id,
        class_id: classId,
        name: candidate,
        token_hash: tokenHash,
        joined_at: now,
      })
      .onConflict((conflict) => conflict.columns(['class_id', 'name']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (added) return;
  }
  throw new Error('no free learner name');
}

/** The learner row of an LMS user in a class, made on first sight (launch or roster). */
export async function learnerOfUser(db: LtiDb, keys: ToolKeys, classId: string, issuer: string, subject: string, name: string, now: string): Promise<string> {
  const known = await findLtiUser(db, classId, issuer, subject);
  if (known) return known;
  const id = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await addLearnerNamed(trx, classId, id, name, hashSecret(learnerSecret(keys, id)), now);
      await insertLtiUser(trx, {
        learner_id: id,
        class_id: classId,
        issuer,
        subject,
      });
    });
    return id;
  } catch (error) {
    const raced = await findLtiUser(db, classId, issuer, subject);
    if (raced) return raced;
    throw error;
  }
}

/** The learner's token, its hash refreshed in case the tool's key changed since it was made. */
export async function signInLearner(db: LtiDb, keys: ToolKeys, learnerId: string): Promise<string> {
  const hash = hashSecret(learnerSecret(keys, learnerId));
  const row = await findLearner(db, learnerId);
  if (row && row.token_hash !== hash) await db.updateTable('learners').set({ token_hash: hash }).where('id', '=', learnerId).execute();
  return learnerTokenOf(keys, learnerId);
}

export async function signInInstructor(db: LtiDb, keys: ToolKeys, classId: string): Promise<string> {
  const hash = hashSecret(classSecret(keys, classId));
  const row = await findClass(db, classId);
  if (row && row.key_hash !== hash) await db.updateTable('classes').set({ key_hash: hash }).where('id', '=', classId).execute();
  return instructorKeyOf(keys, classId);
}

/** A display name from the launch or roster claims. */
export function displayName(
  claims: {
    name?: unknown;
    given_name?: unknown;
    family_name?: unknown;
    email?: unknown;
  },
  subject: string,
): string {
  if (typeof claims.name === 'string' && claims.name.trim()) return claims.name.trim();
  const parts = [claims.given_name, claims.family_name].filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  if (parts.length) return parts.join(' ');
  if (typeof claims.email === 'string' && claims.email) return claims.email;
  return `Learner ${subject.slice(0, 8)}`;
}
