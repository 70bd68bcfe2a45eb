import { login } from '@/server/lti/login';
import { ltiRoute } from '@/server/lti/route';

export const prerender = false;

/** OIDC third-party-initiated login: platforms send GET or POST. */
export const GET = ltiRoute((request, context) => login(request, context));
export const POST = GET;
