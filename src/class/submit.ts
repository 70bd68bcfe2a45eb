import type { AttemptRequest } from '@/server/protocol';
import { browserStorage, readMembership, type Membership } from './membership';
import { newKey, Outbox } from './outbox';
import { sendItem } from './send';

let current: { token: string; outbox: Outbox } | undefined;

/**
 * The page's one outbox for the learner's class: the learner's own queue, sent with their own
 * token only. Items are written to storage at once. The code that sends them comes with this
 * module rather than on demand: fetched for the first time while offline, it would fail, and the
 * browser keeps that failure for the page, so nothing would be sent once the connection returned.
 */
export function classOutbox(membership: Membership): Outbox {
  if (current?.token !== membership.token) {
    const { token, learnerId } = membership;
    current = { token, outbox: new Outbox(browserStorage(), learnerId, (item) => sendItem(item, token)) };
  }
  return current.outbox;
}

/**
 * Queues a finished quiz attempt for the learner's class, in storage before anything is sent, then
 * tries to send it; a reader who joined no class is left alone. Called by the quiz itself, so an
 * attempt never depends on other class code having loaded.
 */
export function submitAttempt(attempt: Omit<AttemptRequest, 'key'>): void {
  const membership = readMembership();
  if (!membership) return;
  const outbox = classOutbox(membership);
  outbox.add({ kind: 'attempt', body: { key: newKey(), ...attempt } });
  void outbox.flush();
}
