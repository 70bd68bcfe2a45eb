import type { Generated } from 'kysely';
import type { GradingRule } from '@/common/graded';

/** Tables as the latest migration leaves them. Times are ISO 8601 strings in both databases. */
export interface ClassTable {
  /** Public id, random; named in instructor keys and join links. */
  id: string;
  name: string;
  /** What the instructor set the class, in their words; optional. */
  assignment: string | null;
  /** What learners type to join; unique, random. */
  join_code: string;
  /** SHA-256 of the instructor key's secret part; the key itself is shown once and never stored. */
  key_hash: string;
  created_at: string;
  /** Which attempt is graded (see `src/common/graded.ts`); `first` unless the instructor chose otherwise. */
  grading_rule: Generated<GradingRule>;
}

export interface LearnerTable {
  id: string;
  class_id: string;
  /** As the learner typed it, unique within the class. */
  name: string;
  /** SHA-256 of the learner token's secret part. */
  token_hash: string;
  joined_at: string;
}

export interface AttemptTable {
  learner_id: string;
  /** The browser's idempotency key: a replayed submission finds its row and adds nothing. */
  key: string;
  lesson: string;
  points: number;
  of: number;
  /** When the learner checked the quiz. */
  at: string;
  /** When the server stored it. */
  received_at: string;
  /** 1 when every question was answered, else 0. */
  complete: number;
  /** 1 when the learner had asked to see this quiz's answers before this check, else 0. */
  answers_shown: number;
}

export interface AnswerTable {
  learner_id: string;
  attempt_key: string;
  /** Position of the question in the quiz as built, from 0. */
  question: number;
  /** Credit earned, 0 … 1. */
  credit: number;
  /** The answer in short form (option ids, a number as typed, an order); empty when unanswered. */
  answer: string;
}

export interface CompletionTable {
  learner_id: string;
  lesson: string;
  at: string;
}

export interface Schema {
  classes: ClassTable;
  learners: LearnerTable;
  attempts: AttemptTable;
  answers: AnswerTable;
  completions: CompletionTable;
}

