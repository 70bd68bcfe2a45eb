import { parseHTML } from 'linkedom';
import { mathText, scriptText } from './math-text';

/**
 * A built page as the search index should read it, or `undefined` for a page that is not indexed
 * (only pages with a `data-pagefind-body` element are, as Pagefind itself decides when any page
 * has one). The page served is not changed: only the copy the index reads has each KaTeX formula
 * as one line of text (`10²⁵`, not its MathML, TeX and HTML run together) and each `<sup>` and
 * `<sub>` in Unicode (`10<sup>24</sup>` → `10²⁴`, where the index would read `1024`), and table
 * cells apart.
 */
export function indexableHtml(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const { document } = parseHTML(html);
  if (!document.querySelector('[data-pagefind-body]')) return undefined;
  for (const formula of document.querySelectorAll('.katex')) {
    const math = formula.querySelector('math');
    formula.replaceWith(document.createTextNode(math ? mathText(math) : (formula.textContent ?? '')));
  }
  // Table cells are read apart, not run together as 10²¹10²²10²³.
  for (const cell of document.querySelectorAll('td, th')) cell.append(' ');
  // Innermost first, so a <sup> inside a <sub> is raised before its parent is lowered.
  for (const script of [...document.querySelectorAll('sup, sub')].reverse()) {
    const position = script.localName.toLowerCase() === 'sup' ? 'sup' : 'sub';
    script.replaceWith(document.createTextNode(scriptText(script.textContent ?? '', position)));
  }
  return document.toString();
}
