import { insertState, pruneExpired } from '../db/lti';
import { newSecret } from '../secrets';
import { toolBase, type LtiContext } from './context';
import { answerPage, LtiRefusal } from './pages';
import { readParams, required } from './params';
import { findPlatform } from './platforms.mjs';

/** A login must come back as a launch within this time. */
const STATE_MINUTES = 10;

/** The cookie that ties a login to the browser that started it (when the browser keeps third-party cookies). */
export const stateCookie = (state: string): string => `lti_s_${state}`;

/** `target_link_uri` must name a page of this site, or the launch could send the learner anywhere. */
export function withinSite(target: string, base: URL): URL | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  return url.origin === base.origin && url.pathname.startsWith(base.pathname) && !url.username && !url.password ? url : undefined;
}

/** The address of a page of this LTI flow, e.g. `lti/launch`, under the site's base. */
export const ltiUrl = (base: URL, path: string): string => new URL(`lti/${path}`, base).href;

/**
 * OIDC third-party-initiated login (LTI 1.3 core §5.1.1): the platform names itself and the
 * target; the tool keeps a state and nonce server-side and sends the browser to the platform's
 * authorization endpoint. With platform storage on offer (`lti_storage_target`), the state is put
 * there first; otherwise a cookie ties the login to this browser.
 */
export const login = (request: Request, context: LtiContext): Promise<Response> =>
  answerPage(async () => {
    const params = await readParams(request);
    const issuer = required(params, 'iss', 'its issuer');
    const loginHint = required(params, 'login_hint', 'a login hint');
    const target = required(params, 'target_link_uri', 'the address to open');
    const clientId = params.get('client_id') ?? undefined;
    const deployment = params.get('lti_deployment_id') ?? undefined;
    const platform = findPlatform(context.platforms(), issuer, clientId, deployment);
    if (!platform && !clientId && context.platforms().filter((entry) => entry.issuer === issuer).length > 1)
      throw new LtiRefusal(
        400,
        'Which registration?',
        `The course server has several registrations of the LMS “${issuer}”, and its login did not say which one (client_id). Its administrator sets the LMS to send the client id.`,
      );
    if (!platform)
      throw new LtiRefusal(
        403,
        'This LMS is not registered',
        `The course server does not know the LMS “${issuer}”${clientId ? ` with client id “${clientId}”` : ''}. Its administrator registers it first: see “Use it from your LMS” on the instructors' LMS page.`,
      );
    const base = toolBase(context, request);
    if (!withinSite(target, base))
      throw new LtiRefusal(400, 'Address outside this course', 'The LMS asked to open an address that is not part of this course.');
    if (deployment && !platform.deploymentIds.includes(deployment))
      throw new LtiRefusal(403, 'Deployment not registered', `The deployment “${deployment}” of this LMS is not registered with the course server.`);

    const now = context.class.now();
    await pruneExpired(context.db, now.toISOString());
    const state = newSecret();
    const nonce = newSecret();
    await insertState(context.db, {
      state,
      nonce,
      issuer: platform.issuer,
      client_id: platform.clientId,
      login: JSON.stringify(Object.fromEntries(params)),
      expires_at: new Date(now.getTime() + STATE_MINUTES * 60_000).toISOString(),
    });

    const auth = new URL(platform.authLoginUrl);
    const query: Record<string, string> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: ltiUrl(base, 'launch'),
      login_hint: loginHint,
      state,
      nonce,
    };
    const hint = params.get('lti_message_hint');
    if (hint) query.lti_message_hint = hint;
    for (const [name, value] of Object.entries(query)) auth.searchParams.set(name, value);

    const secure = base.protocol === 'https:' || base.hostname === 'localhost' || base.hostname === '127.0.0.1';
    const headers = new Headers({ 'Cache-Control': 'no-store' });
    // SameSite=None: the launch comes back as a cross-site form post from the LMS.
    if (secure) headers.append('Set-Cookie', `${stateCookie(state)}=1; Path=/; Max-Age=${STATE_MINUTES * 60}; HttpOnly; Secure; SameSite=None`);
    const storageTarget = params.get('lti_storage_target');
    if (storageTarget) {
      const hand = {
        mode: 'put',
        target: storageTarget,
        origin: auth.origin,
        state,
        nonce,
        next: auth.href,
      };
      headers.set('Location', `${ltiUrl(base, 'storage/')}#${encodeURIComponent(JSON.stringify(hand))}`);
    } else headers.set('Location', auth.href);
    return new Response(null, { status: 302, headers });
  });
