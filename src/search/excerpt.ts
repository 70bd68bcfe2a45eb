/**
 * Pagefind returns excerpts as HTML whose only tags are `<mark>` around the
 * matched words. Rebuild them from text nodes and `<mark>` elements alone, so
 * nothing from the index is ever parsed into the page as markup.
 */
export function excerptFragment(html: string, document: Document): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = html.split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (!text) return;
    if (i % 2 === 1) fragment.append(Object.assign(document.createElement('mark'), { textContent: text }));
    else fragment.append(document.createTextNode(text));
  });
  return fragment;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML excerpt may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return named[code.toLowerCase()] ?? whole;
    const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}
