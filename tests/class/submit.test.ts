import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MEMBERSHIP_KEY } from '@/class/membership';
import { outboxKey, type OutboxItem } from '@/class/outbox';
import { submitAttempt } from '@/class/submit';
import { memoryStorage } from './memory-storage';

const attempt = { lesson: 'scaling-laws', at: '2026-11-24T10:00:00.000Z', points: 2, of: 3, answers: [], complete: false, answersShown: true };
let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('window', { localStorage: storage });
});
afterEach(() => vi.unstubAllGlobals());

test('a learner’s attempt, with whether it is complete and whether the answers had been shown, is in the stored outbox as soon as the quiz submits it, with the network down and nothing else of class mode loaded', async () => {
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
  storage.setItem(MEMBERSHIP_KEY, JSON.stringify({ token: 'l_abc.secret', learnerId: 'abc', name: 'Ada', className: 'LLMs', assignment: null }));
  submitAttempt(attempt);
  const queued = () => JSON.parse(storage.getItem(outboxKey('abc')) ?? '[]') as OutboxItem[];
  expect(queued()).toMatchObject([{ kind: 'attempt', body: attempt }]);
  await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
  // The send failed: the attempt stays queued for the next page or the returning connection.
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(queued()).toHaveLength(1);
});

test('a reader who joined no class sends and stores nothing', () => {
  vi.stubGlobal('fetch', vi.fn());
  submitAttempt(attempt);
  expect(storage.data.size).toBe(0);
  expect(fetch).not.toHaveBeenCalled();
});

test('leaving a class and joining another never sends the first learner’s queued attempts under the second identity', async () => {
  const sent: { token: string; key: string }[] = [];
  let online = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError('Failed to fetch');
      const token = (init.headers as Record<string, string>).Authorization!.replace('Bearer ', '');
      sent.push({ token, key: (JSON.parse(String(init.body)) as { key: string }).key });
      return new Response(JSON.stringify({ stored: true, duplicate: false }), { status: 201, headers: { 'content-type': 'application/json' } });
    }),
  );
  const member = (learnerId: string, token: string) => JSON.stringify({ token, learnerId, name: learnerId, className: 'LLMs', assignment: null });
  storage.setItem(MEMBERSHIP_KEY, member('ada', 'l_ada.secret'));
  submitAttempt(attempt);
  await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
  const adaKeys = (JSON.parse(storage.getItem(outboxKey('ada')) ?? '[]') as OutboxItem[]).map((item) => item.body.key);
  expect(adaKeys).toHaveLength(1);
  // Ada leaves; Bo joins another class in the same browser and submits while online.
  storage.removeItem(MEMBERSHIP_KEY);
  storage.setItem(MEMBERSHIP_KEY, member('bo', 'l_bo.secret'));
  online = true;
  submitAttempt({ ...attempt, lesson: 'what-is-emergence' });
  await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(sent.filter((entry) => entry.token === 'l_bo.secret').map((entry) => entry.key)).not.toContain(adaKeys[0]);
  expect(sent.every((entry) => entry.token === 'l_bo.secret')).toBe(true);
  expect(sent).toHaveLength(1);
  // Ada's attempt is still kept under her name.
  expect((JSON.parse(storage.getItem(outboxKey('ada'))!) as OutboxItem[]).map((item) => item.body.key)).toEqual(adaKeys);
});
