import { insertHandoff, setMembershipsUrl, takeHandoff, upsertLtiLink } from '../db/lti';
import { newSecret } from '../secrets';
import { claim, messageTypes, scope, teaches } from './claims';
import { toolBase, type LtiContext } from './context';
import { ltiUrl, stateCookie, withinSite } from './login';
import type { CatalogItem } from './deep-linking';
import { ensureLineItem } from './line-items';
import { classOfCourse, displayName, learnerOfUser, signInInstructor, signInLearner } from './members';
import { syncRoster } from './nrps';
import { answerPage, LtiRefusal } from './pages';
import { cookie, readParams, required } from './params';
import { findPlatform } from './platforms.mjs';
import { verifyLaunch, type VerifiedLaunch } from './verify';

const HANDOFF_MINUTES = 10;

/** What the browser is handed after a launch, in the fragment of `/lti/signed-in/` (never sent to a server). */
export type SignedIn =
  | {
      role: 'learner';
      next: string;
      membership: {
        token: string;
        learnerId: string;
        name: string;
        className: string;
        assignment: string | null;
      };
    }
  | { role: 'instructor'; next: string; key: string };

/** The lesson a link opens: the `lesson` custom parameter, else the slug of a `/lessons/<slug>/` target. */
export function lessonOfTarget(target: URL, base: URL, custom: unknown): string | null {
  const named = (custom as { lesson?: unknown } | undefined)?.lesson;
  if (typeof named === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(named)) return named;
  const match = /^lessons\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(target.pathname.slice(base.pathname.length));
  return match ? match[1]! : null;
}

async function handoff(context: LtiContext, kind: string, payload: unknown): Promise<string> {
  const code = newSecret();
  const expires = new Date(context.class.now().getTime() + HANDOFF_MINUTES * 60_000).toISOString();
  await insertHandoff(context.db, {
    code,
    kind,
    payload: JSON.stringify(payload),
    expires_at: expires,
  });
  return code;
}

const seeOther = (location: string, headers: Record<string, string> = {}) =>
  new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'no-store', ...headers },
  });

/**
 * The launch (`POST /lti/launch`): the id_token is verified; then the browser is checked to be the
 * one that started the login — by the platform's storage when the login put the state there (a
 * page reads it back and completes at `/lti/complete`), else by the login's cookie. A browser that
 * passes neither check in the LMS frame is offered the same login in a new window, where the
 * cookie is the course's own.
 */
export const launch = (request: Request, context: LtiContext, catalog: readonly CatalogItem[] = []): Promise<Response> =>
  answerPage(async () => {
    const params = await readParams(request);
    const idToken = required(params, 'id_token', 'the id_token');
    const state = required(params, 'state', 'the state');
    const base = toolBase(context, request);
    const verified = await verifyLaunch(context, idToken, state, base);
    const row = await context.db.selectFrom('lti_states').select('login').where('state', '=', state).executeTakeFirst();
    const login = JSON.parse(row?.login ?? '{}') as Record<string, string>;
    // The login again without the platform's storage, for a new window.
    const again = new URL(ltiUrl(base, 'login'));
    for (const [name, value] of Object.entries(login)) if (name !== 'lti_storage_target') again.searchParams.set(name, value);
    const storageTarget = params.get('lti_storage_target');
    // A platform may offer its storage on every launch; only a login that put the state there can be checked by it.
    if (storageTarget && login.lti_storage_target) {
      const code = await handoff(context, 'storage', { verified });
      const hand = {
        mode: 'get',
        target: storageTarget,
        origin: new URL(verified.platform.authLoginUrl).origin,
        state,
        code,
        complete: ltiUrl(base, 'complete'),
        again: again.href,
      };
      return seeOther(`${ltiUrl(base, 'storage/')}#${encodeURIComponent(JSON.stringify(hand))}`);
    }
    if (cookie(request, stateCookie(state)) !== '1')
      throw new LtiRefusal(
        401,
        'Open the course in a new window',
        'Your browser keeps no cookies for the course inside the LMS page, so this launch cannot be checked here. Open it in a new window: you arrive signed in there.',
        { href: again.href, label: 'Open in a new window', newWindow: true },
      );
    return enter(context, verified, base, catalog, [`${stateCookie(state)}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=None`]);
  });

/** After the platform-storage check: the page sends the code of the verified launch and the state it read back. */
export const complete = (request: Request, context: LtiContext, catalog: readonly CatalogItem[] = []): Promise<Response> =>
  answerPage(async () => {
    const params = await readParams(request);
    const code = required(params, 'code', 'the launch code');
    const state = required(params, 'state', 'the state');
    const payload = await takeHandoff(context.db, code, 'storage', context.class.now().toISOString());
    if (!payload) throw new LtiRefusal(400, 'Launch already used', 'This launch expired or was already used. Open the link again from the LMS.');
    const { verified } = JSON.parse(payload) as { verified: VerifiedLaunch };
    if (verified.state !== state)
      throw new LtiRefusal(
        401,
        'Launch from another browser',
        'The LMS storage of this browser does not hold this launch’s state: it was started elsewhere. Open the link again from the LMS.',
      );
    const platform = findPlatform(context.platforms(), verified.platform.issuer, verified.platform.clientId);
    if (!platform) throw new LtiRefusal(403, 'This LMS is not registered', `The course server does not know the LMS “${verified.platform.issuer}”.`);
    return enter(context, { ...verified, platform }, toolBase(context, request), catalog);
  });

