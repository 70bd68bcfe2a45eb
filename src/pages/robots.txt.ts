import type { APIRoute } from 'astro';
import { absoluteAt, siteAddress } from '@/common/site-address';

/** Everything may be indexed; the sitemap, built when the site has a public address, lists every page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteAt(siteAddress(site, import.meta.env.BASE_URL), 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
