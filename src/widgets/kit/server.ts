import { parseHTML } from 'linkedom';

/**
 * Runs a widget's drawing function against a server-side DOM and returns the
 * markup, so the figure's first state is in the HTML before any script runs.
 */
export function renderMarkup(draw: (document: Document) => Element): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return draw(document as unknown as Document).outerHTML;
}
