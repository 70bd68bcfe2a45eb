import type { Kysely } from 'kysely';
import { defaultGradingRule, gradedAttempt, gradingRules, type GradingRule } from '@/common/graded';
import type { Schema } from './schema';

/** One stored attempt as the grading rule weighs it. */
export interface StoredAttempt {
  learnerId: string;
  key: string;
  lesson: string;
  points: number;
  of: number;
  at: string;
  complete: boolean;
  answersShown: boolean;
}

/** A rule read from the database; anything unknown falls back to the default. */
export const asGradingRule = (value: unknown): GradingRule => (gradingRules as readonly unknown[]).includes(value) ? (value as GradingRule) : defaultGradingRule;

const attemptColumns = ['learner_id', 'key', 'lesson', 'points', 'of', 'at', 'complete', 'answers_shown'] as const;

function storedAttempt(row: { learner_id: string; key: string; lesson: string; points: number; of: number; at: string; complete: number; answers_shown: number }): StoredAttempt {
  return {
    learnerId: row.learner_id,
    key: row.key,
    lesson: row.lesson,
    points: Number(row.points),
    of: Number(row.of),
    at: row.at,
    complete: Number(row.complete) === 1,
    answersShown: Number(row.answers_shown) === 1,
  };
}

/** Every attempt of the learners of a class, for grading them all at once. */
export async function classAttempts(db: Kysely<Schema>, classId: string): Promise<StoredAttempt[]> {
  const rows = await db
    .selectFrom('attempts')
    .select([...attemptColumns])
    .where('learner_id', 'in', db.selectFrom('learners').select('id').where('class_id', '=', classId))
    .where('of', '>', 0)
    .orderBy('at')
    .orderBy('key')
    .execute();
  return rows.map(storedAttempt);
}

/** The graded attempt of each learner and lesson among `attempts`, under `rule`, keyed `<learnerId>#<lesson>`. */
export function gradedAttempts(attempts: readonly StoredAttempt[], rule: GradingRule): Map<string, { graded: StoredAttempt | undefined; attempts: number }> {
  const groups = new Map<string, StoredAttempt[]>();
  for (const attempt of attempts) {
    const id = `${attempt.learnerId}#${attempt.lesson}`;
    groups.set(id, [...(groups.get(id) ?? []), attempt]);
  }
  return new Map([...groups].map(([id, group]) => [id, { graded: gradedAttempt(group, rule), attempts: group.length }]));
}

/** What the LMS grade passback and the dashboard send for one learner and lesson. */
export interface GradedResult {
  /** The rule of the learner's class. */
  rule: GradingRule;
  /** The attempt that counts, or undefined while none qualifies (no attempt yet, or none complete under `first`). */
  attempt: StoredAttempt | undefined;
  /** `attempt.points / attempt.of`, 0 … 1, when there is a graded attempt. */
  score: number | undefined;
}

/**
 * The graded attempt of one learner at one lesson's quiz, under the rule their class chose; the one
 * place the server answers "what is this learner's grade for this quiz". Undefined when there is
 * no such learner.
 */
export async function gradedAttemptFor(db: Kysely<Schema>, learnerId: string, lesson: string): Promise<GradedResult | undefined> {
  const learner = await db
    .selectFrom('learners')
    .innerJoin('classes', 'classes.id', 'learners.class_id')
    .select('classes.grading_rule')
    .where('learners.id', '=', learnerId)
    .executeTakeFirst();
  if (!learner) return undefined;
  const rule = asGradingRule(learner.grading_rule);
  const rows = await db.selectFrom('attempts').select([...attemptColumns]).where('learner_id', '=', learnerId).where('lesson', '=', lesson).where('of', '>', 0).orderBy('at').orderBy('key').execute();
  const attempt = gradedAttempt(rows.map(storedAttempt), rule);
  return { rule, attempt, score: attempt && attempt.points / attempt.of };
}
