import type { Stored } from '@/server/protocol';
import { call } from './api';
import { forgetMembership } from './membership';
import type { OutboxItem, SendOutcome } from './outbox';

/** Answers meaning the server cannot take anything now: offline, no class mode, busy, or down behind a proxy. */
const WAIT = new Set([0, 404, 429, 502, 503, 504]);

/**
 * The outcome of one send. Refusals that can never succeed (a malformed body, a token the server no
 * longer knows) are dropped; a lost connection, a busy or absent server is retried later; a server
 * failure on this one item keeps it for later without holding up the items behind it.
 */
export async function sendItem(item: OutboxItem, token: string): Promise<SendOutcome> {
  const result = await call<Stored>(item.kind === 'attempt' ? 'attempts' : 'completions', { method: 'POST', body: item.body, credential: token });
  if (result.ok) return 'stored';
  if (WAIT.has(result.status)) return 'retry';
  if (result.status >= 500) return 'failed';
  if (result.status === 401) forgetMembership();
  return 'rejected';
}
