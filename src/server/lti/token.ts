import { SignJWT } from 'jose';
import { newSecret } from '../secrets';
import type { LtiContext } from './context';
import type { Platform } from './platforms.mjs';

/** A service call the platform refused or that never reached it; `retry` says whether trying later may help. */
export class ServiceError extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

const cache = new WeakMap<LtiContext, Map<string, { token: string; until: number }>>();

/**
 * An access token for the platform's services: OAuth 2 client credentials with a JWT assertion
 * signed by the tool's key (RFC 7523, as the 1EdTech Security Framework §4.1 asks). Tokens are
 * kept until shortly before they expire.
 */
export async function accessToken(context: LtiContext, platform: Platform, scopes: readonly string[]): Promise<string> {
  const key = `${platform.issuer} ${platform.clientId} ${[...scopes].sort().join(' ')}`;
  const tokens = cache.get(context) ?? new Map<string, { token: string; until: number }>();
  cache.set(context, tokens);
  const now = context.class.now().getTime();
  const held = tokens.get(key);
  if (held && held.until > now) return held.token;

  const assertion = await new SignJWT({})
    .setProtectedHeader({
      alg: 'RS256',
      kid: context.keys.publicJwk.kid,
      typ: 'JWT',
    })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.authServer ?? platform.authTokenUrl)
    .setIssuedAt(Math.floor(now / 1000))
    .setExpirationTime(Math.floor(now / 1000) + 300)
    .setJti(newSecret())
    .sign(context.keys.privateKey);
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
    scope: scopes.join(' '),
  });
  const response = await call(context, platform.authTokenUrl, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    },
    body,
  });
  const answer = (await response.json().catch(() => ({}))) as {
    access_token?: unknown;
    expires_in?: unknown;
  };
  if (typeof answer.access_token !== 'string') throw new ServiceError(`token endpoint answered without an access_token`, true);
  const seconds = typeof answer.expires_in === 'number' ? answer.expires_in : 3600;
  tokens.set(key, {
    token: answer.access_token,
    until: now + Math.max(0, seconds - 60) * 1000,
  });
  return answer.access_token;
}

/** Forgets a token the platform no longer accepts. */
export function dropTokens(context: LtiContext): void {
  cache.delete(context);
}

/** A request to the platform within 15 s; any answer but 2xx is a `ServiceError` (retrying helps unless it is a 4xx other than 401, 408 or 429). */
export async function call(context: LtiContext, url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await context.fetch(url, {
      ...init,
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new ServiceError(`${new URL(url).host} could not be reached (${error instanceof Error ? error.message : String(error)})`, true);
  }
  if (response.ok) return response;
  const text = (await response.text().catch(() => '')).slice(0, 200);
  const retry = response.status >= 500 || [401, 408, 429].includes(response.status);
  if (response.status === 401) dropTokens(context);
  throw new ServiceError(`${new URL(url).host} answered ${response.status}${text ? `: ${text}` : ''}`, retry);
}
