/**
 * The class API's messages, defined once: what each request sends and what each answer holds.
 * The server builds its answers against these types; the browser imports them type-only, so no
 * server code (and no zod) reaches a page.
 */
import type { z } from 'astro/zod';
import type { GradingRule } from '@/common/graded';
import type { attemptBody, classSettingsBody, completionBody, createClassBody, joinBody } from './bodies';
import type { ClassReport, LearnerRecords } from './db';

/** The path of each endpoint under `<base>api/class/`. */
export type ClassEndpoint = 'health' | 'classes' | 'join' | 'attempts' | 'completions' | 'me' | 'report' | 'gradebook' | 'settings' | `learners/${string}`;

export type CreateClassRequest = z.input<typeof createClassBody>;
export type JoinRequest = z.input<typeof joinBody>;
/** The quiz always says whether the attempt is complete and whether the answers had been shown; the server also takes older bodies without. */
export type AttemptRequest = z.input<typeof attemptBody> & { complete: boolean; answersShown: boolean };
export type CompletionRequest = z.input<typeof completionBody>;
export type ClassSettingsRequest = z.input<typeof classSettingsBody>;

/** A class as learners see it. */
export interface PublicClass {
  id: string;
  name: string;
  assignment: string | null;
  /** Which quiz attempt is graded. */
  gradingRule: GradingRule;
}

export interface Health {
  classMode: true;
}

/** `POST classes`: the instructor key is shown once and never stored in the clear. */
export interface CreatedClass {
  class: PublicClass;
  joinCode: string;
  instructorKey: string;
}

/** `POST join`. */
export interface Joined {
  class: PublicClass;
  learner: { id: string; name: string };
  learnerToken: string;
}

/** `POST attempts` and `POST completions`: stored now, or stored before under the same key. */
export interface Stored {
  stored: true;
  duplicate: boolean;
}

/** `GET me`: everything stored about the learner who asks. */
export interface MyRecords extends LearnerRecords {
  learner: { id: string; name: string; joinedAt: string };
  class: PublicClass | undefined;
}

/** `GET report`: the instructor's view of the class. */
export interface Report extends ClassReport {
  class: PublicClass & { joinCode: string; createdAt: string };
}

/** `POST settings`: the class as it now stands. */
export interface ClassSettings {
  class: PublicClass;
}

/** `DELETE learners/<id>`. */
export interface Removed {
  removed: true;
}
