import { launch } from '@/server/lti/launch';
import { ltiRoute } from '@/server/lti/route';

export const prerender = false;

export const POST = ltiRoute((request, context) => launch(request, context));
