import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import * as api from '@/server/class-api';
import type { Database } from '@/server/db';
import { ltiDb } from '@/server/db';
import { allQueuedScores } from '@/server/db/lti';
import type { LtiContext } from '@/server/lti/context';
import type { ToolKeys } from '@/server/lti/keys';
import { launch, type SignedIn } from '@/server/lti/launch';
import { login } from '@/server/lti/login';
import { scoresUrl, sendDueScores } from '@/server/lti/scores';
import { testDatabases } from '../databases';
import { form, fragment, ltiTestContext, newToolKeys, serveToolJwks, TOOL } from './harness';
import { ROLE, TestPlatform, type LaunchSpec } from './test-platform';

let attemptNumber = 0;
const attempt = (points: number, at: string, lesson = 'scaling-laws') => ({
  key: `attempt-${++attemptNumber}`,
  lesson,
  at,
  points,
  of: 3,
  answers: [
    { credit: points >= 1 ? 1 : 0, answer: 'a' },
    { credit: points >= 2 ? 1 : 0, answer: 'b' },
    { credit: points >= 3 ? 1 : 0, answer: 'c' },
  ],
});

describe.each(testDatabases)('grades to the LMS (AGS) on $name', ({ open }) => {
  let platform: TestPlatform;
  let keys: ToolKeys;
  let jwks: { url: string; close(): Promise<void> };
  let database: Database & { dispose(): Promise<void> };
  let context: LtiContext;
  let clock: Date;

  beforeAll(async () => {
    platform = await new TestPlatform().start();
    keys = await newToolKeys();
    jwks = await serveToolJwks(keys);
    platform.toolJwksUrl = jwks.url;
  });
  afterAll(async () => {
    await platform.stop();
    await jwks.close();
  });
  beforeEach(async () => {
    clock = new Date();
    database = await open();
    context = await ltiTestContext(database, platform, keys, () => clock);
    platform.scores.splice(0);
    platform.tokenRequests.splice(0);
    platform.down = false;
  });
  afterEach(async () => {
    await database.dispose();
  });

  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  /** A learner launches a graded link and gets their learner token. */
  async function launchLearner(subject: string, lineItem: string | null = platform.lineItemUrl('quiz-scaling-laws'), linkId = 'quiz-link') {
    const spec: LaunchSpec = {
      subject,
      name: subject,
      roles: [ROLE.learner],
      targetLinkUri: `${TOOL}/lessons/scaling-laws/#quiz`,
      resourceLinkId: linkId,
      lineItem: lineItem ?? undefined,
    };
    const started = await login(
      form('/lti/login', { iss: platform.issuer, login_hint: subject, target_link_uri: spec.targetLinkUri, client_id: platform.clientId }),
      context,
    );
    const auth = new URL(started.headers.get('location')!);
    const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
    const launched = await launch(
      form('/lti/launch', { id_token: await platform.idToken(spec, auth.searchParams.get('nonce')!), state: auth.searchParams.get('state')! }, { cookie }),
      context,
    );
    expect(launched.status).toBe(303);
    const signedIn = fragment<SignedIn>(launched);
    if (signedIn.role !== 'learner') throw new Error('expected a learner');
    return signedIn.membership.token;
  }

  async function submit(token: string, body: ReturnType<typeof attempt> & { answersShown?: boolean }) {
    const response = await api.submitAttempt(
      new Request(`${TOOL}/api/class/attempts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
      context.class,
    );
    expect(response.status).toBe(201);
  }

  test('the scores address keeps the line item’s query', () => {
    expect(scoresUrl('https://lms.test/api/lti/courses/1/line_items/7?x=1')).toBe('https://lms.test/api/lti/courses/1/line_items/7/scores?x=1');
  });

  test('a graded attempt is posted to the launch’s line item, once, with a token from the platform', async () => {
    const token = await launchLearner('user-ada');
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(context)).toEqual({ sent: 1, failed: 0 });
    expect(platform.scores).toEqual([
      {
        lineItem: platform.lineItemUrl('quiz-scaling-laws'),
        userId: 'user-ada',
        scoreGiven: 2,
        scoreMaximum: 3,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: '2026-12-01T10:00:00.000Z',
      },
    ]);
    expect(platform.tokenRequests).toEqual([{ scope: 'https://purl.imsglobal.org/spec/lti-ags/scope/score' }]);

    // A later, better attempt does not change the graded one (the first complete attempt counts): nothing more is sent.
    await submit(token, attempt(3, '2026-12-01T11:00:00.000Z'));
    expect(await allQueuedScores(context.db)).toEqual([]);
    expect(await sendDueScores(context)).toEqual({ sent: 0, failed: 0 });
    expect(platform.scores).toHaveLength(1);
  });

  test('under the class’s “best before answers” rule, a better attempt is sent, and one made after showing the answers is not', async () => {
    const token = await launchLearner('user-ada');
    await context.db.updateTable('classes').set({ grading_rule: 'best-before-answers' }).execute();
    await submit(token, attempt(1, '2026-12-01T10:00:00.000Z'));
    await submit(token, attempt(2, '2026-12-01T11:00:00.000Z'));
    await submit(token, { ...attempt(3, '2026-12-01T12:00:00.000Z'), answersShown: true });
    expect(await sendDueScores(context)).toEqual({ sent: 1, failed: 0 });
    expect(platform.scores.map((score) => [score.scoreGiven, score.timestamp])).toEqual([[2, '2026-12-01T11:00:00.000Z']]);
  });

  test('an attempt through a link without a gradebook column, or of another lesson, sends nothing', async () => {
    const token = await launchLearner('user-bo', null, 'reading-link');
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await allQueuedScores(context.db)).toEqual([]);
    const ada = await launchLearner('user-ada');
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z', 'phase-transitions'));
    expect(await allQueuedScores(context.db)).toEqual([]);
  });

  test('a later launch of the same link that carries no line item keeps the gradebook column', async () => {
    const ada = await launchLearner('user-ada');
    await launchLearner('user-bo', null, 'quiz-link');
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(context)).toEqual({ sent: 1, failed: 0 });
    expect(platform.scores.map((score) => score.lineItem)).toEqual([platform.lineItemUrl('quiz-scaling-laws')]);
  });

  test('a graded-quiz link the platform gave no line item gets one made by the tool, once, and the score goes there', async () => {
    const catalog = [{ id: 'quiz:scaling-laws', title: 'Quiz: Scaling laws', path: 'lessons/scaling-laws/#quiz', lesson: 'scaling-laws', scoreMaximum: 3 }];
    const launchOwn = async (subject: string) => {
      const spec: LaunchSpec = {
        subject,
        name: subject,
        roles: [ROLE.learner],
        targetLinkUri: `${TOOL}/lessons/scaling-laws/#quiz`,
        resourceLinkId: 'own-link',
        lineItemsOnly: true,
      };
      const started = await login(
        form('/lti/login', { iss: platform.issuer, login_hint: subject, target_link_uri: spec.targetLinkUri, client_id: platform.clientId }),
        context,
      );
      const auth = new URL(started.headers.get('location')!);
      const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
      const id = await platform.idToken(spec, auth.searchParams.get('nonce')!);
      const signedIn = fragment<SignedIn>(
        await launch(form('/lti/launch', { id_token: id, state: auth.searchParams.get('state')! }, { cookie }), context, catalog),
      );
      if (signedIn.role !== 'learner') throw new Error('expected a learner');
      return signedIn.membership.token;
    };
    platform.createdLineItems.splice(0);
    const ada = await launchOwn('user-ada');
    await launchOwn('user-bo');
    expect(platform.createdLineItems).toEqual([
      {
        id: expect.stringMatching(/\/course-101\/lineitems\/made-1\/lineitem$/),
        scoreMaximum: 3,
        label: 'Quiz: Scaling laws',
        resourceId: 'quiz:scaling-laws',
        resourceLinkId: 'own-link',
      },
    ]);
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(context)).toEqual({ sent: 1, failed: 0 });
    expect(platform.scores.map((score) => [score.lineItem, score.scoreGiven])).toEqual([[platform.createdLineItems[0]!.id, 2]]);
  });

  test('while the platform is down the score waits with growing back-off, then arrives exactly once', async () => {
    const token = await launchLearner('user-ada');
    platform.down = true;
    await submit(token, attempt(1, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(context)).toEqual({ sent: 0, failed: 1 });
    const [first] = await allQueuedScores(context.db);
    expect(first).toMatchObject({ tries: 1, last_error: expect.stringMatching(/503/) });
    const firstWait = new Date(first!.next_at).getTime() - clock.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(900);

    // Not due yet: nothing is tried.
    expect(await sendDueScores(context)).toEqual({ sent: 0, failed: 0 });
    later(1);
    expect(await sendDueScores(context)).toEqual({ sent: 0, failed: 1 });
    const [second] = await allQueuedScores(context.db);
    expect(new Date(second!.next_at).getTime() - clock.getTime()).toBeGreaterThan(firstWait * 1.5);

    platform.down = false;
    later(1);
    expect(await sendDueScores(context)).toEqual({ sent: 1, failed: 0 });
    later(10);
    expect(await sendDueScores(context)).toEqual({ sent: 0, failed: 0 });
    expect(platform.scores.map((score) => [score.userId, score.scoreGiven])).toEqual([['user-ada', 1]]);
    expect(await allQueuedScores(context.db)).toEqual([]);
  });

  test('a score owed when the server stops is sent by the next server', async () => {
    const token = await launchLearner('user-ada');
    platform.down = true;
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    await sendDueScores(context);
    platform.down = false;
    const restarted = await ltiTestContext(database, platform, keys, () => new Date(clock.getTime() + 3600_000));
    expect(await sendDueScores(restarted)).toEqual({ sent: 1, failed: 0 });
    expect(platform.scores.map((score) => score.scoreGiven)).toEqual([2]);
  });

  test('one score the platform refuses does not hold up the others', async () => {
    const ada = await launchLearner('user-ada', platform.lineItemUrl('quiz-scaling-laws'), 'quiz-link');
    const broken = await launchLearner('user-bo', `${platform.url}/course-101/no-such/lineitem`, 'broken-link');
    await submit(broken, attempt(2, '2026-12-01T09:00:00.000Z'));
    await submit(ada, attempt(3, '2026-12-01T10:00:00.000Z'));
    // Both links open the same lesson, so each learner owes a score to both line items.
    const result = await sendDueScores(context);
    expect(result.sent).toBe(2);
    expect(result.failed).toBe(2);
    expect(platform.scores.map((score) => [score.userId, score.scoreGiven]).sort()).toEqual([
      ['user-ada', 3],
      ['user-bo', 2],
    ]);
    const left = await allQueuedScores(ltiDb(database.db));
    expect(left.map((row) => row.line_item)).toEqual([`${platform.url}/course-101/no-such/lineitem`, `${platform.url}/course-101/no-such/lineitem`]);
  });
});
