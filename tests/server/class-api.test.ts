import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countAttempts, migrateToLatest, type Database } from '@/server/db';
import * as api from '@/server/class-api';
import type { ClassContext } from '@/server/context';
import { MAX_BODY_BYTES } from '@/server/http';
import { RateLimiter } from '@/server/rate-limit';
import { testDatabases } from './databases';

const origin = 'http://class.test';

function request(method: string, path: string, { body, token, headers = {} }: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Request {
  return new Request(`${origin}${path}`, {
    method,
    headers: {
      host: 'class.test',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const attempt = (key: string, points = 2) => ({
  key,
  lesson: 'scaling-laws',
  at: '2026-11-24T10:00:00.000Z',
  points,
  of: 3,
  answers: [
    { credit: 1, answer: 'a' },
    { credit: 1, answer: '0.35' },
    { credit: 0, answer: 'c>a>b' },
  ],
});

describe.each(testDatabases)('class API on $name', ({ open }) => {
  let database: Database & { dispose(): Promise<void> };
  let context: ClassContext;

  beforeEach(async () => {
    database = await open();
    await migrateToLatest(database.db);
    context = { db: database.db, limiter: new RateLimiter(), now: () => new Date('2026-11-24T09:00:00.000Z'), lessons: new Set(['scaling-laws', 'what-is-emergence']) };
  });
  afterEach(async () => {
    await database.dispose();
  });

  async function newClass(name = 'LLM engineering') {
    const response = await api.createClass(request('POST', '/api/class/classes', { body: { name, assignment: 'Lessons 1–3' } }), context, `ip-${name}`);
    expect(response.status).toBe(201);
    return (await response.json()) as { class: { id: string }; joinCode: string; instructorKey: string };
  }

  async function join(code: string, name: string) {
    const response = await api.joinClass(request('POST', '/api/class/join', { body: { code, name } }), context, 'ip-learners');
    expect(response.status).toBe(201);
    return (await response.json()) as { learner: { id: string }; learnerToken: string };
  }

  async function status(response: Promise<Response>, expected: number): Promise<{ error?: string }> {
    const answered = await response;
    expect(answered.status).toBe(expected);
    expect(answered.headers.get('content-type')).toMatch(/^application\/json/);
    return (await answered.json()) as { error?: string };
  }

  test('an instructor creates a class; the key is shown once and stored only as a hash', async () => {
    const created = await newClass();
    expect(created.joinCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(created.instructorKey).toMatch(/^k_[\w-]+\.[\w-]{43}$/);
    const stored = await database.db.selectFrom('classes').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(created.instructorKey.split('.')[1]);
  });

  test('a learner joins with the code typed loosely, submits, and reads their own records', async () => {
    const created = await newClass();
    const learner = await join(` ${created.joinCode.toLowerCase().replace('-', ' ')} `, 'Ada');
    expect((await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-0001'), token: learner.learnerToken }), context)).status).toBe(201);
    expect((await api.submitCompletion(request('POST', '/api/class/completions', { body: { lesson: 'scaling-laws', at: '2026-11-24T10:00:00.000Z' }, token: learner.learnerToken }), context)).status).toBe(201);
    const records = (await (await api.myRecords(request('GET', '/api/class/me', { token: learner.learnerToken }), context)).json()) as {
      learner: { name: string };
      attempts: { key: string; answers: unknown[] }[];
      completions: unknown[];
    };
    expect(records.learner.name).toBe('Ada');
    expect(records.attempts.map((entry) => [entry.key, entry.answers.length])).toEqual([['attempt-0001', 3]]);
    expect(records.completions).toHaveLength(1);
  });

  test('a duplicated submission is acknowledged and stored once', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    const send = () => api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-0001'), token: learner.learnerToken }), context);
    expect(await status(send(), 201)).toEqual({ stored: true, duplicate: false });
    expect(await status(send(), 200)).toEqual({ stored: true, duplicate: true });
    expect(await countAttempts(database.db)).toBe(1);
  });

  test("a learner's token reads only their own records, never another learner's or another class's", async () => {
    const first = await newClass('First');
    const second = await newClass('Second');
    const ada = await join(first.joinCode, 'Ada');
    const bo = await join(first.joinCode, 'Bo');
    const cy = await join(second.joinCode, 'Cy');
    await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-bo-1'), token: bo.learnerToken }), context);
    await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-cy-1'), token: cy.learnerToken }), context);
    const mine = (await (await api.myRecords(request('GET', '/api/class/me', { token: ada.learnerToken }), context)).json()) as { attempts: unknown[] };
    expect(mine.attempts).toEqual([]);
    // A learner token cannot open the instructor's report, of their own class or any other.
    expect((await status(api.report(request('GET', '/api/class/report', { token: ada.learnerToken }), context), 403)).error).toMatch(/instructor key/);
    // Another learner's id with this learner's secret is refused.
    const forged = `l_${bo.learner.id}.${ada.learnerToken.split('.')[1]}`;
    await status(api.myRecords(request('GET', '/api/class/me', { token: forged }), context), 401);
  });

  test('an instructor key opens its own class only, and cannot remove another class’s learner', async () => {
    const first = await newClass('First');
    const second = await newClass('Second');
    await join(first.joinCode, 'Ada');
    const cy = await join(second.joinCode, 'Cy');
    const report = (await (await api.report(request('GET', '/api/class/report', { token: first.instructorKey }), context)).json()) as { roster: { name: string }[] };
    expect(report.roster.map((learner) => learner.name)).toEqual(['Ada']);
    await status(api.removeLearner(request('DELETE', `/api/class/learners/${cy.learner.id}`, { token: first.instructorKey }), context, cy.learner.id), 404);
    expect((await (await api.myRecords(request('GET', '/api/class/me', { token: cy.learnerToken }), context)).json()) as object).toHaveProperty('learner');
  });

  test('a wrong, malformed or missing instructor key is refused with 401', async () => {
    const created = await newClass();
    const [, secret] = created.instructorKey.split('.');
    const wrong = `${created.instructorKey.split('.')[0]}.${secret!.slice(1)}x`;
    expect((await status(api.report(request('GET', '/api/class/report', { token: wrong }), context), 401)).error).toBe('the instructor key is not valid');
    await status(api.report(request('GET', '/api/class/report', { token: 'k_nonsense' }), context), 401);
    expect((await status(api.report(request('GET', '/api/class/report'), context), 401)).error).toMatch(/Authorization: Bearer/);
    await status(api.gradebook(request('GET', '/api/class/gradebook'), context), 401);
  });

  test('malformed submissions are refused with 400 and a message naming the field', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    const send = (body: unknown) => api.submitAttempt(request('POST', '/api/class/attempts', { body, token: learner.learnerToken }), context);
    expect((await status(send('{"key":'), 400)).error).toBe('the body is not valid JSON');
    expect((await status(send({ ...attempt('attempt-0001'), points: 4 }), 400)).error).toBe('points: points cannot exceed of');
    expect((await status(send({ ...attempt('attempt-0001'), lesson: '../etc' }), 400)).error).toMatch(/^lesson: expected a lesson slug/);
    expect((await status(send({ ...attempt('attempt-0001'), points: Number.NaN }), 400)).error).toMatch(/^points:/);
    expect((await status(send({ ...attempt('x'), extra: 1 }), 400)).error).toMatch(/key: expected 8 to 64/);
    expect((await status(send({ ...attempt('attempt-0001'), answers: [{ credit: 2, answer: 'a' }] }), 400)).error).toMatch(/answers/);
    expect(await countAttempts(database.db)).toBe(0);
  });

  test('text with NUL or another control character is refused with 400, whatever the field and the database', async () => {
    const created = await newClass();
    const learner = await join(created.joinCode, 'Ada');
    const joinAs = (body: unknown) => api.joinClass(request('POST', '/api/class/join', { body }), context, 'ip');
    expect((await status(joinAs({ code: created.joinCode, name: 'Bo\u0000' }), 400)).error).toBe('name must not hold control characters');
    await status(joinAs({ code: `${created.joinCode}\u0000`, name: 'Bo' }), 400);
    await status(joinAs({ code: created.joinCode, name: 'Bo\u0085' }), 400);
    await status(api.createClass(request('POST', '/api/class/classes', { body: { name: 'C\u0007' } }), context, 'ip-c'), 400);
    const send = (body: unknown) => api.submitAttempt(request('POST', '/api/class/attempts', { body, token: learner.learnerToken }), context);
    const answers = attempt('attempt-0001').answers.map((entry, index) => (index === 2 ? { ...entry, answer: 'c\u0000' } : entry));
    expect((await status(send({ ...attempt('attempt-0001'), answers }), 400)).error).toBe('answers.2.answer must not hold control characters');
    await status(send({ ...attempt('attempt-0002'), ['k\u0000']: 1 }), 400);
    expect(await countAttempts(database.db)).toBe(0);
    expect((await database.db.selectFrom('learners').select('name').execute()).map((row) => row.name)).toEqual(['Ada']);
  });

  test('a lesson the course does not have, or a time outside the sane window, is refused', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    const send = (body: unknown) => api.submitAttempt(request('POST', '/api/class/attempts', { body, token: learner.learnerToken }), context);
    const complete = (body: unknown) => api.submitCompletion(request('POST', '/api/class/completions', { body, token: learner.learnerToken }), context);
    expect((await status(send({ ...attempt('attempt-0001'), lesson: 'no-such-lesson' }), 400)).error).toBe('lesson: the course has no lesson "no-such-lesson"');
    expect((await status(send({ ...attempt('attempt-0002'), at: '1999-01-01T00:00:00.000Z' }), 400)).error).toMatch(/^at: must be within the last/);
    expect((await status(send({ ...attempt('attempt-0003'), at: '2030-01-01T00:00:00.000Z' }), 400)).error).toBe('at: must not be in the future');
    await status(complete({ lesson: 'column-0001', at: '2026-11-24T08:00:00.000Z' }), 400);
    await status(complete({ lesson: 'what-is-emergence', at: '2036-11-24T08:00:00.000Z' }), 400);
    await status(send({ ...attempt('attempt-0004'), at: '2026-01-01T00:00:00.000Z' }), 201);
    await status(complete({ lesson: 'what-is-emergence', at: '2026-11-24T08:00:00.000Z' }), 201);
    const gradebook = await (await api.gradebook(request('GET', '/api/class/gradebook', { token: (await newClass('Other')).instructorKey }), context)).text();
    expect(gradebook).not.toContain('column-0001');
    expect(await countAttempts(database.db)).toBe(1);
  });

  test('display names are normalised, and refused with text-direction or invisible characters', async () => {
    const created = await newClass();
    const joinAs = (name: string) => api.joinClass(request('POST', '/api/class/join', { body: { code: created.joinCode, name } }), context, 'ip');
    await join(created.joinCode, 'Ada');
    // An override makes "\u202eadA" display as "Ada"; a zero-width space makes a second "Ada" look the same.
    expect((await status(joinAs('\u202eadA'), 400)).error).toBe('name: must not hold control, invisible or text-direction characters');
    await status(joinAs('\u2067Ada\u2069'), 400);
    await status(joinAs('A\u200bda'), 400);
    await status(joinAs('Ada\u2060'), 400);
    await status(joinAs('\u00adAda'), 400);
    // Fullwidth letters and a non-breaking space fold to the plain name already taken.
    await status(joinAs('\uff21\uff44\uff41'), 409);
    await status(joinAs('\u00a0Ada '), 409);
    const spaced = (await status(joinAs('Grace   Hopper'), 201)) as { learner?: { name: string } };
    expect(spaced.learner?.name).toBe('Grace Hopper');
    const named = await status(api.createClass(request('POST', '/api/class/classes', { body: { name: 'Class\u202e' } }), context, 'ip-n'), 400);
    expect(named.error).toMatch(/^name:/);
  });

  test('the Authorization scheme is read in any case; only application/json bodies are read', async () => {
    const created = await newClass();
    const learner = await join(created.joinCode, 'Ada');
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      await status(api.report(request('GET', '/api/class/report', { headers: { authorization: `${scheme} ${created.instructorKey}` } }), context), 200);
    }
    const send = (type: string, key: string) =>
      api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt(key), token: learner.learnerToken, headers: { 'content-type': type } }), context);
    await status(send('application/json-seq', 'attempt-0001'), 415);
    await status(send('application/jsonp', 'attempt-0002'), 415);
    await status(send('text/plain', 'attempt-0003'), 415);
    await status(send('Application/JSON; charset=utf-8', 'attempt-0004'), 201);
  });

  test('a body that is not JSON is refused with 415, an oversized one with 413', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    const form = request('POST', '/api/class/attempts', { body: 'a=1', token: learner.learnerToken, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await status(api.submitAttempt(form, context), 415);
    const huge = JSON.stringify({ ...attempt('attempt-0001'), padding: 'x'.repeat(MAX_BODY_BYTES) });
    await status(api.submitAttempt(request('POST', '/api/class/attempts', { body: huge, token: learner.learnerToken }), context), 413);
    // A body that hides its size (no Content-Length) is cut off as it streams.
    const streamed = new Request(`${origin}/api/class/attempts`, {
      method: 'POST',
      headers: { host: 'class.test', 'content-type': 'application/json', authorization: `Bearer ${learner.learnerToken}` },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    await status(api.submitAttempt(streamed, context), 413);
  });

  test('a request from another site is refused with 403', async () => {
    const created = await newClass();
    const body = { code: created.joinCode, name: 'Eve' };
    await status(api.joinClass(request('POST', '/api/class/join', { body, headers: { origin: 'https://evil.example' } }), context, 'ip'), 403);
    await status(api.joinClass(request('POST', '/api/class/join', { body, headers: { 'sec-fetch-site': 'cross-site' } }), context, 'ip'), 403);
    await status(api.joinClass(request('POST', '/api/class/join', { body: { ...body, name: 'Ok' }, headers: { origin } }), context, 'ip'), 201);
  });

  test('an unknown join code is 404, a name already in the class 409', async () => {
    const created = await newClass();
    await join(created.joinCode, 'Ada');
    await status(api.joinClass(request('POST', '/api/class/join', { body: { code: 'ZZZZZ-ZZZZZ', name: 'Bo' } }), context, 'ip'), 404);
    await status(api.joinClass(request('POST', '/api/class/join', { body: { code: created.joinCode, name: 'Ada' } }), context, 'ip'), 409);
  });

  test('too many joins from one address are answered 429 with Retry-After', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 260 && last?.status !== 429; i++) {
      last = await api.joinClass(request('POST', '/api/class/join', { body: { code: 'ZZZZZ-ZZZZZ', name: `n${i}` } }), context, 'one-address');
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another address is not affected.
    await status(api.joinClass(request('POST', '/api/class/join', { body: { code: 'ZZZZZ-ZZZZZ', name: 'x' } }), context, 'other-address'), 404);
  });

  test('the instructor sees the report, downloads the gradebook and removes a learner with all their records', async () => {
    const created = await newClass();
    const ada = await join(created.joinCode, '=Ada');
    const bo = await join(created.joinCode, 'Bo');
    await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-ada-1', 1.5), token: ada.learnerToken }), context);
    await api.submitAttempt(request('POST', '/api/class/attempts', { body: { ...attempt('attempt-ada-2', 3), at: '2026-11-24T10:05:00.000Z' }, token: ada.learnerToken }), context);
    await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-bo-1', 1), token: bo.learnerToken }), context);
    const report = (await (await api.report(request('GET', '/api/class/report', { token: created.instructorKey }), context)).json()) as {
      class: { name: string; joinCode: string; gradingRule: string };
      gradingRule: string;
      graded: { score: number }[];
      items: { question: number; correct: number; commonWrong: string | null }[];
    };
    expect(report.class).toMatchObject({ name: 'LLM engineering', joinCode: created.joinCode, gradingRule: 'first' });
    // Under the default rule Ada's first complete attempt (1.5 of 3) counts, not her later 3 of 3.
    expect(report.graded.map((entry) => entry.score).sort()).toEqual([1 / 3, 0.5]);
    expect(report.items.map((item) => [item.question, item.correct, item.commonWrong])).toEqual([
      [0, 1, null],
      [1, 1, null],
      [2, 0, 'c>a>b'],
    ]);
    const csv = await (await api.gradebook(request('GET', '/api/class/gradebook', { token: created.instructorKey }), context)).text();
    expect(csv.split('\r\n')).toEqual([
      'learner,joined,lessons completed,attempts,scaling-laws graded %',
      "'=Ada,2026-11-24T09:00:00.000Z,0,2,50",
      'Bo,2026-11-24T09:00:00.000Z,0,1,33',
      '',
    ]);
    await status(api.removeLearner(request('DELETE', `/api/class/learners/${ada.learner.id}`, { token: created.instructorKey }), context, ada.learner.id), 200);
    await status(api.myRecords(request('GET', '/api/class/me', { token: ada.learnerToken }), context), 401);
    expect(await countAttempts(database.db)).toBe(1);
  });

  test('the instructor chooses the grading rule at creation and changes it; the report and gradebook follow', async () => {
    const created = await api.createClass(request('POST', '/api/class/classes', { body: { name: 'Graded', gradingRule: 'best-before-answers' } }), context, 'ip');
    const { instructorKey, joinCode, class: made } = (await created.json()) as { instructorKey: string; joinCode: string; class: { gradingRule: string } };
    expect(made.gradingRule).toBe('best-before-answers');
    const ada = await join(joinCode, 'Ada');
    const send = (key: string, points: number, at: string, extra: object = {}) =>
      api.submitAttempt(request('POST', '/api/class/attempts', { body: { ...attempt(key, points), at, ...extra }, token: ada.learnerToken }), context);
    await send('attempt-ada-1', 1, '2026-11-24T10:01:00.000Z', { complete: true, answersShown: false });
    await send('attempt-ada-2', 2, '2026-11-24T10:02:00.000Z', { complete: true, answersShown: false });
    await send('attempt-ada-3', 3, '2026-11-24T10:03:00.000Z', { complete: true, answersShown: true });
    const gradebookRow = async () => (await (await api.gradebook(request('GET', '/api/class/gradebook', { token: instructorKey }), context)).text()).split('\r\n')[1];
    expect(await gradebookRow()).toBe('Ada,2026-11-24T09:00:00.000Z,0,3,66');
    const change = (body: unknown, token = instructorKey) => api.updateSettings(request('POST', '/api/class/settings', { body, token }), context);
    expect(await status(change({ gradingRule: 'first' }), 200)).toMatchObject({ class: { name: 'Graded', gradingRule: 'first' } });
    expect(await gradebookRow()).toBe('Ada,2026-11-24T09:00:00.000Z,0,3,33');
    const report = (await (await api.report(request('GET', '/api/class/report', { token: instructorKey }), context)).json()) as { gradingRule: string };
    expect(report.gradingRule).toBe('first');
    // The learner hears of the change with their records.
    const mine = (await (await api.myRecords(request('GET', '/api/class/me', { token: ada.learnerToken }), context)).json()) as { class: { gradingRule: string } };
    expect(mine.class.gradingRule).toBe('first');
    expect((await status(change({ gradingRule: 'best' }), 400)).error).toMatch(/^gradingRule:/);
    expect((await status(change({ gradingRule: 'first' }, ada.learnerToken), 403)).error).toMatch(/instructor key/);
    await status(api.updateSettings(request('POST', '/api/class/settings', { body: { gradingRule: 'first' }, token: instructorKey, headers: { origin: 'https://evil.example' } }), context), 403);
  });

  test('an attempt from a page that does not yet say whether it is complete is stored, complete when every question has an answer', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    const send = (body: object) => api.submitAttempt(request('POST', '/api/class/attempts', { body, token: learner.learnerToken }), context);
    await status(send(attempt('attempt-0001')), 201);
    const blank = attempt('attempt-0002');
    await status(send({ ...blank, answers: [blank.answers[0], blank.answers[1], { credit: 0, answer: '' }] }), 201);
    const records = (await (await api.myRecords(request('GET', '/api/class/me', { token: learner.learnerToken }), context)).json()) as {
      attempts: { key: string; complete: boolean; answersShown: boolean }[];
    };
    expect(records.attempts.map((entry) => [entry.key, entry.complete, entry.answersShown])).toEqual([
      ['attempt-0001', true, false],
      ['attempt-0002', false, false],
    ]);
    expect((await status(send({ ...attempt('attempt-0003'), complete: 'yes' }), 400)).error).toMatch(/^complete:/);
  });

  test('an unexpected failure answers 500 with a fixed message and no details', async () => {
    const learner = await join((await newClass()).joinCode, 'Ada');
    await database.db.schema.dropTable('answers').execute();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const response = await api.submitAttempt(request('POST', '/api/class/attempts', { body: attempt('attempt-0001'), token: learner.learnerToken }), context);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: 'the server could not handle this request' });
    } finally {
      console.error = original;
    }
    expect(logged).toHaveLength(1);
    expect(await countAttempts(database.db)).toBe(0);
  });
});
