import { isRead, lessonSummary, type Progress } from '@/progress';
import { progressStore } from '@/progress/client';
import { browserStorage, type Membership } from './membership';
import { newKey } from './outbox';
import { classOutbox } from './submit';

/** How often a queue left by a lost connection is retried while the page is open. */
const RETRY_EVERY_MS = 30_000;
/** Lessons whose completion was queued, per learner: a learner who joins another class reports them anew. */
const reportedKey = (learnerId: string): string => `threshold:class:completed:${learnerId}`;

function reported(learnerId: string): string[] {
  try {
    const list = JSON.parse(browserStorage()?.getItem(reportedKey(learnerId)) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether a lesson's completion is due to be sent: read by the learner's own rule, and not sent yet. */
export const completionDue = (progress: Progress, lesson: string, sent: readonly string[]): boolean =>
  isRead(lessonSummary(progress, lesson)) && !sent.includes(lesson);

/**
 * On a lesson page of a learner in a class: the lesson's completion (read as the learner's own
 * checklist counts it read) goes into the outbox, and whatever waits there is sent at once, when
 * the connection returns, and every half minute while it is missing. Quiz attempts are queued by
 * the quiz itself (`submit.ts`).
 */
export function startClassSync(membership: Membership): void {
  const outbox = classOutbox(membership);
  const flush = () => void outbox.flush();
  const lesson = document.querySelector<HTMLElement>('article[data-lesson]')?.dataset.lesson;
  if (lesson) {
    const check = () => {
      if (!completionDue(progressStore().progress, lesson, reported(membership.learnerId))) return;
      outbox.add({ kind: 'completion', body: { key: newKey(), lesson, at: new Date().toISOString() } });
      try {
        browserStorage()?.setItem(reportedKey(membership.learnerId), JSON.stringify([...reported(membership.learnerId), lesson]));
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
