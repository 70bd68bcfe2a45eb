import type { Kysely } from 'kysely';
import type { GradingRule } from '@/common/graded';
import { asGradingRule, classAttempts, gradedAttempts } from './grades';
import type { Schema } from './schema';

export interface ClassReport {
  /** The rule that picks each learner's graded attempt (see `src/common/graded.ts`). */
  gradingRule: GradingRule;
  roster: { id: string; name: string; joinedAt: string; attempts: number; completed: number }[];
  /** Learners who completed each lesson. */
  completion: { lesson: string; learners: number }[];
  /**
   * Per learner and lesson they tried: the graded score (0 … 1) under the class's rule, or null while
   * no attempt qualifies, when the graded attempt was made, and how many attempts there were.
   */
  graded: { learnerId: string; lesson: string; score: number | null; at: string | null; attempts: number }[];
  /**
   * Per question of each lesson, over graded attempts only (one per learner, so retries do not
   * weigh): answers seen, share fully correct, and the most common wrong answer.
   */
  items: { lesson: string; question: number; answers: number; correct: number; commonWrong: string | null; commonWrongCount: number }[];
}

/** What the instructor dashboard shows about one class; every query is limited to that class. */
export async function classReport(db: Kysely<Schema>, classId: string): Promise<ClassReport> {
  const learners = db.selectFrom('learners').select('id').where('class_id', '=', classId);
  const [found, roster, completedBy, completion, attempts, answers] = await Promise.all([
    db.selectFrom('classes').select('grading_rule').where('id', '=', classId).executeTakeFirst(),
    db.selectFrom('learners').select(['id', 'name', 'joined_at']).where('class_id', '=', classId).orderBy('name').execute(),
    db.selectFrom('completions').select((eb) => ['learner_id', eb.fn.countAll().as('n')]).where('learner_id', 'in', learners).groupBy('learner_id').execute(),
    db.selectFrom('completions').select((eb) => ['lesson', eb.fn.countAll().as('n')]).where('learner_id', 'in', learners).groupBy('lesson').orderBy('lesson').execute(),
    classAttempts(db, classId),
    db
      .selectFrom('answers')
      .select(['learner_id', 'attempt_key', 'question', 'credit', 'answer'])
      .where('learner_id', 'in', learners)
      .execute(),
  ]);
  const gradingRule = asGradingRule(found?.grading_rule);
  const byLearnerLesson = gradedAttempts(attempts, gradingRule);
  const attemptsOf = new Map<string, number>();
  for (const attempt of attempts) attemptsOf.set(attempt.learnerId, (attemptsOf.get(attempt.learnerId) ?? 0) + 1);
  const completed = new Map(completedBy.map((row) => [row.learner_id, Number(row.n)]));

  const graded: ClassReport['graded'] = [...byLearnerLesson].map(([id, entry]) => {
    const [learnerId, lesson] = id.split('#') as [string, string];
    return { learnerId, lesson, score: entry.graded ? entry.graded.points / entry.graded.of : null, at: entry.graded?.at ?? null, attempts: entry.attempts };
  });
  graded.sort((a, b) => a.lesson.localeCompare(b.lesson) || a.learnerId.localeCompare(b.learnerId));

  // Item analysis over the graded attempts' answers only.
  const lessonOf = new Map<string, string>();
  for (const { graded: attempt } of byLearnerLesson.values()) if (attempt) lessonOf.set(`${attempt.learnerId}#${attempt.key}`, attempt.lesson);
  const tally = new Map<string, { lesson: string; question: number; answers: number; correct: number; wrong: Map<string, number> }>();
  for (const row of answers) {
    const lesson = lessonOf.get(`${row.learner_id}#${row.attempt_key}`);
    if (lesson === undefined) continue;
    const question = Number(row.question);
    const id = `${lesson}#${question}`;
    const entry = tally.get(id) ?? { lesson, question, answers: 0, correct: 0, wrong: new Map<string, number>() };
    tally.set(id, entry);
    entry.answers += 1;
    if (Number(row.credit) >= 1) entry.correct += 1;
    else if (row.answer !== '') entry.wrong.set(row.answer, (entry.wrong.get(row.answer) ?? 0) + 1);
  }
  const items = [...tally.values()]
    .sort((a, b) => (a.lesson < b.lesson ? -1 : a.lesson > b.lesson ? 1 : a.question - b.question))
    .map(({ lesson, question, answers: seen, correct, wrong }) => {
      // The most common wrong answer; ties go to the answer that sorts first, so reports are stable.
      let common: { answer: string; n: number } | undefined;
      for (const [answer, n] of wrong) if (!common || n > common.n || (n === common.n && answer < common.answer)) common = { answer, n };
      return { lesson, question, answers: seen, correct: correct / seen, commonWrong: common?.answer ?? null, commonWrongCount: common?.n ?? 0 };
    });

  return {
    gradingRule,
    roster: roster.map((row) => ({ id: row.id, name: row.name, joinedAt: row.joined_at, attempts: attemptsOf.get(row.id) ?? 0, completed: completed.get(row.id) ?? 0 })),
    completion: completion.map((row) => ({ lesson: row.lesson, learners: Number(row.n) })),
    graded,
    items,
  };
}
