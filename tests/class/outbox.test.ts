import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MAX_PENDING, Outbox, outboxKey, type OutboxItem, type SendOutcome } from '@/class/outbox';
import * as api from '@/server/class-api';
import { countAttempts, migrateToLatest, openDatabase, type Database } from '@/server/db';
import { RateLimiter } from '@/server/rate-limit';
import { memoryStorage } from './memory-storage';

const item = (key: string): OutboxItem => ({ kind: 'attempt', body: { key, lesson: 'scaling-laws', at: '2026-11-24T10:00:00.000Z', points: 1, of: 1, answers: [] } });

test('items wait in storage while offline and are sent in order when the connection returns', async () => {
  const storage = memoryStorage();
  let online = false;
  const sent: string[] = [];
  const send = async (next: OutboxItem): Promise<SendOutcome> => {
    if (!online) throw new TypeError('Failed to fetch');
    sent.push(next.body.key);
    return 'stored';
  };
  const outbox = new Outbox(storage, 'ada', send);
  outbox.add(item('key-0001'));
  outbox.add(item('key-0002'));
  expect(await outbox.flush()).toBe(2);
  // The page is closed and opened again: the queue is read back from storage.
  online = true;
  const reopened = new Outbox(storage, 'ada', send);
  expect(reopened.pending().map((entry) => entry.body.key)).toEqual(['key-0001', 'key-0002']);
  expect(await reopened.flush()).toBe(0);
  expect(sent).toEqual(['key-0001', 'key-0002']);
  expect(JSON.parse(storage.data.get(outboxKey('ada'))!)).toEqual([]);
});

test('a refusal that can never succeed is dropped; a busy server keeps the item and everything after it', async () => {
  const outcomes: SendOutcome[] = ['rejected', 'retry'];
  const outbox = new Outbox(memoryStorage(), 'ada', async () => outcomes.shift() ?? 'stored');
  outbox.add(item('bad-00001'));
  outbox.add(item('busy-0001'));
  outbox.add(item('next-0001'));
  expect(await outbox.flush()).toBe(2);
  expect(outbox.pending().map((entry) => entry.body.key)).toEqual(['busy-0001', 'next-0001']);
  expect(await outbox.flush()).toBe(0);
});

test('an item that fails on its own is kept for later and never holds up the items behind it', async () => {
  const sent: string[] = [];
  const outbox = new Outbox(memoryStorage(), 'ada', async (next) => {
    sent.push(next.body.key);
    return next.body.key === 'fail-0001' ? 'failed' : next.body.key === 'bad-00001' ? 'rejected' : 'stored';
  });
  for (const key of ['bad-00001', 'fail-0001', 'next-0001', 'next-0002']) outbox.add(item(key));
  expect(await outbox.flush()).toBe(1);
  expect(sent).toEqual(['bad-00001', 'fail-0001', 'next-0001', 'next-0002']);
  expect(outbox.pending().map((entry) => entry.body.key)).toEqual(['fail-0001']);
  // The next flush tries it again, once.
  expect(await outbox.flush()).toBe(1);
  expect(sent.filter((key) => key === 'fail-0001')).toHaveLength(2);
});

test('each learner has a queue of their own in storage', async () => {
  const storage = memoryStorage();
  const sentBy: string[] = [];
  new Outbox(storage, 'ada', async () => 'retry').add(item('ada-00001'));
  const bo = new Outbox(storage, 'bo', async (next) => (sentBy.push(next.body.key), 'stored'));
  expect(bo.pending()).toEqual([]);
  await bo.flush();
  expect(sentBy).toEqual([]);
  expect(new Outbox(storage, 'ada', async () => 'retry').pending().map((entry) => entry.body.key)).toEqual(['ada-00001']);
});

test('two flushes at once send each item once', async () => {
  let sends = 0;
  const outbox = new Outbox(memoryStorage(), 'ada', async () => {
    sends++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return 'stored';
  });
  outbox.add(item('key-0001'));
  await Promise.all([outbox.flush(), outbox.flush()]);
  expect(sends).toBe(1);
});

test('a learner offline for weeks keeps the latest submissions up to the cap', () => {
  const outbox = new Outbox(memoryStorage(), 'ada', async () => 'retry');
  for (let i = 0; i < MAX_PENDING + 5; i++) outbox.add(item(`key-${String(i).padStart(5, '0')}`));
  expect(outbox.pending()).toHaveLength(MAX_PENDING);
  expect(outbox.pending()[0]!.body.key).toBe('key-00005');
});

test('without storage the queue still works for the page', async () => {
  const sent: string[] = [];
  const outbox = new Outbox(undefined, 'ada', async (next) => (sent.push(next.body.key), 'stored' as const));
  outbox.add(item('key-0001'));
  await outbox.flush();
  expect(sent).toEqual(['key-0001']);
});

describe('replayed against the class API', () => {
  let database: Database;
  beforeEach(async () => {
    database = openDatabase({ file: ':memory:' });
    await migrateToLatest(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  test('a submission whose answer was lost is replayed and stored once', async () => {
    const context = { db: database.db, limiter: new RateLimiter(), now: () => new Date('2026-11-24T09:00:00.000Z'), lessons: new Set(['scaling-laws']) };
    const post = (path: string, body: unknown, token?: string) =>
      new Request(`http://class.test${path}`, {
        method: 'POST',
        headers: { host: 'class.test', 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const created = (await (await api.createClass(post('/api/class/classes', { name: 'C' }), context, 'ip')).json()) as { joinCode: string };
    const { learnerToken } = (await (await api.joinClass(post('/api/class/join', { code: created.joinCode, name: 'Ada' }), context, 'ip')).json()) as { learnerToken: string };
    let loseAnswer = true;
    const outbox = new Outbox(memoryStorage(), 'ada', async (next) => {
      const response = await api.submitAttempt(post('/api/class/attempts', next.body, learnerToken), context);
      // The server stored it, but the connection dropped before the browser heard back.
      if (loseAnswer) throw new TypeError('network error');
      return response.ok ? 'stored' : 'rejected';
    });
    outbox.add(item('attempt-0001'));
    outbox.add(item('attempt-0002'));
    expect(await outbox.flush()).toBe(2);
    loseAnswer = false;
    expect(await outbox.flush()).toBe(0);
    expect(await countAttempts(database.db)).toBe(2);
  });
});
