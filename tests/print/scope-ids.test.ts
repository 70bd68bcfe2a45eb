import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scopeIds } from '@/print/scope-ids';

const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('scopeIds', () => {
  it('prefixes ids and the links, labels and aria references that point at them', () => {
    const html = scopeIds(
      '<h2 id="takeaways">T</h2><a href="#ref-wei2022">Wei</a><li id="ref-wei2022">x</li><label for="n">n</label><input id="n" aria-describedby="n note">',
      'safety',
    );
    const document = parse(html);
    expect([...document.querySelectorAll('[id]')].map((node) => node.id)).toEqual(['safety--takeaways', 'safety--ref-wei2022', 'safety--n']);
    expect(document.querySelector('a')!.getAttribute('href')).toBe('#safety--ref-wei2022');
    expect(document.querySelector('label')!.getAttribute('for')).toBe('safety--n');
    // "note" is not in the fragment, so it is left as it was.
    expect(document.querySelector('input')!.getAttribute('aria-describedby')).toBe('safety--n note');
  });

  it('leaves links to other pages and text untouched', () => {
    const html = scopeIds('<p>a &amp; b <a href="/glossary/#emergence">emergence</a></p>', 'x');
    expect(html).toBe('<p>a &amp; b <a href="/glossary/#emergence">emergence</a></p>');
  });

  it('gives two lessons with the same heading different ids', () => {
    const one = scopeIds('<h2 id="references">R</h2>', 'a');
    const two = scopeIds('<h2 id="references">R</h2>', 'b');
    expect(one).not.toBe(two);
  });
});
