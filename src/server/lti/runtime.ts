import { classContext, type ClassContext } from '../context';
import { jwksCache, makeLtiContext, type LtiContext } from './context';
import { queueClassGrades, queueGrade } from './grades';
import { loadToolKeys, privateKeyFile } from './keys';
import { platformRegistry, platformsFile } from './platforms.mjs';
import { startScoreQueue } from './scores';

let shared: Promise<LtiContext> | undefined;
let queue: { stop(): void; kick(): void } | undefined;

const number = (value: string | undefined, fallback: number) => (value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback);

/**
 * The server's LTI context, made on first use: the class database, the registered platforms, the
 * tool's key pair (made and kept in the data folder on first start unless `LTI_PRIVATE_KEY_FILE`
 * names one), and the score queue, which starts sending whatever an earlier run left owed.
 */
export function ltiContext(env: NodeJS.ProcessEnv = process.env): Promise<LtiContext> {
  shared ??= (async () => {
    const [base, keys] = await Promise.all([classContext(env), loadToolKeys(privateKeyFile(env), !env.LTI_PRIVATE_KEY_FILE)]);
    const context = makeLtiContext({
      class: base,
      platforms: platformRegistry(platformsFile(env)),
      keys,
      toolUrl: env.LTI_TOOL_URL || undefined,
      jwks: jwksCache(),
      retry: {
        baseMs: number(env.LTI_RETRY_BASE_MS, 30_000),
        maxMs: number(env.LTI_RETRY_MAX_MS, 6 * 3600_000),
      },
      fetch: (...args) => fetch(...args),
    });
    queue = startScoreQueue(context, number(env.LTI_QUEUE_INTERVAL_MS, 10_000));
    queue.kick();
    return context;
  })().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * Called by the class API after it stored a new attempt: the learner's graded score goes to the
 * LMS gradebook when they came from one. A failure here is logged; the attempt is stored anyway.
 */
export async function gradeForLms(context: ClassContext, learnerId: string, lesson: string): Promise<void> {
  try {
    if ((await queueGrade(context.db, learnerId, lesson, context.now().toISOString())) > 0) queue?.kick();
  } catch (error) {
    console.error('lti: grade not queued:', error);
  }
}

/** Called by the class API after the class's grading rule changed: the LMS gradebook follows the new rule. */
export async function regradeForLms(context: ClassContext, classId: string): Promise<void> {
  try {
    if ((await queueClassGrades(context.db, classId, context.now().toISOString())) > 0) queue?.kick();
  } catch (error) {
    console.error('lti: grades not queued after the rule changed:', error);
  }
}
