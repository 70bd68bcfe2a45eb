import type { Kysely } from 'kysely';
import { gradedAttemptFor, type Schema } from '../db';
import { gradedLessonsOfClass, lineItemsFor, ltiDb, ltiSubjectOf, queueScore } from '../db/lti';

/**
 * After an attempt is stored: when the learner came from an LMS and a link of their course that
 * opens this lesson reports to a gradebook column, the graded score is queued for it — only when
 * it differs from the score last sent or queued. Says how many scores were queued.
 */
export async function queueGrade(db: Kysely<Schema>, learnerId: string, lesson: string, now: string): Promise<number> {
  const lti = ltiDb(db);
  const user = await ltiSubjectOf(lti, learnerId);
  if (!user) return 0;
  const lineItems = await lineItemsFor(lti, user.classId, lesson);
  if (lineItems.length === 0) return 0;
  // The attempt the class's grading rule picks, as the dashboard and the gradebook CSV show it.
  const graded = (await gradedAttemptFor(db, learnerId, lesson))?.attempt;
  if (!graded) return 0;
  let queued = 0;
  for (const lineItem of lineItems) {
    const added = await queueScore(
      lti,
      {
        learner_id: learnerId,
        line_item: lineItem,
        attempt_key: graded.key,
        score_given: graded.points,
        score_maximum: graded.of,
        timestamp: graded.at,
      },
      now,
    );
    if (added) queued++;
  }
  return queued;
}

/**
 * After the class's grading rule changed: each LMS learner's graded score of each graded lesson,
 * queued where the new rule picks another score than the one sent or queued. Says how many.
 */
export async function queueClassGrades(db: Kysely<Schema>, classId: string, now: string): Promise<number> {
  let queued = 0;
  for (const { learnerId, lesson } of await gradedLessonsOfClass(ltiDb(db), classId)) queued += await queueGrade(db, learnerId, lesson, now);
  return queued;
}
