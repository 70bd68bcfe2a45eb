import type { Kysely } from 'kysely';
import type { Schema } from './schema';

export interface ClassReport {
  roster: { id: string; name: string; joinedAt: string; attempts: number; completed: number }[];
  /** Learners who completed each lesson. */
  completion: { lesson: string; learners: number }[];
  /** Each learner's best score (0 … 1) and number of attempts per lesson they tried. */
  best: { learnerId: string; lesson: string; best: number; attempts: number }[];
  /** Per question of each lesson: answers seen, share fully correct, and the most common wrong answer. */
  items: { lesson: string; question: number; answers: number; correct: number; commonWrong: string | null; commonWrongCount: number }[];
}

/** What the instructor dashboard shows about one class; every query is limited to that class. */
export async function classReport(db: Kysely<Schema>, classId: string): Promise<ClassReport> {
  const learners = db.selectFrom('learners').select('id').where('class_id', '=', classId);
  const [roster, attemptsBy, completedBy, completion, best, items, wrong] = await Promise.all([
    db.selectFrom('learners').select(['id', 'name', 'joined_at']).where('class_id', '=', classId).orderBy('name').execute(),
    db.selectFrom('attempts').select((eb) => ['learner_id', eb.fn.countAll().as('n')]).where('learner_id', 'in', learners).groupBy('learner_id').execute(),
    db.selectFrom('completions').select((eb) => ['learner_id', eb.fn.countAll().as('n')]).where('learner_id', 'in', learners).groupBy('learner_id').execute(),
    db.selectFrom('completions').select((eb) => ['lesson', eb.fn.countAll().as('n')]).where('learner_id', 'in', learners).groupBy('lesson').orderBy('lesson').execute(),
    db
      .selectFrom('attempts')
      .select((eb) => ['learner_id', 'lesson', eb.fn.max(eb(eb.cast('points', 'double precision'), '/', eb.ref('of'))).as('best'), eb.fn.countAll().as('n')])
      .where('learner_id', 'in', learners)
      .where('of', '>', 0)
      .groupBy(['learner_id', 'lesson'])
      .orderBy('lesson')
      .execute(),
    db
      .selectFrom('answers')
      .innerJoin('attempts', (join) => join.onRef('attempts.learner_id', '=', 'answers.learner_id').onRef('attempts.key', '=', 'answers.attempt_key'))
      .select((eb) => [
        'attempts.lesson',
        'answers.question',
        eb.fn.countAll().as('n'),
        eb.fn.sum(eb.case().when('answers.credit', '>=', 1).then(1).else(0).end()).as('correct'),
      ])
      .where('answers.learner_id', 'in', learners)
      .groupBy(['attempts.lesson', 'answers.question'])
      .orderBy('attempts.lesson')
      .orderBy('answers.question')
      .execute(),
    db
      .selectFrom('answers')
      .innerJoin('attempts', (join) => join.onRef('attempts.learner_id', '=', 'answers.learner_id').onRef('attempts.key', '=', 'answers.attempt_key'))
      .select((eb) => ['attempts.lesson', 'answers.question', 'answers.answer', eb.fn.countAll().as('n')])
      .where('answers.learner_id', 'in', learners)
      .where('answers.credit', '<', 1)
      .where('answers.answer', '<>', '')
      .groupBy(['attempts.lesson', 'answers.question', 'answers.answer'])
      .execute(),
  ]);
  const count = (rows: { learner_id: string; n: unknown }[]) => new Map(rows.map((row) => [row.learner_id, Number(row.n)]));
  const attempts = count(attemptsBy);
  const completed = count(completedBy);
  // The most common wrong answer per question; ties go to the answer that sorts first, so reports are stable.
  const commonWrong = new Map<string, { answer: string; n: number }>();
  for (const row of wrong) {
    const id = `${row.lesson}#${row.question}`;
    const n = Number(row.n);
    const seen = commonWrong.get(id);
    if (!seen || n > seen.n || (n === seen.n && row.answer < seen.answer)) commonWrong.set(id, { answer: row.answer, n });
  }
  return {
    roster: roster.map((row) => ({ id: row.id, name: row.name, joinedAt: row.joined_at, attempts: attempts.get(row.id) ?? 0, completed: completed.get(row.id) ?? 0 })),
    completion: completion.map((row) => ({ lesson: row.lesson, learners: Number(row.n) })),
    best: best.map((row) => ({ learnerId: row.learner_id, lesson: row.lesson, best: Number(row.best), attempts: Number(row.n) })),
    items: items.map((row) => {
      const wrongMost = commonWrong.get(`${row.lesson}#${row.question}`);
      return {
        lesson: row.lesson,
        question: Number(row.question),
        answers: Number(row.n),
        correct: Number(row.correct) / Number(row.n),
        commonWrong: wrongMost?.answer ?? null,
        commonWrongCount: wrongMost?.n ?? 0,
      };
    }),
  };
}
