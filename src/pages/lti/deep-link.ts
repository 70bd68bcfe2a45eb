import { deepLinkResponse } from '@/server/lti/deep-linking';
import { ltiRoute } from '@/server/lti/route';
import { ltiCatalog } from './_catalog';

export const prerender = false;

/** The deep-linking picker's choice, signed and sent back to the LMS. */
export const POST = ltiRoute(async (request, context) => deepLinkResponse(request, context, await ltiCatalog()));
