import { describe, expect, test } from 'vitest';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { deepLinkResponse, type CatalogItem } from '@/server/lti/deep-linking';
import { launch } from '@/server/lti/launch';
import { login } from '@/server/lti/login';
import { testDatabases } from '../databases';
import { form, useLtiSetup, TOOL } from './harness';
import { ROLE, type LaunchSpec } from './test-platform';

const catalog: CatalogItem[] = [
  { id: 'session:emergence', title: 'Session 1: Emergence', path: 'instructors/sessions/emergence/' },
  { id: 'lesson:scaling-laws', title: 'Lesson 6: Scaling laws', path: 'lessons/scaling-laws/', lesson: 'scaling-laws' },
  { id: 'quiz:scaling-laws', title: 'Quiz: Scaling laws', path: 'lessons/scaling-laws/#quiz', lesson: 'scaling-laws', scoreMaximum: 6 },
];

describe.each(testDatabases)('deep linking on $name', ({ open }) => {
  const lti = useLtiSetup(open);

  async function deepLinkLaunch(roles: string[]) {
    const spec: LaunchSpec = { subject: 'teacher', name: 'Prof', roles, messageType: 'LtiDeepLinkingRequest', targetLinkUri: `${TOOL}/lti/launch` };
    const started = await login(
      form('/lti/login', { iss: lti.platform.issuer, login_hint: 'teacher', target_link_uri: spec.targetLinkUri, client_id: lti.platform.clientId }),
      lti.context,
    );
    const auth = new URL(started.headers.get('location')!);
    const cookie = started.headers.get('set-cookie')!.split(';')[0]!;
    return launch(
      form('/lti/launch', { id_token: await lti.platform.idToken(spec, auth.searchParams.get('nonce')!), state: auth.searchParams.get('state')! }, { cookie }),
      lti.context,
    );
  }

  function choose(code: string, items: string[]) {
    const body = new URLSearchParams({ code });
    for (const item of items) body.append('item', item);
    return deepLinkResponse(
      new Request(`${TOOL}/lti/deep-link`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body.toString() }),
      lti.context,
      catalog,
    );
  }

  test('an instructor’s choice returns to the lti.platform as signed resource links, a quiz with its gradebook column', async () => {
    const launched = await deepLinkLaunch([ROLE.instructor]);
    expect(launched.status).toBe(303);
    const location = launched.headers.get('location')!;
    expect(location).toMatch(/^https:\/\/tool\.test\/lti\/pick\/#/);
    const code = decodeURIComponent(location.split('#')[1]!);

    const answer = await choose(code, ['lesson:scaling-laws', 'quiz:scaling-laws']);
    expect(answer.status).toBe(200);
    const html = await answer.text();
    expect(html).toContain(`action="${lti.platform.url}/deep-link-return"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
    const { payload, protectedHeader } = await jwtVerify(jwt, createLocalJWKSet({ keys: [lti.keys.publicJwk] }), {
      issuer: lti.platform.clientId,
      audience: lti.platform.issuer,
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', kid: lti.keys.publicJwk.kid });
    expect(payload).toMatchObject({
      'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiDeepLinkingResponse',
      'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
      'https://purl.imsglobal.org/spec/lti/claim/deployment_id': lti.platform.deploymentId,
      'https://purl.imsglobal.org/spec/lti-dl/claim/data': 'platform-data-42',
    });
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items']).toEqual([
      { type: 'ltiResourceLink', title: 'Lesson 6: Scaling laws', url: `${TOOL}/lessons/scaling-laws/`, custom: { lesson: 'scaling-laws' } },
      {
        type: 'ltiResourceLink',
        title: 'Quiz: Scaling laws',
        url: `${TOOL}/lessons/scaling-laws/#quiz`,
        custom: { lesson: 'scaling-laws' },
        lineItem: { scoreMaximum: 6, label: 'Quiz: Scaling laws', resourceId: 'quiz:scaling-laws' },
      },
    ]);
    // The lti.platform accepts it as its own deep-linking return would.
    const returned = await fetch(`${lti.platform.url}/deep-link-return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(returned.status).toBe(200);
    expect(lti.platform.deepLinks.at(-1)).toHaveLength(2);

    // The picker's code is single-use.
    const again = await choose(code, ['lesson:scaling-laws']);
    expect(again.status).toBe(400);
  });

  test('an item not in the course is refused', async () => {
    const code = decodeURIComponent((await deepLinkLaunch([ROLE.instructor])).headers.get('location')!.split('#')[1]!);
    const answer = await choose(code, ['lesson:../../evil']);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/not part of this course/);
  });

  test('a learner cannot open the picker', async () => {
    const launched = await deepLinkLaunch([ROLE.learner]);
    expect(launched.status).toBe(403);
    expect(await launched.text()).toMatch(/Only an instructor/);
  });
});
