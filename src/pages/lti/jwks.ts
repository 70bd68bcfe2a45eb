import { jwks } from '@/server/lti/jwks';
import { ltiRoute } from '@/server/lti/route';

export const prerender = false;

export const GET = ltiRoute(async (_request, context) => jwks(context));
