import { defaultGradingRule } from '@/common/graded';
import {
  asGradingRule,
  classReport,
  deleteLearner,
  findClass,
  findClassByCode,
  findLearner,
  insertClass,
  insertCompletion,
  insertLearner,
  learnerRecords,
  setGradingRule,
  type ClassRow,
  type LearnerRow,
} from './db';
import { requireAdmissible } from './admissible';
import { attemptBatch } from './attempt-batch';
import { attemptBody, classSettingsBody, completionBody, createClassBody, joinBody } from './bodies';
import type { ClassContext } from './context';
import { gradebookCsv } from './gradebook';
import { gradeForLms, regradeForLms } from './lti/runtime';
import { ApiError, bearer, json, readBody, requireSameOrigin, respond } from './http';
import type { ClassSettings, CreatedClass, Joined, MyRecords, PublicClass, Removed, Report, Stored } from './protocol';
import { rules, type BucketRule } from './rate-limit';
import { formatCredential, hashSecret, matchesHash, newId, newJoinCode, newSecret, normalizeJoinCode, parseCredential, type CredentialKind } from './secrets';

/**
 * The class API as plain functions of a web `Request`: each validates, authenticates, limits and
 * answers with JSON (or CSV). Routes in `src/pages/api/class/` only pass requests in; tests call
 * these directly.
 */

/** The handler, answering every refusal or failure as JSON (see `respond`). */
function guarded<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return (...args) => respond(() => handler(...args));
}

function limit(context: ClassContext, key: string, rule: BucketRule): void {
  const taken = context.limiter.take(key, rule);
  if (!taken.ok) throw new ApiError(429, 'too many requests: wait and try again', { 'Retry-After': String(taken.retryAfter) });
}

const publicClass = (row: ClassRow): PublicClass => ({ id: row.id, name: row.name, assignment: row.assignment, gradingRule: asGradingRule(row.grading_rule) });

const credentialNames: Record<CredentialKind, string> = { learner: 'learner token', instructor: 'instructor key' };
const wrongKind: Record<CredentialKind, string> = {
  learner: 'this needs a learner token, not an instructor key',
  instructor: 'this needs the instructor key, not a learner token',
};

/** The row a credential of `kind` belongs to, its secret checked against the stored hash; else 401 or 403. */
async function holderOf<T>(request: Request, kind: CredentialKind, find: (id: string) => Promise<T | undefined>, hashOf: (row: T) => string): Promise<T> {
  const invalid = new ApiError(401, `the ${credentialNames[kind]} is not valid`);
  const credential = parseCredential(bearer(request, credentialNames[kind]));
  if (!credential) throw invalid;
  if (credential.kind !== kind) throw new ApiError(403, wrongKind[kind]);
  const row = await find(credential.id);
  if (!row || !matchesHash(credential.secret, hashOf(row))) throw invalid;
  return row;
}

const learnerOf = (request: Request, context: ClassContext): Promise<LearnerRow> =>
  holderOf(request, 'learner', (id) => findLearner(context.db, id), (row) => row.token_hash);

const classOf = (request: Request, context: ClassContext): Promise<ClassRow> =>
  holderOf(request, 'instructor', (id) => findClass(context.db, id), (row) => row.key_hash);

export const createClass = guarded(async (request: Request, context: ClassContext, client: string): Promise<Response> => {
  requireSameOrigin(request);
  limit(context, `create:${client}`, rules.create);
  const body = await readBody(request, createClassBody);
  const id = newId();
  const secret = newSecret();
  const row: ClassRow = {
    id,
    name: body.name,
    assignment: body.assignment ?? null,
    join_code: newJoinCode(),
    key_hash: hashSecret(secret),
    created_at: context.now().toISOString(),
    grading_rule: body.gradingRule ?? defaultGradingRule,
  };
  await insertClass(context.db, row);
  return json({ class: publicClass(row), joinCode: row.join_code, instructorKey: formatCredential('instructor', id, secret) } satisfies CreatedClass, 201);
});

