import { excerptFragment } from './excerpt';
import { loadPagefind, searchPages, sections, unavailable, type Hit } from './pagefind';

const shown = 10;

/**
 * Live search on the search page: results as the reader types, each linking to the page and to
 * the headings where the words occur. The query stays in the address (`?q=`), so a search can be
 * shared and the back button returns to it. Pagefind's index loads on first use.
 */
export function startSearch(form: HTMLFormElement, results: HTMLOListElement, status: HTMLElement, base: string): void {
  const input = form.elements.namedItem('q') as HTMLInputElement;

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
    let found;
    try {
      found = await searchPages(await loadPagefind(base), query, shown);
    } catch {
      status.textContent = unavailable;
      return;
    }
    if (!found) return; // a newer query replaced this one
    results.replaceChildren(...found.hits.map((hit) => item(hit, document)));
    const { total } = found;
    status.textContent =
      total === 0 ? `No results for “${query}”.` : `${total} page${total === 1 ? '' : 's'} match “${query}”${total > shown ? `; the first ${shown} are shown` : ''}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('focus', () => void loadPagefind(base).catch(() => {}), { once: true });
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
  const deepLinks = sections(hit).slice(0, 3);
  if (deepLinks.length > 0) {
    const list = document.createElement('ul');
    for (const sub of deepLinks) {
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
