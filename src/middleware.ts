import { defineMiddleware } from 'astro:middleware';
import { lateScripts } from '@/layouts/late-scripts';

/** Every page, prerendered at build or rendered on request, fetches its module scripts at low priority. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(lateScripts(await response.text()), { status: response.status, statusText: response.statusText, headers });
});
