import { beforeEach, describe, expect, test } from 'vitest';
import * as api from '@/server/class-api';
import { ltiDb } from '@/server/db';
import { allQueuedScores } from '@/server/db/lti';
import { launch, type SignedIn } from '@/server/lti/launch';
import { login } from '@/server/lti/login';
import { instructorKeyOf } from '@/server/lti/members';
import { scoresUrl, sendDueScores } from '@/server/lti/scores';
import { testDatabases } from '../databases';
import { form, fragment, ltiTestContext, useLtiSetup, TOOL } from './harness';
import { ROLE, type LaunchSpec } from './test-platform';

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
  let clock = new Date();
  const lti = useLtiSetup(open, () => clock);
  beforeEach(() => {
    clock = new Date();
    lti.platform.scores.splice(0);
    lti.platform.tokenRequests.splice(0);
    lti.platform.down = false;
  });

  const later = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

  /** A learner launches a graded link and gets their learner token. */
  async function launchLearner(subject: string, lineItem: string | null = lti.platform.lineItemUrl('quiz-scaling-laws'), linkId = 'quiz-link') {
    const spec: LaunchSpec = {
      subject,
      name: subject,
      roles: [ROLE.learner],
      targetLinkUri: `${TOOL}/lessons/scaling-laws/#quiz`,
      resourceLinkId: linkId,
      lineItem: lineItem ?? undefined,
    };
    const started = await login(
      form('/lti/login', { iss: lti.platform.issuer, login_hint: subject, target_link_uri: spec.targetLinkUri, client_id: lti.platform.clientId }),
      lti.context,
    );
    const auth = new URL(started.headers.get('location')!);
    const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
    const launched = await launch(
      form('/lti/launch', { id_token: await lti.platform.idToken(spec, auth.searchParams.get('nonce')!), state: auth.searchParams.get('state')! }, { cookie }),
      lti.context,
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
      lti.context.class,
    );
    expect(response.status).toBe(201);
  }

  test('the scores address keeps the line item’s query', () => {
    expect(scoresUrl('https://lms.test/api/lti/courses/1/line_items/7?x=1')).toBe('https://lms.test/api/lti/courses/1/line_items/7/scores?x=1');
  });

  test('a graded attempt is posted to the launch’s line item, once, with a token from the platform', async () => {
    const token = await launchLearner('user-ada');
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores).toEqual([
      {
        lineItem: lti.platform.lineItemUrl('quiz-scaling-laws'),
        userId: 'user-ada',
        scoreGiven: 2,
        scoreMaximum: 3,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
        timestamp: '2026-12-01T10:00:00.000Z',
      },
    ]);
    expect(lti.platform.tokenRequests).toEqual([{ scope: 'https://purl.imsglobal.org/spec/lti-ags/scope/score', clientId: lti.platform.clientId }]);

    // A later, better attempt does not change the graded one (the first complete attempt counts): nothing more is sent.
    await submit(token, attempt(3, '2026-12-01T11:00:00.000Z'));
    expect(await allQueuedScores(lti.context.db)).toEqual([]);
    expect(await sendDueScores(lti.context)).toEqual({ sent: 0, failed: 0 });
    expect(lti.platform.scores).toHaveLength(1);
  });

  test('under the class’s “best before answers” rule, a better attempt is sent, and one made after showing the answers is not', async () => {
    const token = await launchLearner('user-ada');
    await lti.context.db.updateTable('classes').set({ grading_rule: 'best-before-answers' }).execute();
    await submit(token, attempt(1, '2026-12-01T10:00:00.000Z'));
    await submit(token, attempt(2, '2026-12-01T11:00:00.000Z'));
    await submit(token, { ...attempt(3, '2026-12-01T12:00:00.000Z'), answersShown: true });
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores.map((score) => [score.scoreGiven, score.timestamp])).toEqual([[2, '2026-12-01T11:00:00.000Z']]);
  });

  test('changing the class’s grading rule sends the scores whose graded attempt it changes, and no others', async () => {
    const ada = await launchLearner('user-ada');
    const bo = await launchLearner('user-bo');
    await submit(ada, attempt(1, '2026-12-01T10:00:00.000Z'));
    await submit(ada, attempt(3, '2026-12-01T11:00:00.000Z'));
    await submit(bo, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(lti.context)).toEqual({ sent: 2, failed: 0 });

    const { class_id } = await lti.context.db.selectFrom('lti_contexts').select('class_id').executeTakeFirstOrThrow();
    const setRule = async (gradingRule: string) => {
      const response = await api.updateSettings(
        new Request(`${TOOL}/api/class/settings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${instructorKeyOf(lti.keys, class_id)}` },
          body: JSON.stringify({ gradingRule }),
        }),
        lti.context.class,
      );
      expect(response.status).toBe(200);
    };
    // Ada's best attempt now counts; Bo's one attempt counts under either rule.
    await setRule('best-before-answers');
    expect((await allQueuedScores(lti.context.db)).map((row) => [row.score_given, row.timestamp])).toEqual([[3, '2026-12-01T11:00:00.000Z']]);
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores.map((score) => [score.userId, score.scoreGiven])).toEqual([
      ['user-ada', 1],
      ['user-bo', 2],
      ['user-ada', 3],
    ]);
    await setRule('best-before-answers');
    expect(await allQueuedScores(lti.context.db)).toEqual([]);
    await setRule('first');
    expect((await allQueuedScores(lti.context.db)).map((row) => row.score_given)).toEqual([1]);
  });

  test('an attempt through a link without a gradebook column, or of another lesson, sends nothing', async () => {
    const token = await launchLearner('user-bo', null, 'reading-link');
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await allQueuedScores(lti.context.db)).toEqual([]);
    const ada = await launchLearner('user-ada');
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z', 'phase-transitions'));
    expect(await allQueuedScores(lti.context.db)).toEqual([]);
  });

  test('a later launch of the same link that carries no line item keeps the gradebook column', async () => {
    const ada = await launchLearner('user-ada');
    await launchLearner('user-bo', null, 'quiz-link');
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores.map((score) => score.lineItem)).toEqual([lti.platform.lineItemUrl('quiz-scaling-laws')]);
  });

  test('a graded-quiz link the lti.platform gave no line item gets one made by the tool, once, and the score goes there', async () => {
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
        form('/lti/login', { iss: lti.platform.issuer, login_hint: subject, target_link_uri: spec.targetLinkUri, client_id: lti.platform.clientId }),
        lti.context,
      );
      const auth = new URL(started.headers.get('location')!);
      const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
      const id = await lti.platform.idToken(spec, auth.searchParams.get('nonce')!);
      const signedIn = fragment<SignedIn>(
        await launch(form('/lti/launch', { id_token: id, state: auth.searchParams.get('state')! }, { cookie }), lti.context, catalog),
      );
      if (signedIn.role !== 'learner') throw new Error('expected a learner');
      return signedIn.membership.token;
    };
    lti.platform.createdLineItems.splice(0);
    const ada = await launchOwn('user-ada');
    await launchOwn('user-bo');
    expect(lti.platform.createdLineItems).toEqual([
      {
        id: expect.stringMatching(/\/course-101\/lineitems\/made-1\/lineitem$/),
        scoreMaximum: 3,
        label: 'Quiz: Scaling laws',
        resourceId: 'quiz:scaling-laws',
        resourceLinkId: 'own-link',
      },
    ]);
    await submit(ada, attempt(2, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores.map((score) => [score.lineItem, score.scoreGiven])).toEqual([[lti.platform.createdLineItems[0]!.id, 2]]);
  });

  test('while the lti.platform is down the score waits with growing back-off, then arrives exactly once', async () => {
    const token = await launchLearner('user-ada');
    lti.platform.down = true;
    await submit(token, attempt(1, '2026-12-01T10:00:00.000Z'));
    expect(await sendDueScores(lti.context)).toEqual({ sent: 0, failed: 1 });
    const [first] = await allQueuedScores(lti.context.db);
    expect(first).toMatchObject({ tries: 1, last_error: expect.stringMatching(/503/) });
    const firstWait = new Date(first!.next_at).getTime() - clock.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(900);

    // Not due yet: nothing is tried.
    expect(await sendDueScores(lti.context)).toEqual({ sent: 0, failed: 0 });
    later(1);
    expect(await sendDueScores(lti.context)).toEqual({ sent: 0, failed: 1 });
    const [second] = await allQueuedScores(lti.context.db);
    expect(new Date(second!.next_at).getTime() - clock.getTime()).toBeGreaterThan(firstWait * 1.5);

    lti.platform.down = false;
    later(1);
    expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
    later(10);
    expect(await sendDueScores(lti.context)).toEqual({ sent: 0, failed: 0 });
    expect(lti.platform.scores.map((score) => [score.userId, score.scoreGiven])).toEqual([['user-ada', 1]]);
    expect(await allQueuedScores(lti.context.db)).toEqual([]);
  });

  test('a score owed when the server stops is sent by the next server', async () => {
    const token = await launchLearner('user-ada');
    lti.platform.down = true;
    await submit(token, attempt(2, '2026-12-01T10:00:00.000Z'));
    await sendDueScores(lti.context);
    lti.platform.down = false;
    const restarted = await ltiTestContext(lti.database, lti.platform, lti.keys, () => new Date(clock.getTime() + 3600_000));
    expect(await sendDueScores(restarted)).toEqual({ sent: 1, failed: 0 });
    expect(lti.platform.scores.map((score) => score.scoreGiven)).toEqual([2]);
  });

  test('one score the lti.platform refuses does not hold up the others', async () => {
    const ada = await launchLearner('user-ada', lti.platform.lineItemUrl('quiz-scaling-laws'), 'quiz-link');
    const broken = await launchLearner('user-bo', `${lti.platform.url}/course-101/no-such/lineitem`, 'broken-link');
    await submit(broken, attempt(2, '2026-12-01T09:00:00.000Z'));
    await submit(ada, attempt(3, '2026-12-01T10:00:00.000Z'));
    // Both links open the same lesson, so each learner owes a score to both line items.
    const result = await sendDueScores(lti.context);
    expect(result.sent).toBe(2);
    expect(result.failed).toBe(2);
    expect(lti.platform.scores.map((score) => [score.userId, score.scoreGiven]).sort()).toEqual([
      ['user-ada', 3],
      ['user-bo', 2],
    ]);
    const left = await allQueuedScores(ltiDb(lti.database.db));
    expect(left.map((row) => row.line_item)).toEqual([`${lti.platform.url}/course-101/no-such/lineitem`, `${lti.platform.url}/course-101/no-such/lineitem`]);
  });
});
