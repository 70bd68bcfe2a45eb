import { excerptFragment } from './excerpt';
import { loadPagefind, searchPages, summary, unavailable, type Summary } from './pagefind';

/** Pages listed under the box; the rest are one "See all" away. */
const shown = 6;

/**
 * The header's search box as a combobox (WAI-ARIA APG, list autocomplete): results appear under it
 * as the learner types, ArrowDown and ArrowUp move through them, Enter opens the one highlighted
 * (or, with none, the search page), Escape closes the list and keeps the text, and leaving the
 * form closes it. Pagefind loads when the box is first focused. The form still submits to the
 * search page without JavaScript.
 *
 *   closed ──type──▶ open: results (or "No results") ──Escape / focus leaves──▶ closed
 *                      ▲ ArrowDown/ArrowUp move the highlight, Enter opens it
 */
export function startSiteSearch(form: HTMLFormElement, base: string): void {
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const popup = form.querySelector<HTMLElement>('[data-site-search-popup]')!;
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const note = form.querySelector<HTMLElement>('[data-site-search-note]')!;
  const live = form.querySelector<HTMLElement>('[data-site-search-live]')!;

  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let latest = 0;

  const highlight = (index: number) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    popup.hidden = false;
    input.setAttribute('aria-expanded', String(options.length > 0));
  };
  const close = () => {
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    highlight(-1);
  };

  const show = (query: string, total: number, items: Summary[]) => {
    // The address the form itself would submit to, as the search page reads it.
    const all = `${form.getAttribute('action')}?${new URLSearchParams({ q: query })}`;
    options = items.map((item, i) => option(item, `${listbox.id}-${i}`, document));
    if (total > 0) {
      const more = Object.assign(document.createElement('a'), { href: all, id: `${listbox.id}-all`, className: 'all' });
      more.textContent = total > items.length ? `See all ${total} results` : 'See all results';
      options.push(more);
    }
    for (const each of options) {
      each.setAttribute('role', 'option');
      each.tabIndex = -1;
    }
    listbox.replaceChildren(...options);
    listbox.hidden = options.length === 0;
    note.textContent = total === 0 ? `No results for “${query}”.` : '';
    note.hidden = total > 0;
    live.textContent = total === 0 ? note.textContent : `${total} page${total === 1 ? '' : 's'} found.`;
    highlight(-1);
    // Results that arrive after the learner has left the box stay closed until they come back.
    if (form.contains(document.activeElement)) open();
  };

  const run = async () => {
    const query = input.value;
    const search = ++latest;
    if (!query.trim()) {
      options = [];
      listbox.replaceChildren();
      live.textContent = '';
      close();
      return;
    }
    try {
      const found = await searchPages(await loadPagefind(base), query, shown, 120);
      if (found && search === latest) show(query, found.total, found.hits.map(summary));
    } catch {
      if (search !== latest) return;
      options = [];
      listbox.replaceChildren();
      listbox.hidden = true;
      note.textContent = live.textContent = unavailable;
      note.hidden = false;
      if (form.contains(document.activeElement)) open();
    }
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('focus', () => {
    void loadPagefind(base).catch(() => {});
    if (input.value.trim() && popup.hidden) void run();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const count = options.length;
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      if (popup.hidden) open();
      highlight(active < 0 ? (down ? 0 : count - 1) : (active + (down ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter' && !popup.hidden && options[active]) {
      event.preventDefault();
      const href = options[active]!.href;
      close();
      location.assign(href);
    } else if (event.key === 'Escape' && !popup.hidden) {
      // Keeps the text (a search field clears itself on Escape) and the phone menu open.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  // A press on a result must not take focus from the box first, or the list would close under it.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  popup.addEventListener('click', (event) => {
    if ((event.target as Element).closest('[role="option"]')) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // A page restored by the back button comes back as it was left: closed.
  addEventListener('pageshow', close);
}

/** One result: the page, the heading it opens at and the excerpt there, all as text but the excerpt's highlights. */
function option(item: Summary, id: string, document: Document): HTMLAnchorElement {
  const link = Object.assign(document.createElement('a'), { href: item.url, id });
  const title = Object.assign(document.createElement('span'), { className: 'title', textContent: item.title });
  link.append(title);
  if (item.heading && item.heading !== item.title) link.append(Object.assign(document.createElement('span'), { className: 'heading', textContent: item.heading }));
  const excerpt = Object.assign(document.createElement('span'), { className: 'excerpt' });
  excerpt.append(excerptFragment(item.excerpt, document));
  link.append(excerpt);
  return link;
}
