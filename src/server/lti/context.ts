import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { ClassContext } from '../context';
import { ltiDb, type LtiDb } from '../db';
import type { ToolKeys } from './keys';
import type { Platform } from './platforms.mjs';

/** What every LTI request works with; tests build their own around a test platform. */
export interface LtiContext {
  class: ClassContext;
  db: LtiDb;
  platforms: () => Platform[];
  keys: ToolKeys;
  /** The site's public address (`LTI_TOOL_URL`) when a proxy hides it; else each request's own origin. */
  toolUrl?: string;
  /** The platform's public keys, fetched and cached by jose. */
  jwks: (url: string) => JWTVerifyGetKey;
  /** Back-off of score posts: the first retry after `baseMs`, doubling up to `maxMs`. */
  retry: { baseMs: number; maxMs: number };
  /** Grade passback and rosters call the platform with this (tests may count calls). */
  fetch: typeof fetch;
}

/** One remote key set per JWKS address, so keys are cached between launches. */
export function jwksCache(): (url: string) => JWTVerifyGetKey {
  const sets = new Map<string, JWTVerifyGetKey>();
  return (url) => {
    let set = sets.get(url);
    if (!set)
      sets.set(
        url,
        (set = createRemoteJWKSet(new URL(url), {
          timeoutDuration: 5000,
          cooldownDuration: 5000,
        })),
      );
    return set;
  };
}

export function makeLtiContext(parts: Omit<LtiContext, 'db'>): LtiContext {
  return { ...parts, db: ltiDb(parts.class.db) };
}

/** The site's base address, with a trailing slash: `https://course.example.edu/`. */
export function toolBase(context: LtiContext, request: Request): URL {
  const base = new URL(context.toolUrl ?? requestOrigin(request));
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/**
 * The origin the browser addressed: the Host header (the server's own request URL names
 * `localhost` unless told which hosts to trust), over HTTPS when a proxy says so.
 */
function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);
  const host = request.headers.get('host') ?? url.host;
  return /^[\w.-]+(?::\d+)?$|^\[[\da-f:]+\](?::\d+)?$/i.test(host) ? `${protocol}://${host}` : url.origin;
}
