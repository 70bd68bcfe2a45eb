import { dueScores, ltiSubjectOf, scoreFailed, scoreSent, type QueuedScore } from '../db/lti';
import { mediaType, scope } from './claims';
import type { LtiContext } from './context';
import { findPlatform } from './platforms.mjs';
import { accessToken, call, ServiceError } from './token';

/** Scores sent per pass of the queue. */
const BATCH = 20;

/** `<line item>/scores`, the query string kept (AGS 2.0 §3.4). */
export function scoresUrl(lineItem: string): string {
  const url = new URL(lineItem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}

/** When to try a score again after its `tries`-th failure: doubling from `baseMs`, at most `maxMs`, with a little jitter. */
export function backOff(tries: number, retry: LtiContext['retry']): number {
  const delay = Math.min(retry.maxMs, retry.baseMs * 2 ** Math.min(tries, 30));
  return Math.round(delay * (0.9 + Math.random() * 0.2));
}

async function post(context: LtiContext, score: QueuedScore): Promise<void> {
  const user = await ltiSubjectOf(context.db, score.learner_id);
  if (!user) throw new ServiceError('the learner is no longer linked to an LMS user', false);
  const course = await context.db.selectFrom('lti_contexts').select(['issuer', 'client_id']).where('class_id', '=', user.classId).executeTakeFirst();
  const platform = course && findPlatform(context.platforms(), course.issuer, course.client_id);
  if (!platform) throw new ServiceError(`the LMS ${user.issuer} is no longer registered`, true);
  const token = await accessToken(context, platform, [scope.score]);
  await call(context, scoresUrl(score.line_item), {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': mediaType.score,
    },
    body: JSON.stringify({
      userId: user.subject,
      scoreGiven: score.score_given,
      scoreMaximum: score.score_maximum,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: score.timestamp,
    }),
  });
}

/**
 * One pass over the scores due: each is posted; a success is recorded and leaves the queue, a
 * failure waits longer before the next try. One score failing never holds up the others, and
 * each stays in the database until the platform took it, so a restart loses nothing.
 */
export async function sendDueScores(context: LtiContext): Promise<{ sent: number; failed: number }> {
  const now = context.class.now();
  const due = await dueScores(context.db, now.toISOString(), BATCH);
  let sent = 0;
  let failed = 0;
  for (const score of due) {
    try {
      await post(context, score);
      await scoreSent(context.db, score, context.class.now().toISOString());
      sent++;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      // A refusal retrying cannot fix (a 4xx) still waits its turn: a fixed registration may let it through later.
      const wait = backOff(error instanceof ServiceError && !error.retry ? Math.max(score.tries, 8) : score.tries, context.retry);
      await scoreFailed(context.db, score, message, new Date(context.class.now().getTime() + wait).toISOString());
      console.error(`lti: score for line item ${score.line_item} not sent (try ${score.tries + 1}): ${message}`);
    }
  }
  return { sent, failed };
}

/** Sends due scores every `everyMs` until stopped; passes never overlap. */
export function startScoreQueue(context: LtiContext, everyMs: number): { stop(): void; kick(): void } {
  let running = false;
  let again = false;
  const pass = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const { sent } = await sendDueScores(context);
        if (sent === BATCH) again = true;
      } while (again);
    } catch (error) {
      console.error('lti: score queue:', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void pass(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), kick: () => void pass() };
}
