/**
 * The course's public address, from Astro's `site` (set by `SITE_URL` at build time) and the base
 * path: `https://course.example.edu/threshold/`, or `null` when the build was given none. Nothing a
 * reader downloads or prints invents an address: with `null`, pages leave out what needs one
 * (canonical link, link-preview URLs, the sitemap) and exports say that none was configured.
 */
export function siteAddress(site: string | URL | undefined, base: string): string | null {
  if (!site) return null;
  return new URL(base, site).href;
}

/** `path` (relative to the address, `lessons/x/`, or from the origin, `/lessons/x/`) as an absolute address, or `null` without one. */
export function absoluteAt(address: string | null, path: string): string | null {
  return address === null ? null : new URL(path, address).href;
}

/** What exports and printouts say in place of an address. */
export const NO_ADDRESS = 'no public address configured';
