import { complete } from '@/server/lti/launch';
import { ltiRoute } from '@/server/lti/route';
import { ltiCatalog } from './_catalog';

export const prerender = false;

/** The end of a launch checked through the platform's storage (see storage.astro). */
export const POST = ltiRoute(async (request, context) => complete(request, context, await ltiCatalog()));
