/**
 * The class API's messages, defined once: what each request sends and what each answer holds.
 * The server builds its answers against these types; the browser imports them type-only, so no
 * server code (and no zod) reaches a page.
 */
import type { z } from 'astro/zod';
import type { attemptBody, completionBody, createClassBody, joinBody } from './bodies';
import type { ClassReport, LearnerRecords } from './db';

/** The path of each endpoint under `<base>api/class/`. */
export type ClassEndpoint = 'health' | 'classes' | 'join' | 'attempts' | 'completions' | 'me' | 'report' | 'gradebook' | `learners/${string}`;

export type CreateClassRequest = z.input<typeof createClassBody>;
export type JoinRequest = z.input<typeof joinBody>;
export type AttemptRequest = z.input<typeof attemptBody>;
export type CompletionRequest = z.input<typeof completionBody>;

/** A class as learners see it. */
export interface PublicClass {
  id: string;
  name: string;
  assignment: string | null;
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

/** `DELETE learners/<id>`. */
export interface Removed {
  removed: true;
}
