import { escapeHtml } from '@/common/escape';

/** A refusal the browser shows as a page: a status, a title and what to do about it. */
export class LtiRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 415,
    readonly title: string,
    message: string,
    /** Optional way forward, e.g. a link to open the launch in a new window. */
    readonly action?: { href: string; label: string; newWindow?: boolean },
  ) {
    super(message);
  }
}

const style = `body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1f;background:#fff}
h1{font-size:1.4rem}a.button{display:inline-block;padding:.5rem 1rem;border:1px solid #1b4ea0;border-radius:.4rem;color:#fff;background:#1b4ea0;text-decoration:none}
@media (prefers-color-scheme:dark){body{color:#eee;background:#16161a}}`;

/** A small self-contained HTML page: LTI pages open inside the LMS, without the site's chrome. */
export function htmlPage(status: number, title: string, body: string, headers: Record<string, string> = {}): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Threshold</title><style>${style}</style></head><body><main>${body}</main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}

export function refusalPage(refusal: LtiRefusal): Response {
  const action = refusal.action
    ? `<p><a class="button" href="${escapeHtml(refusal.action.href)}"${refusal.action.newWindow ? ' target="_blank" rel="noopener"' : ''}>${escapeHtml(refusal.action.label)}</a></p>`
    : '';
  return htmlPage(refusal.status, refusal.title, `<h1>${escapeHtml(refusal.title)}</h1><p data-lti-error>${escapeHtml(refusal.message)}</p>${action}`);
}

/** Runs a handler; a refusal becomes its page, anything unexpected a 500 page without details (logged). */
export async function answerPage(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (error instanceof LtiRefusal) return refusalPage(error);
    console.error('lti:', error);
    return htmlPage(
      500,
      'Something went wrong',
      '<h1>Something went wrong</h1><p>The course server could not finish this launch. Try again from the LMS in a moment.</p>',
    );
  }
}
