import { beforeEach, describe, expect, test } from 'vitest';
import { createLocalJWKSet, decodeJwt, generateKeyPair, jwtVerify } from 'jose';
import * as api from '@/server/class-api';
import { deepLinkResponse } from '@/server/lti/deep-linking';
import { launch, complete, type SignedIn } from '@/server/lti/launch';
import { login } from '@/server/lti/login';
import type { Platform } from '@/server/lti/platforms.mjs';
import { sendDueScores } from '@/server/lti/scores';
import { testDatabases } from '../databases';
import { form, fragment, rowCount, useLtiSetup, TOOL } from './harness';
import { ROLE, type LaunchSpec } from './test-platform';

const learner: LaunchSpec = {
  subject: 'user-ada',
  name: 'Ada Lovelace',
  roles: [ROLE.learner],
  targetLinkUri: `${TOOL}/lessons/scaling-laws/`,
};

describe.each(testDatabases)('LTI launch on $name', ({ open }) => {
  const lti = useLtiSetup(open);

  /** The login step as the lti.platform starts it; returns the state, nonce and the browser's cookie. */
  async function startLogin(fields: Record<string, string> = {}) {
    const response = await login(
      form('/lti/login', {
        iss: lti.platform.issuer,
        login_hint: 'user-ada',
        target_link_uri: learner.targetLinkUri,
        client_id: lti.platform.clientId,
        lti_deployment_id: lti.platform.deploymentId,
        ...fields,
      }),
      lti.context,
    );
    expect(response.status).toBe(302);
    const auth = new URL(response.headers.get('location')!);
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    return {
      auth,
      state: auth.searchParams.get('state')!,
      nonce: auth.searchParams.get('nonce')!,
      cookie,
    };
  }

  async function launchWith(idToken: string, state: string, cookie: string, extra: Record<string, string> = {}) {
    return launch(form('/lti/launch', { id_token: idToken, state, ...extra }, { cookie }), lti.context);
  }

  async function refusedWithoutSession(response: Response, status: number, text: RegExp) {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(text);
    expect(await rowCount(lti.database, 'learners')).toBe(0);
    expect(await rowCount(lti.database, 'classes')).toBe(0);
  }

  test('the login sends the browser to the lti.platform with a fresh state and nonce', async () => {
    const { auth, state, nonce } = await startLogin({
      lti_message_hint: 'hint-1',
    });
    expect(auth.origin + auth.pathname).toBe(`${lti.platform.url}/auth`);
    expect(Object.fromEntries(auth.searchParams)).toMatchObject({
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: lti.platform.clientId,
      redirect_uri: `${TOOL}/lti/launch`,
      login_hint: 'user-ada',
      lti_message_hint: 'hint-1',
    });
    expect(state).toMatch(/^[\w-]{43}$/);
    expect(nonce).not.toBe(state);
  });

  test('a learner launch signs the learner in to the course’s class and opens the linked lesson', async () => {
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce), state, cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^https:\/\/tool\.test\/lti\/signed-in\/#/);
    const signedIn = fragment<SignedIn>(response);
    if (signedIn.role !== 'learner') throw new Error('expected a learner');
    expect(signedIn.next).toBe('/lessons/scaling-laws/');
    expect(signedIn.membership).toMatchObject({
      name: 'Ada Lovelace',
      className: 'LLM Engineering 101',
    });
    // The token is a working learner token of the class API.
    const records = await api.myRecords(
      new Request(`${TOOL}/api/class/me`, {
        headers: { authorization: `Bearer ${signedIn.membership.token}` },
      }),
      lti.context.class,
    );
    expect(records.status).toBe(200);
    expect(await records.json()).toMatchObject({
      learner: { name: 'Ada Lovelace' },
      class: { name: 'LLM Engineering 101' },
    });

    // The same LMS user launching again is the same learner, with the same token.
    const again = await startLogin();
    const second = fragment<SignedIn>(await launchWith(await lti.platform.idToken(learner, again.nonce), again.state, again.cookie));
    expect(second).toEqual(signedIn);
    expect(await rowCount(lti.database, 'learners')).toBe(1);
  });

  test('an instructor launch opens the class dashboard with a working instructor key and the whole roster', async () => {
    lti.platform.members.splice(
      0,
      lti.platform.members.length,
      {
        user_id: 'user-grace',
        name: 'Grace Hopper',
        roles: [ROLE.learner],
        status: 'Active',
      },
      { user_id: 'teacher', name: 'Prof', roles: [ROLE.instructor] },
    );
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(
      await lti.platform.idToken(
        {
          ...learner,
          subject: 'teacher',
          name: 'Prof',
          roles: [ROLE.instructor],
        },
        nonce,
      ),
      state,
      cookie,
    );
    const signedIn = fragment<SignedIn>(response);
    if (signedIn.role !== 'instructor') throw new Error('expected an instructor');
    expect(signedIn.next).toBe('/class/dashboard/');
    const report = await api.report(
      new Request(`${TOOL}/api/class/report`, {
        headers: { authorization: `Bearer ${signedIn.key}` },
      }),
      lti.context.class,
    );
    expect(report.status).toBe(200);
    const body = (await report.json()) as { roster: { name: string }[] };
    expect(body.roster.map((entry) => entry.name)).toEqual(['Grace Hopper']);
  });

  test('a roster of several pages is read to the end, and only active learners join the class', async () => {
    lti.platform.members.splice(
      0,
      lti.platform.members.length,
      ...['Ada', 'Bo', 'Cy', 'Di', 'Ed'].map((name) => ({ user_id: `user-${name}`, name, roles: ['Learner'], status: 'Active' })),
      { user_id: 'user-gone', name: 'Gone', roles: [ROLE.learner], status: 'Inactive' },
      { user_id: 'teacher', name: 'Prof', roles: [ROLE.instructor] },
    );
    lti.platform.membersPerPage = 2;
    try {
      const { state, nonce, cookie } = await startLogin();
      const signedIn = fragment<SignedIn>(
        await launchWith(await lti.platform.idToken({ ...learner, subject: 'teacher', name: 'Prof', roles: [ROLE.instructor] }, nonce), state, cookie),
      );
      if (signedIn.role !== 'instructor') throw new Error('expected an instructor');
      const report = await api.report(new Request(`${TOOL}/api/class/report`, { headers: { authorization: `Bearer ${signedIn.key}` } }), lti.context.class);
      const body = (await report.json()) as { roster: { name: string }[] };
      expect(body.roster.map((entry) => entry.name)).toEqual(['Ada', 'Bo', 'Cy', 'Di', 'Ed']);
    } finally {
      lti.platform.membersPerPage = undefined;
    }
  });

  test('an unregistered lti.platform is refused at login', async () => {
    const response = await login(
      form('/lti/login', {
        iss: 'https://unknown.example',
        login_hint: 'x',
        target_link_uri: learner.targetLinkUri,
      }),
      lti.context,
    );
    await refusedWithoutSession(response, 403, /not registered/);
  });

  test('a platform whose registration was removed after the login is refused at launch', async () => {
    const { state, nonce, cookie } = await startLogin();
    lti.context.platforms = () => [];
    await refusedWithoutSession(await launchWith(await lti.platform.idToken(learner, nonce), state, cookie), 403, /no longer knows/);
  });

  test('a token from another issuer than the login’s is refused, even one the course server knows', async () => {
    const other = { ...(lti.platform.registration() as Platform), issuer: 'https://other-lms.example' };
    lti.context.platforms = () => [lti.platform.registration() as Platform, other];
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce, { issuer: other.issuer }), state, cookie);
    await refusedWithoutSession(response, 401, /another LMS than the login/);
  });

  test('a token signed by another key is refused', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce, { key: privateKey }), state, cookie);
    await refusedWithoutSession(response, 401, /not signed by a key of this LMS/);
  });

  test('a replayed launch (same token, state and nonce) is refused the second time', async () => {
    const { state, nonce, cookie } = await startLogin();
    const token = await lti.platform.idToken(learner, nonce);
    expect((await launchWith(token, state, cookie)).status).toBe(303);
    const replay = await launchWith(token, state, cookie);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/already used/);
    expect(await rowCount(lti.database, 'learners')).toBe(1);
  });

  test('a token whose nonce is not the login’s is refused', async () => {
    const { state, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, 'another-nonce'), state, cookie);
    await refusedWithoutSession(response, 401, /nonce/);
  });

  test('an expired token is refused', async () => {
    const { state, nonce, cookie } = await startLogin();
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const response = await launchWith(
      await lti.platform.idToken(learner, nonce, {
        iat: hourAgo - 300,
        exp: hourAgo,
      }),
      state,
      cookie,
    );
    await refusedWithoutSession(response, 401, /expired/);
  });

  test('a token issued later than the allowed clock skew is refused; one within it is accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    const future = await startLogin();
    const ahead = await lti.platform.idToken(learner, future.nonce, { iat: now + 120, exp: now + 600 });
    await refusedWithoutSession(await launchWith(ahead, future.state, future.cookie), 401, /issued later than now/);
    const skewed = await startLogin();
    const slightlyAhead = await lti.platform.idToken(learner, skewed.nonce, { iat: now + 30, exp: now + 600 });
    expect((await launchWith(slightlyAhead, skewed.state, skewed.cookie)).status).toBe(303);
  });

  test('a token for several audiences must name this tool as its authorized party (azp)', async () => {
    const audience = [lti.platform.clientId, 'another-tool'];
    const wrong = await startLogin();
    const forOther = await lti.platform.idToken({ ...learner, claims: { azp: 'another-tool' } }, wrong.nonce, { audience });
    await refusedWithoutSession(await launchWith(forOther, wrong.state, wrong.cookie), 401, /authorized party/);
    const missing = await startLogin();
    const unnamed = await lti.platform.idToken(learner, missing.nonce, { audience });
    await refusedWithoutSession(await launchWith(unnamed, missing.state, missing.cookie), 401, /authorized party/);
    const right = await startLogin();
    const forThis = await lti.platform.idToken({ ...learner, claims: { azp: lti.platform.clientId } }, right.nonce, { audience });
    expect((await launchWith(forThis, right.state, right.cookie)).status).toBe(303);
  });

  test('a launch coming back after the login’s state expired is refused', async () => {
    const { state, nonce, cookie } = await startLogin();
    const token = await lti.platform.idToken(learner, nonce);
    const clock = lti.context.class;
    lti.context.class = { ...clock, now: () => new Date(Date.now() + 11 * 60_000) };
    await refusedWithoutSession(await launchWith(token, state, cookie), 400, /took too long/);
  });

  test('a login by GET (third-party-initiated, as some LMSs send it) leads to a launch', async () => {
    const query = new URLSearchParams({
      iss: lti.platform.issuer,
      login_hint: 'user-ada',
      target_link_uri: learner.targetLinkUri,
      client_id: lti.platform.clientId,
      lti_deployment_id: lti.platform.deploymentId,
    });
    const response = await login(new Request(`${TOOL}/lti/login?${query}`, { headers: { host: 'tool.test' } }), lti.context);
    expect(response.status).toBe(302);
    const auth = new URL(response.headers.get('location')!);
    expect(auth.origin + auth.pathname).toBe(`${lti.platform.url}/auth`);
    expect(auth.searchParams.get('redirect_uri')).toBe(`${TOOL}/lti/launch`);
    const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
    const launched = await launchWith(await lti.platform.idToken(learner, auth.searchParams.get('nonce')!), auth.searchParams.get('state')!, cookie);
    expect(launched.status).toBe(303);
    expect(fragment<SignedIn>(launched)).toMatchObject({ role: 'learner', next: '/lessons/scaling-laws/' });
  });

  test('a token for another tool (wrong audience) is refused', async () => {
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce, { audience: 'another-client' }), state, cookie);
    await refusedWithoutSession(response, 401, /audience/);
  });

  test('a wrong deployment id is refused', async () => {
    const { state, nonce, cookie } = await startLogin();
    const token = await lti.platform.idToken(
      {
        ...learner,
        claims: {
          'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'deployment-x',
        },
      },
      nonce,
    );
    await refusedWithoutSession(await launchWith(token, state, cookie), 403, /deployment/);
  });

  test('a state the server never issued is refused', async () => {
    const { nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce), 'not-a-state-the-server-issued', cookie);
    await refusedWithoutSession(response, 400, /state is unknown/);
  });

  test('a target_link_uri outside the site is refused, at login and at launch', async () => {
    const outside = await login(
      form('/lti/login', {
        iss: lti.platform.issuer,
        login_hint: 'x',
        target_link_uri: 'https://evil.example/lessons/x/',
        client_id: lti.platform.clientId,
      }),
      lti.context,
    );
    await refusedWithoutSession(outside, 400, /not part of this course/);
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(
      await lti.platform.idToken(
        {
          ...learner,
          targetLinkUri: 'https://evil.example/lessons/scaling-laws/',
        },
        nonce,
      ),
      state,
      cookie,
    );
    await refusedWithoutSession(response, 400, /not part of this course/);
  });

  test('a wrong LTI version or message type is refused', async () => {
    const first = await startLogin();
    const version = await lti.platform.idToken(
      {
        ...learner,
        claims: { 'https://purl.imsglobal.org/spec/lti/claim/version': '1.1' },
      },
      first.nonce,
    );
    await refusedWithoutSession(await launchWith(version, first.state, first.cookie), 400, /LTI 1\.3\.0/);
    const second = await startLogin();
    const type = await lti.platform.idToken(
      {
        ...learner,
        claims: {
          'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiSubmissionReviewRequest',
        },
      },
      second.nonce,
    );
    await refusedWithoutSession(await launchWith(type, second.state, second.cookie), 400, /does not handle/);
  });

  test('a browser that kept no cookie in the LMS frame is offered the launch in a new window', async () => {
    const { state, nonce } = await startLogin({ lti_message_hint: 'hint-2' });
    const response = await launchWith(await lti.platform.idToken(learner, nonce), state, '');
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toMatch(/Open in a new window/);
    expect(html).toMatch(/target="_blank"/);
    expect(html).toContain('/lti/login?iss=');
    expect(html).toContain('lti_message_hint=hint-2');
    expect(await rowCount(lti.database, 'learners')).toBe(0);
  });

  test('a login retried in a new window is checked by its cookie, though the platform offers its storage again', async () => {
    const { state, nonce, cookie } = await startLogin();
    const response = await launchWith(await lti.platform.idToken(learner, nonce), state, cookie, { lti_storage_target: '_parent' });
    expect(response.status).toBe(303);
    expect(fragment<SignedIn>(response)).toMatchObject({ role: 'learner', next: '/lessons/scaling-laws/' });
  });

  test('with lti.platform storage, the state is put in the LMS and read back before the learner is signed in', async () => {
    const response = await login(
      form('/lti/login', {
        iss: lti.platform.issuer,
        login_hint: 'user-ada',
        target_link_uri: learner.targetLinkUri,
        client_id: lti.platform.clientId,
        lti_storage_target: '_parent',
      }),
      lti.context,
    );
    expect(response.headers.get('location')).toMatch(/^https:\/\/tool\.test\/lti\/storage\/#/);
    const put = fragment<{
      mode: string;
      target: string;
      origin: string;
      state: string;
      nonce: string;
      next: string;
    }>(response);
    expect(put).toMatchObject({
      mode: 'put',
      target: '_parent',
      origin: lti.platform.url,
    });
    expect(new URL(put.next).searchParams.get('state')).toBe(put.state);

    const launched = await launch(
      form('/lti/launch', {
        id_token: await lti.platform.idToken(learner, put.nonce),
        state: put.state,
        lti_storage_target: '_parent',
      }),
      lti.context,
    );
    const get = fragment<{
      mode: string;
      code: string;
      state: string;
      complete: string;
      again: string;
    }>(launched);
    expect(get).toMatchObject({
      mode: 'get',
      state: put.state,
      complete: `${TOOL}/lti/complete`,
    });
    // Should the LMS's storage not confirm the state, the page offers the login again in a new window, without the storage.
    const retry = new URL(get.again);
    expect(retry.href.startsWith(`${TOOL}/lti/login?`)).toBe(true);
    expect(Object.fromEntries(retry.searchParams)).toEqual({
      iss: lti.platform.issuer,
      login_hint: 'user-ada',
      target_link_uri: learner.targetLinkUri,
      client_id: lti.platform.clientId,
    });
    expect(await rowCount(lti.database, 'learners')).toBe(0);

    const wrong = await complete(form('/lti/complete', { code: get.code, state: 'another-state' }), lti.context);
    expect(wrong.status).toBe(401);
    expect(await rowCount(lti.database, 'learners')).toBe(0);
    // The code is single-use: even the right state cannot use it again after a failed try.
    const reused = await complete(form('/lti/complete', { code: get.code, state: put.state }), lti.context);
    expect(reused.status).toBe(400);

    const again = await login(
      form('/lti/login', {
        iss: lti.platform.issuer,
        login_hint: 'user-ada',
        target_link_uri: learner.targetLinkUri,
        client_id: lti.platform.clientId,
        lti_storage_target: '_parent',
      }),
      lti.context,
    );
    const put2 = fragment<{ state: string; nonce: string }>(again);
    const launched2 = await launch(
      form('/lti/launch', {
        id_token: await lti.platform.idToken(learner, put2.nonce),
        state: put2.state,
        lti_storage_target: '_parent',
      }),
      lti.context,
    );
    const done = await complete(
      form('/lti/complete', {
        code: fragment<{ code: string }>(launched2).code,
        state: put2.state,
      }),
      lti.context,
    );
    expect(done.status).toBe(303);
    expect(fragment<SignedIn>(done)).toMatchObject({
      role: 'learner',
      next: '/lessons/scaling-laws/',
    });
  });

  describe('two registrations of one issuer, as Canvas cloud gives every school its client id', () => {
    const second = { clientId: 'threshold-client-2', deploymentId: 'deployment-2' };
    beforeEach(() => {
      lti.platform.clientIds.add(second.clientId);
      lti.context.platforms = () => [lti.platform.registration(), lti.platform.registration(second.clientId, second.deploymentId)] as Platform[];
    });

    /** A launch through the second registration: its client id in the login and the token, its deployment in the token. */
    async function launchSecond(spec: LaunchSpec, catalog: Parameters<typeof launch>[2] = []) {
      const { state, nonce, cookie } = await startLogin({ client_id: second.clientId, lti_deployment_id: second.deploymentId });
      const claims = { 'https://purl.imsglobal.org/spec/lti/claim/deployment_id': second.deploymentId, ...spec.claims };
      const token = await lti.platform.idToken({ ...spec, claims }, nonce, { audience: second.clientId });
      return launch(form('/lti/launch', { id_token: token, state }, { cookie }), lti.context, catalog);
    }

    test('launches, grades and the roster of each registration go by its own client id and deployments', async () => {
      lti.platform.members.splice(0, lti.platform.members.length, { user_id: 'user-grace', name: 'Grace Hopper', roles: [ROLE.learner], status: 'Active' });
      lti.platform.tokenRequests.splice(0);
      lti.platform.scores.splice(0);
      const launched = await launchSecond({ ...learner, targetLinkUri: `${TOOL}/lessons/scaling-laws/#quiz`, lineItem: lti.platform.lineItemUrl('quiz-2') });
      expect(launched.status).toBe(303);
      const signedIn = fragment<SignedIn>(launched);
      if (signedIn.role !== 'learner') throw new Error('expected a learner');
      expect(await lti.context.db.selectFrom('lti_contexts').select(['client_id', 'deployment_id']).execute()).toEqual([
        { client_id: second.clientId, deployment_id: second.deploymentId },
      ]);

      const submitted = await api.submitAttempt(
        new Request(`${TOOL}/api/class/attempts`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${signedIn.membership.token}` },
          body: JSON.stringify({
            key: 'attempt-1',
            lesson: 'scaling-laws',
            at: new Date().toISOString(),
            points: 1,
            of: 1,
            answers: [{ credit: 1, answer: 'a' }],
          }),
        }),
        lti.context.class,
      );
      expect(submitted.status).toBe(201);
      expect(await sendDueScores(lti.context)).toEqual({ sent: 1, failed: 0 });
      expect(lti.platform.scores.map((score) => [score.lineItem, score.userId])).toEqual([[lti.platform.lineItemUrl('quiz-2'), 'user-ada']]);

      const teacher = fragment<SignedIn>(await launchSecond({ ...learner, subject: 'teacher', name: 'Prof', roles: [ROLE.instructor] }));
      expect(teacher.role).toBe('instructor');
      expect(lti.platform.tokenRequests.map((request) => request.clientId)).toEqual([second.clientId, second.clientId]);

      // The first registration still launches as itself.
      const first = await startLogin();
      expect((await launchWith(await lti.platform.idToken(learner, first.nonce), first.state, first.cookie)).status).toBe(303);
    });

    test('the deep-linking answer of the second registration is signed as its client, for its deployment', async () => {
      const catalog = [{ id: 'lesson:scaling-laws', title: 'Lesson 6: Scaling laws', path: 'lessons/scaling-laws/', lesson: 'scaling-laws' }];
      const picked = await launchSecond({ ...learner, subject: 'teacher', roles: [ROLE.instructor], messageType: 'LtiDeepLinkingRequest', targetLinkUri: `${TOOL}/lti/launch` });
      expect(picked.status).toBe(303);
      const code = decodeURIComponent(picked.headers.get('location')!.split('#')[1]!);
      const answer = await deepLinkResponse(form('/lti/deep-link', { code, item: 'lesson:scaling-laws' }), lti.context, catalog);
      const jwt = /name="JWT" value="([^"]+)"/.exec(await answer.text())![1]!;
      const { payload } = await jwtVerify(jwt, createLocalJWKSet({ keys: [lti.keys.publicJwk] }), { issuer: second.clientId, audience: lti.platform.issuer });
      expect(payload['https://purl.imsglobal.org/spec/lti/claim/deployment_id']).toBe(second.deploymentId);
    });

    test('a login without client_id is told apart by its deployment, and refused when nothing tells them apart', async () => {
      const fields = { iss: lti.platform.issuer, login_hint: 'user-ada', target_link_uri: learner.targetLinkUri };
      const byDeployment = await login(form('/lti/login', { ...fields, lti_deployment_id: second.deploymentId }), lti.context);
      expect(byDeployment.status).toBe(302);
      expect(new URL(byDeployment.headers.get('location')!).searchParams.get('client_id')).toBe(second.clientId);
      await refusedWithoutSession(await login(form('/lti/login', fields), lti.context), 400, /client_id/);
    });

    test('a token for the other registration of the issuer is refused', async () => {
      const { state, nonce, cookie } = await startLogin({ client_id: second.clientId, lti_deployment_id: second.deploymentId });
      // Right issuer, signature and deployment of the first registration, but the login was the second's.
      const token = await lti.platform.idToken(learner, nonce);
      expect(decodeJwt(token).aud).toBe(lti.platform.clientId);
      await refusedWithoutSession(await launchWith(token, state, cookie), 401, /audience/);
    });
  });
});
