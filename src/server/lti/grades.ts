import { defaultGradingRule, gradedAttempt, type GradableAttempt } from '@/common/graded';
import type { Kysely } from 'kysely';
import { learnerRecords, type Schema } from '../db';
import { lineItemsFor, ltiDb, ltiSubjectOf, queueScore } from '../db/lti';

/**
 * The learner's graded attempt of a lesson. One function, so the class's own grading rule
 * replaces the default here and nowhere else. Attempts stored before answers were kept count as
 * complete.
 */
export async function gradedAttemptOf(
  db: Kysely<Schema>,
  learnerId: string,
  lesson: string,
): Promise<{ key: string; points: number; of: number; at: string } | undefined> {
  const { attempts } = await learnerRecords(db, learnerId);
  const gradable: (GradableAttempt & { key: string })[] = attempts
    .filter((attempt) => attempt.lesson === lesson && attempt.of > 0)
    .map((attempt) => ({
      key: attempt.key,
      points: attempt.points,
      of: attempt.of,
      at: attempt.at,
      complete: attempt.answers.every((answer) => answer.answer !== ''),
      answersShown: false,
    }));
  return gradedAttempt(gradable, defaultGradingRule);
}

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
  const graded = await gradedAttemptOf(db, learnerId, lesson);
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
