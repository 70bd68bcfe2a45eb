import { LtiRefusal } from './pages';

/** Largest form accepted from a platform: id_tokens of rich launches run to a few kilobytes. */
const MAX_FORM_BYTES = 64 * 1024;

/** A GET's query, or a POST's form (`application/x-www-form-urlencoded`), as parameters. */
export async function readParams(request: Request): Promise<URLSearchParams> {
  if (request.method === 'GET') return new URL(request.url).searchParams;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) throw new LtiRefusal(415, 'Not a form', 'This address takes a form post from an LMS.');
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw new LtiRefusal(400, 'Too large', 'The form sent is larger than this address accepts.');
  return new URLSearchParams(text);
}

export function required(params: URLSearchParams, name: string, what: string): string {
  const value = params.get(name);
  if (!value)
    throw new LtiRefusal(
      400,
      'Incomplete launch',
      `The LMS did not send ${what} (“${name}”). Start again from the LMS; if it happens again, the tool's registration in the LMS may be incomplete.`,
    );
  return value;
}

/** The value of cookie `name` in the request, if any. */
export function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
