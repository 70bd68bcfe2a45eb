import type { QuizModel } from '@/quiz/model';
import type { SessionModel } from '@/instructors/session-model';

/** One lesson's quiz as every export reads it: the model the lesson page builds (math as MathML). */
export interface ExportQuiz {
  /** The lesson's slug, which names the files and prefixes every identifier. */
  lesson: string;
  /** The lesson's position in the course. */
  order: number;
  /** The lesson's title. */
  title: string;
  /** The quiz file, for error messages: `content/quizzes/<lesson>.yaml`. */
  file: string;
  model: QuizModel;
}

/** A class session as the course cartridge lays it out: one module. */
export interface ExportSession {
  slug: string;
  number: number;
  title: string;
  summary: string;
  minutes: number;
  /** Lesson slugs, in the session's order. */
  lessons: string[];
  model: SessionModel;
}

export interface ExportLesson {
  slug: string;
  order: number;
  title: string;
  summary: string;
}

/** The whole course, for the course-wide exports. */
export interface ExportCourse {
  lessons: ExportLesson[];
  quizzes: ExportQuiz[];
  sessions: ExportSession[];
}

/** The formats, as errors and the guide name them. */
export type Format = 'QTI 2.1' | 'Canvas QTI' | 'Moodle XML' | 'Common Cartridge 1.3';

/**
 * Stops the build on a question a format cannot carry faithfully, naming the quiz file, the
 * question and the format: a question is never silently dropped or changed.
 */
export function cannotExpress(quiz: ExportQuiz, question: number, format: Format, why: string): never {
  throw new Error(`${quiz.file}: question ${question}: the ${format} export cannot express it: ${why}`);
}
