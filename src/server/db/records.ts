import type { Kysely } from 'kysely';
import type { Schema } from './schema';

export interface AttemptInput {
  key: string;
  lesson: string;
  points: number;
  of: number;
  at: string;
  answers: { credit: number; answer: string }[];
  /** Every question answered. */
  complete: boolean;
  /** The learner had asked to see this quiz's answers before this check. */
  answersShown: boolean;
}

/** One learner's attempt, as a batch of writes holds it. */
export interface AttemptWrite {
  learnerId: string;
  attempt: AttemptInput;
  /** When the server received it. */
  now: string;
}

/**
 * Stores attempts and their answers in one transaction, so a batch costs one commit (one flush
 * to disk) however many learners sent it. A key already stored for its learner is a replay:
 * nothing is written for it and its `duplicate` is true. Returns only after the commit.
 */
export async function insertAttempts(db: Kysely<Schema>, writes: AttemptWrite[]): Promise<{ duplicate: boolean }[]> {
  return db.transaction().execute(async (trx) => {
    const results: { duplicate: boolean }[] = [];
    for (const { learnerId, attempt, now } of writes) {
      const stored = await trx
        .insertInto('attempts')
        .values({
          learner_id: learnerId,
          key: attempt.key,
          lesson: attempt.lesson,
          points: attempt.points,
          of: attempt.of,
          at: attempt.at,
          received_at: now,
          complete: attempt.complete ? 1 : 0,
          answers_shown: attempt.answersShown ? 1 : 0,
        })
        .onConflict((conflict) => conflict.columns(['learner_id', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      results.push({ duplicate: !stored });
      if (stored) await keepAnswersShown(trx, learnerId, attempt.lesson);
      if (stored && attempt.answers.length > 0) {
        await trx
          .insertInto('answers')
          .values(attempt.answers.map(({ credit, answer }, question) => ({ learner_id: learnerId, attempt_key: attempt.key, question, credit, answer })))
          .execute();
      }
    }
    return results;
  });
}

/**
 * Answers once shown stay shown: every attempt of a learner at a lesson made after one checked
 * with the answers seen is marked so too, whatever the browser said (another device, a cleared
 * browser) and in whatever order the attempts arrive.
 */
async function keepAnswersShown(db: Kysely<Schema>, learnerId: string, lesson: string): Promise<void> {
  await db
    .updateTable('attempts')
    .set({ answers_shown: 1 })
    .where('learner_id', '=', learnerId)
    .where('lesson', '=', lesson)
    .where('answers_shown', '=', 0)
    .where((eb) =>
      eb(
        'at',
        '>',
        eb
          .selectFrom('attempts as shown')
          .select((inner) => inner.fn.min('shown.at').as('first'))
          .where('shown.learner_id', '=', learnerId)
          .where('shown.lesson', '=', lesson)
          .where('shown.answers_shown', '=', 1),
      ),
    )
    .execute();
}

/** Stores one attempt and its answers (see {@link insertAttempts}). */
export async function insertAttempt(db: Kysely<Schema>, learnerId: string, attempt: AttemptInput, now: string): Promise<{ duplicate: boolean }> {
  const [result] = await insertAttempts(db, [{ learnerId, attempt, now }]);
  return result!;
}

/** Marks `lesson` complete; the first completion is kept, so a replay changes nothing. */
export async function insertCompletion(db: Kysely<Schema>, learnerId: string, lesson: string, at: string): Promise<{ duplicate: boolean }> {
  const stored = await db
    .insertInto('completions')
    .values({ learner_id: learnerId, lesson, at })
    .onConflict((conflict) => conflict.columns(['learner_id', 'lesson']).doNothing())
    .returning('lesson')
    .executeTakeFirst();
  return { duplicate: !stored };
}

export interface LearnerRecords {
  attempts: {
    key: string;
    lesson: string;
    points: number;
    of: number;
    at: string;
    complete: boolean;
    answersShown: boolean;
    answers: { question: number; credit: number; answer: string }[];
  }[];
  completions: { lesson: string; at: string }[];
}

/** Everything stored about one learner, and nothing about anyone else. */
export async function learnerRecords(db: Kysely<Schema>, learnerId: string): Promise<LearnerRecords> {
  const [attempts, answers, completions] = await Promise.all([
    db.selectFrom('attempts').select(['key', 'lesson', 'points', 'of', 'at', 'complete', 'answers_shown']).where('learner_id', '=', learnerId).orderBy('at').orderBy('key').execute(),
    db.selectFrom('answers').select(['attempt_key', 'question', 'credit', 'answer']).where('learner_id', '=', learnerId).orderBy('question').execute(),
    db.selectFrom('completions').select(['lesson', 'at']).where('learner_id', '=', learnerId).orderBy('at').execute(),
  ]);
  const byAttempt = new Map<string, typeof answers>();
  for (const answer of answers) byAttempt.set(answer.attempt_key, [...(byAttempt.get(answer.attempt_key) ?? []), answer]);
  return {
    attempts: attempts.map(({ answers_shown, ...attempt }) => ({
      ...attempt,
      points: Number(attempt.points),
      of: Number(attempt.of),
      complete: Number(attempt.complete) === 1,
      answersShown: Number(answers_shown) === 1,
      answers: (byAttempt.get(attempt.key) ?? []).map(({ question, credit, answer }) => ({ question: Number(question), credit: Number(credit), answer })),
    })),
    completions,
  };
}

/** How many attempts are stored in all, for the load test's count of lost submissions. */
export async function countAttempts(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom('attempts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
