import { launch } from '@/server/lti/launch';
import { ltiRoute } from '@/server/lti/route';
import { ltiCatalog } from './_catalog';

export const prerender = false;

export const POST = ltiRoute(async (request, context) => launch(request, context, await ltiCatalog()));
