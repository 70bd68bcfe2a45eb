import { parseHTML } from 'linkedom';

/** Attributes that name other elements by id, as space-separated lists. */
const references = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'list', 'form'];

/**
 * Prefixes every id in a fragment of HTML, and every in-page reference to one
 * (`href="#x"`, `for`, `aria-*`), so several lessons can share one page without
 * two elements sharing an id. References to ids outside the fragment are left alone.
 */
export function scopeIds(html: string, prefix: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><template>${html}</template></body></html>`);
  const root = (document.querySelector('template') as unknown as HTMLTemplateElement).content;
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.id);
  const scoped = (id: string) => (ids.has(id) ? `${prefix}--${id}` : id);
  for (const element of root.querySelectorAll('[id]')) element.id = scoped(element.id);
  for (const link of root.querySelectorAll('a[href^="#"]')) {
    const target = decodeURIComponent(link.getAttribute('href')!.slice(1));
    link.setAttribute('href', `#${encodeURIComponent(scoped(target))}`);
  }
  for (const name of references) {
    for (const element of root.querySelectorAll(`[${name}]`)) {
      element.setAttribute(name, element.getAttribute(name)!.split(/\s+/).map(scoped).join(' '));
    }
  }
  return [...root.childNodes].map((node) => (node as Element).outerHTML ?? node.textContent ?? '').join('');
}
