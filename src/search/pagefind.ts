/** The parts of Pagefind's browser API the search uses (https://pagefind.app/docs/api/). */
export interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<Hit> }[] } | null>;
}
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Where the words were found, each with the weight of the text it was in (a heading weighs more). */
  weighted_locations?: { balanced_score: number }[];
}
export interface Hit {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: SubResult[];
}

/** What a search says when the index cannot be loaded. */
export const unavailable = 'The search index could not be loaded. If you are offline, it works again once a page with search has been opened online.';

/** Words of text around the matched words in an excerpt. */
const excerptLength = 24;
let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind's script and index, loaded on first use and shared by the header's box and the search
 * page. The address is built at run time so the bundler leaves the import to the browser.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  loading ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength });
    return module;
  });
  // A failed load (offline before the index was ever fetched) is tried again on the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Results of one search: how many pages match and the data of the first `limit`; `null` when a newer query replaced it. */
export async function searchPages(pagefind: Pagefind, query: string, limit: number, wait = 150): Promise<{ total: number; hits: Hit[] } | null> {
  const search = await pagefind.debouncedSearch(query, {}, wait);
  if (!search) return null;
  const hits = await Promise.all(search.results.slice(0, limit).map((result) => result.data()));
  return { total: search.results.length, hits };
}

/** The sub-results under a heading of the page, each a deep link, leaving out the page as a whole. */
export function sections(hit: Hit): SubResult[] {
  return hit.sub_results.filter((sub) => sub.url !== hit.url && sub.url.includes('#'));
}

/** What one line of results shows: the page, the heading to open it at (if any), and the excerpt there. */
export interface Summary {
  title: string;
  heading?: string;
  url: string;
  excerpt: string;
}

/**
 * A page's result in brief: it links to the heading whose text matched best (the highest summed
 * score of its matched words), or to the page when no heading did.
 */
export function summary(hit: Hit): Summary {
  const score = (sub: SubResult) => (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const best = sections(hit).reduce<SubResult | undefined>((top, sub) => (top === undefined || score(sub) > score(top) ? sub : top), undefined);
  const title = hit.meta.title ?? hit.url;
  return best ? { title, heading: best.title, url: best.url, excerpt: best.excerpt } : { title, url: hit.url, excerpt: hit.excerpt };
}
