import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { MEMBERSHIP_KEY } from '@/class/membership';
import { OUTBOX_KEY, type OutboxItem } from '@/class/outbox';
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
  const queued = () => JSON.parse(storage.getItem(OUTBOX_KEY) ?? '[]') as OutboxItem[];
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
