import { excerptFragment } from './excerpt';

/** The parts of Pagefind's API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<Hit> }[] } | null>;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface Hit {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: SubResult[];
}

const shown = 10;

/**
 * Live search on the search page: results as the reader types, each linking to the page and to
 * the headings where the words occur. The query stays in the address (`?q=`), so a search can be
 * shared and the back button returns to it. Pagefind's index loads on first use.
 */
export function startSearch(form: HTMLFormElement, results: HTMLOListElement, status: HTMLElement, base: string): void {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      return module;
    }));

  const run = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      results.replaceChildren();
      status.textContent = 'Type a word or phrase to search the lessons, the glossary and the session plans.';
      return;
    }
    let search;
    try {
      search = await (await load()).debouncedSearch(query, {}, 150);
    } catch {
      status.textContent = 'The search index could not be loaded. If you are offline, it works again once a page with search has been opened online.';
      return;
    }
    if (!search) return; // a newer query replaced this one
    const hits = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
    results.replaceChildren(...hits.map((hit) => item(hit, document)));
    const total = search.results.length;
    status.textContent =
      total === 0 ? `No results for “${query}”.` : `${total} page${total === 1 ? '' : 's'} match “${query}”${total > shown ? `; the first ${shown} are shown` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('focus', () => void load().catch(() => {}), { once: true });
  const initial = new URL(location.href).searchParams.get('q') ?? '';
  input.value = initial;
  void run(initial);
}

function item(hit: Hit, document: Document): HTMLLIElement {
  const li = document.createElement('li');
  const title = Object.assign(document.createElement('a'), { href: hit.url, className: 'hit-title', textContent: hit.meta.title ?? hit.url });
  const excerpt = document.createElement('p');
  excerpt.append(excerptFragment(hit.excerpt, document));
  li.append(title, excerpt);
  // Headings other than the page's own title, each a deep link into the page.
  const sections = hit.sub_results.filter((sub) => sub.url !== hit.url && sub.url.includes('#')).slice(0, 3);
  if (sections.length > 0) {
    const list = document.createElement('ul');
    for (const sub of sections) {
      const entry = document.createElement('li');
      const link = Object.assign(document.createElement('a'), { href: sub.url, textContent: sub.title });
      const text = document.createElement('p');
      text.append(excerptFragment(sub.excerpt, document));
      entry.append(link, text);
      list.append(entry);
    }
    li.append(list);
  }
  return li;
}
