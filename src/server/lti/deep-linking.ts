import { SignJWT } from 'jose';
import { escapeHtml } from '@/common/escape';
import { takeHandoff } from '../db/lti';
import { newSecret } from '../secrets';
import { claim, LTI_VERSION, messageTypes } from './claims';
import { toolBase, type LtiContext } from './context';
import { answerPage, htmlPage, LtiRefusal } from './pages';
import { readParams, required } from './params';
import { findPlatform } from './platforms.mjs';

/** Something an instructor can place in the LMS: a session, a lesson, or a lesson's graded quiz. */
export interface CatalogItem {
  /** `session:<slug>`, `lesson:<slug>` or `quiz:<slug>`. */
  id: string;
  title: string;
  /** The page under the site's base, e.g. `lessons/scaling-laws/`. */
  path: string;
  /** The lesson whose quiz attempts are graded; quizzes only. */
  lesson?: string;
  /** Points of the quiz: the gradebook column's maximum. */
  scoreMaximum?: number;
}

interface DeepLinkHandoff {
  issuer: string;
  clientId: string;
  deploymentId: string;
  settings: {
    deep_link_return_url: string;
    accept_multiple?: boolean;
    data?: string;
    accept_types?: string[];
  };
}

/** An `LtiResourceLink` content item (Deep Linking 2.0 §3.4.3); a quiz carries its gradebook column. */
export function contentItem(item: CatalogItem, base: URL): Record<string, unknown> {
  const lesson = item.lesson ?? /^(?:lesson|quiz):(.+)$/.exec(item.id)?.[1];
  return {
    type: 'ltiResourceLink',
    title: item.title,
    url: new URL(item.path, base).href,
    ...(lesson ? { custom: { lesson } } : {}),
    ...(item.scoreMaximum
      ? {
          lineItem: {
            scoreMaximum: item.scoreMaximum,
            label: item.title,
            resourceId: item.id,
          },
        }
      : {}),
  };
}

/**
 * The picker's answer (`POST /lti/deep-link`): the chosen items become `LtiResourceLink` content
 * items in a deep-linking response signed with the tool's key, which the browser posts to the
 * platform's return address.
 */
export const deepLinkResponse = (request: Request, context: LtiContext, catalog: readonly CatalogItem[]): Promise<Response> =>
  answerPage(async () => {
    const params = await readParams(request);
    const code = required(params, 'code', 'the picker code');
    const payload = await takeHandoff(context.db, code, 'deep-link', context.class.now().toISOString());
    if (!payload) throw new LtiRefusal(400, 'Selection expired', 'This selection expired or was already sent. Start again from the LMS.');
    const handoff = JSON.parse(payload) as DeepLinkHandoff;
    const platform = findPlatform(context.platforms(), handoff.issuer, handoff.clientId);
    if (!platform) throw new LtiRefusal(403, 'This LMS is not registered', `The course server does not know the LMS “${handoff.issuer}”.`);
    const chosen = params.getAll('item').map((id) => catalog.find((item) => item.id === id));
    if (chosen.some((item) => !item)) throw new LtiRefusal(400, 'Unknown item', 'One of the chosen items is not part of this course.');
    const items = handoff.settings.accept_multiple === false ? chosen.slice(0, 1) : chosen;
    const base = toolBase(context, request);
    const now = Math.floor(context.class.now().getTime() / 1000);
    const jwt = await new SignJWT({
      nonce: newSecret(),
      [claim.messageType]: messageTypes.deepLinkingResponse,
      [claim.version]: LTI_VERSION,
      [claim.deploymentId]: handoff.deploymentId,
      [claim.contentItems]: items.map((item) => contentItem(item!, base)),
      ...(handoff.settings.data !== undefined ? { [claim.deepLinkingData]: handoff.settings.data } : {}),
      ...(items.length === 0 ? { [claim.deepLinkingMessage]: 'Nothing was chosen.' } : {}),
    })
      .setProtectedHeader({
        alg: 'RS256',
        kid: context.keys.publicJwk.kid,
        typ: 'JWT',
      })
      .setIssuer(platform.clientId)
      .setAudience(platform.issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(context.keys.privateKey);
    const list = items.map((item) => `<li>${escapeHtml(item!.title)}</li>`).join('');
    return htmlPage(
      200,
      'Adding to the LMS',
      `<h1>Adding to the LMS</h1>${list ? `<ul>${list}</ul>` : '<p>Nothing was chosen.</p>'}
<form method="post" action="${escapeHtml(handoff.settings.deep_link_return_url)}" data-auto-submit><input type="hidden" name="JWT" value="${escapeHtml(jwt)}"><button type="submit">Return to the LMS</button></form>
<script src="${escapeHtml(new URL('lti/auto-submit.js', base).pathname)}"></script>`,
    );
  });
