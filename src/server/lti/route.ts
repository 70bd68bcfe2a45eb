import type { APIContext, APIRoute } from 'astro';
import type { LtiContext } from './context';
import { answerPage } from './pages';
import { ltiContext } from './runtime';

/** An LTI route: the server's LTI context opened on first use; refusals answered as pages. */
export function ltiRoute(handle: (request: Request, context: LtiContext, api: APIContext) => Promise<Response>): APIRoute {
  return (api) => answerPage(async () => handle(api.request, await ltiContext(), api));
}