/** Signs the user in for the launch's course: a learner to the target page, a teacher to the class dashboard or the deep-linking picker. */
async function enter(context: LtiContext, launch: VerifiedLaunch, base: URL, catalog: readonly CatalogItem[], cookies: string[] = []): Promise<Response> {
  const { payload, platform } = launch;
  const now = context.class.now().toISOString();
  const course = payload[claim.context] as { id?: unknown; title?: unknown; label?: unknown } | undefined;
  if (typeof course?.id !== 'string')
    throw new LtiRefusal(
      400,
      'No course',
      'The launch does not come from a course (it has no context), so the course server cannot tell which class it belongs to.',
    );
  const title = typeof course.title === 'string' ? course.title : typeof course.label === 'string' ? course.label : 'LMS course';
  const classRow = await classOfCourse(
    context.db,
    context.keys,
    {
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentId: launch.deploymentId,
      contextId: course.id,
      title,
    },
    now,
  );
  const names = payload[claim.namesRoles] as { context_memberships_url?: unknown } | undefined;
  if (typeof names?.context_memberships_url === 'string') await setMembershipsUrl(context.db, classRow.id, names.context_memberships_url);
  const roles = Array.isArray(payload[claim.roles]) ? (payload[claim.roles] as unknown[]).filter((role): role is string => typeof role === 'string') : [];
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  for (const value of cookies) headers.append('Set-Cookie', value);
  const signIn = (signedIn: SignedIn) => {
    headers.set('Location', `${ltiUrl(base, 'signed-in/')}#${encodeURIComponent(JSON.stringify(signedIn))}`);
    return new Response(null, { status: 303, headers });
  };

  if (launch.messageType === messageTypes.deepLinking) {
    if (!teaches(roles)) throw new LtiRefusal(403, 'For instructors', 'Only an instructor of the course can choose what to add from the course.');
    const settings = payload[claim.deepLinkingSettings] as { deep_link_return_url?: unknown } | undefined;
    if (typeof settings?.deep_link_return_url !== 'string')
      throw new LtiRefusal(400, 'Incomplete request', 'The LMS did not say where to return the chosen items (deep_link_return_url).');
    const code = await handoff(context, 'deep-link', {
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentId: launch.deploymentId,
      settings,
    });
    headers.set('Location', `${ltiUrl(base, 'pick/')}#${encodeURIComponent(code)}`);
    return new Response(null, { status: 303, headers });
  }

  const target = withinSite(payload[claim.targetLinkUri] as string, base)!;
  const link = payload[claim.resourceLink] as { id: string; title?: unknown };
  const lesson = lessonOfTarget(target, base, payload[claim.custom]);
  const lineItem = await lineItemOfLaunch(context, launch, classRow.id, link.id, lesson, target, catalog);
  await upsertLtiLink(context.db, { class_id: classRow.id, link_id: link.id, lesson, line_item: lineItem, updated_at: now });

  if (teaches(roles)) {
    const key = await signInInstructor(context.db, context.keys, classRow.id);
    await syncRoster(context, classRow.id).catch((error: unknown) => console.error('lti roster:', error));
    return signIn({
      role: 'instructor',
      key,
      next: new URL('class/dashboard/', base).pathname,
    });
  }
  const subject = payload.sub!;
  const learnerId = await learnerOfUser(
    context.db,
    context.keys,
    classRow.id,
    platform.issuer,
    subject,
    displayName(payload as Record<string, unknown>, subject),
    now,
  );
  const token = await signInLearner(context.db, context.keys, learnerId);
  const learner = (await context.db.selectFrom('learners').select('name').where('id', '=', learnerId).executeTakeFirst())!;
  return signIn({
    role: 'learner',
    // A link that names the tool's own launch address (an LMS's default target) opens the course's home.
    next: target.pathname.startsWith(`${base.pathname}lti/`) ? base.pathname : target.pathname + target.search + target.hash,
    membership: {
      token,
      learnerId,
      name: learner.name,
      className: classRow.name,
      assignment: classRow.assignment,
    },
  });
}

/**
 * The gradebook column a launch reports to: the platform's (`lineitem` of the AGS claim); for a
 * graded-quiz link the platform gave none, the one the tool finds or makes through `lineitems`
 * (once: the link then remembers it); else none. A platform that cannot make one now leaves the
 * link ungraded until its next launch.
 */
async function lineItemOfLaunch(
  context: LtiContext,
  launch: VerifiedLaunch,
  classId: string,
  linkId: string,
  lesson: string | null,
  target: URL,
  catalog: readonly CatalogItem[],
): Promise<string | null> {
  const ags = launch.payload[claim.agsEndpoint] as { lineitem?: unknown; lineitems?: unknown; scope?: unknown } | undefined;
  const scopes = Array.isArray(ags?.scope) ? ags.scope : [];
  if (!scopes.includes(scope.score)) return null;
  if (typeof ags?.lineitem === 'string') return ags.lineitem;
  const quiz = lesson && target.hash === '#quiz' ? catalog.find((item) => item.id === `quiz:${lesson}`) : undefined;
  if (!quiz?.scoreMaximum || typeof ags?.lineitems !== 'string' || !scopes.includes(scope.lineItem)) return null;
  const known = await context.db.selectFrom('lti_links').select('line_item').where('class_id', '=', classId).where('link_id', '=', linkId).executeTakeFirst();
  if (known?.line_item) return known.line_item;
  try {
    return await ensureLineItem(context, launch.platform, ags.lineitems, {
      resourceLinkId: linkId,
      resourceId: quiz.id,
      label: quiz.title,
      scoreMaximum: quiz.scoreMaximum,
    });
  } catch (error) {
    console.error('lti: no line item made:', error);
    return null;
  }
}
