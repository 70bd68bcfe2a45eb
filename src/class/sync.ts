import { progressStore } from '@/progress/client';
import { call } from './api';
import { browserStorage, forgetMembership, type Membership } from './membership';
import { newKey, Outbox, type OutboxItem, type SendOutcome } from './outbox';

/** Read this far down a lesson (0 … 1) and it counts as completed. */
export const COMPLETE_AT = 0.9;
/** How often a queue left by a lost connection is retried while the page is open. */
const RETRY_EVERY_MS = 30_000;
const REPORTED_KEY = 'threshold:class:completed';

export interface AttemptDetail {
  lesson: string;
  at: string;
  points: number;
  of: number;
  answers: { credit: number; answer: string }[];
}

/**
 * The outcome of one send. Refusals that can never succeed (a malformed body, a token the server no
 * longer knows) are dropped; a lost connection, a busy or absent server is retried later.
 */
export async function sendItem(item: OutboxItem, token: string): Promise<SendOutcome> {
  const result = await call(`/api/class/${item.kind === 'attempt' ? 'attempts' : 'completions'}`, { method: 'POST', body: item.body, credential: token });
  if (result.ok) return 'stored';
  if (result.status === 0 || result.status === 404 || result.status === 429 || result.status >= 500) return 'retry';
  if (result.status === 401) forgetMembership();
  return 'rejected';
}

export function classOutbox(membership: Membership): Outbox {
  return new Outbox(browserStorage(), (item) => sendItem(item, membership.token));
}

function reported(): string[] {
  try {
    const list = JSON.parse(browserStorage()?.getItem(REPORTED_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * On a lesson page of a learner in a class: each quiz attempt and the lesson's completion go into
 * the outbox and are sent at once, or later when the connection returns.
 */
export function startClassSync(membership: Membership): void {
  const outbox = classOutbox(membership);
  const flush = () => void outbox.flush();
  document.addEventListener('threshold:attempt', (event) => {
    const detail = (event as CustomEvent<AttemptDetail>).detail;
    outbox.add({ kind: 'attempt', body: { key: newKey(), ...detail } });
    flush();
  });
  const lesson = document.querySelector<HTMLElement>('article[data-lesson]')?.dataset.lesson;
  if (lesson) {
    const check = () => {
      const entry = progressStore().progress.lessons[lesson];
      if (!entry || entry.scroll < COMPLETE_AT || reported().includes(lesson)) return;
      outbox.add({ kind: 'completion', body: { key: newKey(), lesson, at: new Date().toISOString() } });
      try {
        browserStorage()?.setItem(REPORTED_KEY, JSON.stringify([...reported(), lesson]));
      } catch {
        // Without storage the completion may be queued again on a later visit; the server keeps the first.
      }
      flush();
    };
    progressStore().subscribe(check);
    check();
  }
  addEventListener('online', flush);
  setInterval(() => {
    if (outbox.pending().length > 0) flush();
  }, RETRY_EVERY_MS);
  flush();
}
