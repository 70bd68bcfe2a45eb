import type { Stored } from '@/server/protocol';
import { call } from './api';
import { forgetMembership } from './membership';
import type { OutboxItem, SendOutcome } from './outbox';

/**
 * The outcome of one send. Refusals that can never succeed (a malformed body, a token the server no
 * longer knows) are dropped; a lost connection, a busy or absent server is retried later.
 */
export async function sendItem(item: OutboxItem, token: string): Promise<SendOutcome> {
  const result = await call<Stored>(item.kind === 'attempt' ? 'attempts' : 'completions', { method: 'POST', body: item.body, credential: token });
  if (result.ok) return 'stored';
  if (result.status === 0 || result.status === 404 || result.status === 429 || result.status >= 500) return 'retry';
  if (result.status === 401) forgetMembership();
  return 'rejected';
}
