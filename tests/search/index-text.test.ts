import katex from 'katex';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { indexableHtml } from '@/search/index-text';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><nav>Menu</nav><article data-pagefind-body>${body}</article></body></html>`;
const text = (html: string) => parseHTML(html).document.querySelector('[data-pagefind-body]')!.textContent;

describe('the copy of a page the search index reads', () => {
  test('a page without data-pagefind-body is not indexed', () => {
    expect(indexableHtml('<!doctype html><html><body><p>10<sup>3</sup></p></body></html>')).toBeUndefined();
  });

  test('KaTeX math reads once, with its powers raised', () => {
    const html = indexableHtml(page(`<p>it exceeds ${katex.renderToString('10^{25}')} floating-point operations</p>`))!;
    expect(text(html)).toBe('it exceeds 10²⁵ floating-point operations');
    expect(html).not.toContain('katex');
  });

  test('display math too', () => {
    const html = indexableHtml(page(`<p>so</p>${katex.renderToString('N_c \\approx 8.8 \\times 10^{13}', { displayMode: true })}`))!;
    expect(text(html)).toBe('soN_c ≈ 8.8 × 10¹³');
  });

  test('<sup> and <sub> become Unicode, nested ones included', () => {
    const html = indexableHtml(page('<p>3.1 × 10<sup>23</sup> FLOPs at T<sub>c</sub>, x<sub>2<sup>n</sup></sub></p>'))!;
    expect(text(html)).toBe('3.1 × 10²³ FLOPs at T_c, x_(2ⁿ)');
  });

  test('table cells are read apart', () => {
    const html = indexableHtml(page('<table><tr><th>compute</th><td>10<sup>21</sup></td><td>10<sup>22</sup></td></tr></table>'))!;
    expect(text(html)!.trim()).toBe('compute 10²¹ 10²²');
  });

  test('everything else on the page is left as it was', () => {
    const html = indexableHtml(page('<h2 id="a-heading">A heading</h2><p data-pagefind-ignore>skip <em>me</em></p>'))!;
    expect(html).toContain('<nav>Menu</nav>');
    expect(html).toContain('<h2 id="a-heading">A heading</h2>');
    expect(html).toContain('<p data-pagefind-ignore="">skip <em>me</em></p>');
  });
});
