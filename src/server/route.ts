import type { APIContext, APIRoute } from 'astro';
import { classContext, type ClassContext } from './context';
import { json, respond } from './http';

/**
 * An API route for a class API function: the server's context is opened (and the database
 * migrated) on first use, and a failure to open it is answered as JSON like any other.
 */
export function route(handle: (request: Request, context: ClassContext, api: APIContext) => Promise<Response>): APIRoute {
  return (api) => respond(async () => handle(api.request, await classContext(), api));
}

/** Every other method on an API route: 405 naming the ones it takes, as JSON like every answer under `/api/`. */
export function otherMethods(...allowed: ('GET' | 'POST' | 'DELETE')[]): APIRoute {
  const allow = allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  return () => json({ error: `this address takes ${allow.join(', ')} only` }, 405, { Allow: allow.join(', ') });
}