export const joinClass = guarded(async (request: Request, context: ClassContext, client: string): Promise<Response> => {
  requireSameOrigin(request);
  limit(context, `join:${client}`, rules.join);
  const body = await readBody(request, joinBody);
  const found = await findClassByCode(context.db, normalizeJoinCode(body.code));
  if (!found) throw new ApiError(404, 'no class has this join code: check it with your instructor');
  const id = newId();
  const secret = newSecret();
  const added = await insertLearner(context.db, { id, class_id: found.id, name: body.name, token_hash: hashSecret(secret), joined_at: context.now().toISOString() });
  if (added === 'name taken') throw new ApiError(409, 'someone in this class already uses that name: choose another');
  return json({ class: publicClass(found), learner: { id, name: body.name }, learnerToken: formatCredential('learner', id, secret) } satisfies Joined, 201);
});

export const submitAttempt = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  requireSameOrigin(request);
  const learner = await learnerOf(request, context);
  limit(context, `submit:${learner.id}`, rules.submit);
  const body = await readBody(request, attemptBody);
  requireAdmissible(body, context.lessons, context.now());
  const { duplicate } = await attemptBatch(context.db).write({ learnerId: learner.id, attempt: body, now: context.now().toISOString() });
  if (!duplicate) await gradeForLms(context, learner.id, body.lesson);
  return json({ stored: true, duplicate } satisfies Stored, duplicate ? 200 : 201);
});

export const submitCompletion = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  requireSameOrigin(request);
  const learner = await learnerOf(request, context);
  limit(context, `submit:${learner.id}`, rules.submit);
  const body = await readBody(request, completionBody);
  requireAdmissible(body, context.lessons, context.now());
  const { duplicate } = await insertCompletion(context.db, learner.id, body.lesson, body.at);
  return json({ stored: true, duplicate } satisfies Stored, duplicate ? 200 : 201);
});

/** The learner's own records: their name, their class, their attempts and completions. */
export const myRecords = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  const learner = await learnerOf(request, context);
  limit(context, `read:${learner.id}`, rules.read);
  const found = await findClass(context.db, learner.class_id);
  const records = await learnerRecords(context.db, learner.id);
  return json({ learner: { id: learner.id, name: learner.name, joinedAt: learner.joined_at }, class: found && publicClass(found), ...records } satisfies MyRecords);
});

export const report = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  const found = await classOf(request, context);
  limit(context, `read:${found.id}`, rules.read);
  return json({ class: { ...publicClass(found), joinCode: found.join_code, createdAt: found.created_at }, ...(await classReport(context.db, found.id)) } satisfies Report);
});

export const gradebook = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  const found = await classOf(request, context);
  limit(context, `read:${found.id}`, rules.read);
  const csv = gradebookCsv(await classReport(context.db, found.id));
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="gradebook.csv"',
      'Cache-Control': 'no-store',
    },
  });
});

/** Removes a learner of the instructor's class and all their records, on request. */
export const removeLearner = guarded(async (request: Request, context: ClassContext, learnerId: string): Promise<Response> => {
  requireSameOrigin(request);
  const found = await classOf(request, context);
  limit(context, `read:${found.id}`, rules.read);
  if (!(await deleteLearner(context.db, found.id, learnerId))) throw new ApiError(404, 'no learner of this class has that id');
  return json({ removed: true } satisfies Removed);
});

/** Changes the class's settings (its grading rule); the dashboard, gradebook and grade passback follow at once. */
export const updateSettings = guarded(async (request: Request, context: ClassContext): Promise<Response> => {
  requireSameOrigin(request);
  const found = await classOf(request, context);
  limit(context, `read:${found.id}`, rules.read);
  const body = await readBody(request, classSettingsBody);
  await setGradingRule(context.db, found.id, body.gradingRule);
  if (body.gradingRule !== found.grading_rule) await regradeForLms(context, found.id);
  return json({ class: publicClass({ ...found, grading_rule: body.gradingRule }) } satisfies ClassSettings);
});
