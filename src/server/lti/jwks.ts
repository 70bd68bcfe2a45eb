import type { LtiContext } from './context';

/** The tool's public keys (`GET /lti/jwks`), which platforms use to check its signatures. */
export function jwks(context: LtiContext): Response {
  return new Response(JSON.stringify({ keys: [context.keys.publicJwk] }), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
