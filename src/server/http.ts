import type { z } from 'astro/zod';
import { issueLine } from '@/schemas/friendly';

/** A request refused with a status and a message the client may show. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Largest request body accepted, in bytes: a quiz attempt of 200 questions fits with room. */
export const MAX_BODY_BYTES = 16 * 1024;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * Runs a handler; a refusal becomes its status with `{ "error": message }`, anything unexpected a
 * 500 with a fixed message (the details go to the server log, never to the client).
 */
export async function respond(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof ApiError) return json({ error: error.message }, error.status, error.headers);
    console.error('class api:', error);
    return json({ error: 'the server could not handle this request' }, 500);
  }
}

/**
 * Refuses state-changing requests from other sites: a browser names the page's origin in
 * `Origin` (and says `Sec-Fetch-Site`); both must agree with the host the request was sent to.
 * Clients other than browsers send neither and are let through: they carry no ambient
 * credentials, and every request needs its key or token in a header anyway.
 */
export function requireSameOrigin(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new ApiError(403, 'cross-site requests are not accepted');
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('host') ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, 'cross-site requests are not accepted');
  }
  if (originHost !== host) throw new ApiError(403, 'cross-site requests are not accepted');
}

/** The body as JSON, refused when it is not JSON, too large, or does not match `schema`. */
export async function readBody<T extends z.ZodTypeAny>(request: Request, schema: T): Promise<z.output<T>> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new ApiError(415, 'send the body as JSON (Content-Type: application/json)');
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimited(request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'the body is not valid JSON');
  }
  const control = controlText(parsed, []);
  if (control) throw new ApiError(400, `${control} must not hold control characters`);
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issueLine(issue, 'body'));
    throw new ApiError(400, problems.slice(0, 5).join('; '));
  }
  return result.data;
}

/**
 * Control characters (C0 but tab, line feed and return; DEL; C1) garble rosters and CSV files, and
 * PostgreSQL cannot store NUL at all: refused in any string of the body, names included, so both
 * databases answer alike and no field can forget the rule.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The path (as schema messages name fields) of the first string or property name in `value` holding a control character. */
function controlText(value: unknown, path: string[]): string | undefined {
  if (typeof value === 'string') return CONTROL.test(value) ? path.join('.') || 'body' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [name, item] of Object.entries(value)) {
    if (CONTROL.test(name)) return [...path, name.replace(CONTROL, '?')].join('.');
    const found = controlText(item, [...path, name]);
    if (found) return found;
  }
  return undefined;
}

const tooLarge = () => new ApiError(413, `the body is larger than ${MAX_BODY_BYTES / 1024} KiB`);

/** Reads the body, stopping as soon as it passes the limit (a missing or false Content-Length cannot get round it). */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The bearer credential of the request, or a 401 saying what is missing. */
export function bearer(request: Request, what: string): string {
  const header = request.headers.get('authorization') ?? '';
  // The scheme is case-insensitive (RFC 9110 §11.1).
  const match = /^bearer +(\S+) *$/i.exec(header);
  if (!match) throw new ApiError(401, `send the ${what} as "Authorization: Bearer …"`);
  return match[1]!;
}
