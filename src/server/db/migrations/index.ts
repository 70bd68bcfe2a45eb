import type { Migration } from 'kysely';
import * as classes from './0001-classes';
import * as answers from './0002-answers';
import * as grading from './0003-grading';
import * as lti from './0004-lti';

/**
 * Every migration, by name; Kysely runs them in name order and records each one it ran, so a
 * database of any earlier version is brought forward on start. Never edit one that has shipped:
 * add the next.
 */
export const migrations: Record<string, Migration> = {
  '0001-classes': classes,
  '0002-answers': answers,
  '0003-grading': grading,
  '0004-lti': lti,
};
