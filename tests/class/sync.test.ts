import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { outboxKey, type OutboxItem } from '@/class/outbox';
import { startClassSync } from '@/class/sync';
import { PROGRESS_KEY } from '@/progress';
import { memoryStorage } from './memory-storage';

let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval'] });
  storage = memoryStorage();
  const at = '2026-11-24T10:00:00.000Z';
  storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 3, lessons: { 'scaling-laws': { firstVisit: at, lastVisit: at, scroll: 1 } } }));
  vi.stubGlobal('window', { localStorage: storage });
  vi.stubGlobal('addEventListener', () => undefined);
  vi.stubGlobal('document', { querySelector: () => ({ dataset: { lesson: 'scaling-laws' } }) });
  vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const member = (learnerId: string) => ({ token: `l_${learnerId}.secret`, learnerId, name: learnerId, className: 'LLMs', assignment: null });
const queued = (learnerId: string) => (JSON.parse(storage.getItem(outboxKey(learnerId)) ?? '[]') as OutboxItem[]).map((item) => `${item.kind}:${item.body.lesson}`);

test('a lesson read before is reported again for a learner who joins another class in the same browser', () => {
  startClassSync(member('ada'));
  expect(queued('ada')).toEqual(['completion:scaling-laws']);
  // The same browser, a new identity in another class: the completion belongs in the new queue too.
  startClassSync(member('bo'));
  expect(queued('bo')).toEqual(['completion:scaling-laws']);
  // And the first learner's completion is not queued twice.
  startClassSync(member('ada'));
  expect(queued('ada')).toEqual(['completion:scaling-laws']);
});
