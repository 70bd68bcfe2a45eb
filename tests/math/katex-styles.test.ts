import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { classNames, fontFaceRules, fontFaces, pageFaces, typesetCharacters, usedRules, withoutFontFaces } from '@/math/katex-styles';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX styles', () => {
  it('reads every @font-face rule of KaTeX’s stylesheet, and the stylesheet keeps its other rules without them', () => {
    const faces = fontFaces(css);
    expect(faces.length).toBe((css.match(/@font-face/g) ?? []).length);
    expect(faces).toContainEqual({ family: 'KaTeX_Main', style: 'normal', weight: '400', display: 'block', file: 'KaTeX_Main-Regular' });
    expect(faces).toContainEqual({ family: 'KaTeX_Math', style: 'italic', weight: '400', display: 'block', file: 'KaTeX_Math-Italic' });
    const stripped = withoutFontFaces(css);
    expect(stripped).not.toContain('@font-face');
    expect(stripped).not.toContain('url(fonts/');
    expect(stripped).toContain('.katex .mathnormal{');
  });

  it('collects the characters KaTeX draws, not those of its MathML or of the text around it', () => {
    const math = katex.renderToString('\\sum_i \\alpha_i \\le 10^{24}');
    const characters = typesetCharacters(`<p>Quite plain words ${math}</p><template><p>${katex.renderToString('\\beta')}</p></template>`);
    for (const character of ['∑', 'i', 'α', '≤', '1', '0', '2', '4', 'β']) expect(characters).toContain(character);
    for (const character of ['Q', 'w', 'P']) expect(characters).not.toContain(character);
  });

  it('writes each face’s rule with its style, weight and subset address', () => {
    const [face] = fontFaces(css).filter((candidate) => candidate.file === 'KaTeX_Math-Italic');
    expect(fontFaceRules([{ face, url: '/_astro/KaTeX_Math-Italic.abcdefgh.woff2' }])).toBe(
      '@font-face{font-display:block;font-family:KaTeX_Math;font-style:italic;font-weight:400;src:url(/_astro/KaTeX_Math-Italic.abcdefgh.woff2) format("woff2")}',
    );
  });

  it('finds class names in markup, and escaped inside attributes and JSON', () => {
    const names = classNames('<p class="a  b"></p><x data-h="&lt;i class=&quot;c&quot;&gt;"></x><script type="application/json">{"h":"<i class=\\"d e\\">"}</script>');
    expect([...names].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps the rules the markup’s classes can match and drops the others, selector by selector', () => {
    const math = katex.renderToString('\\frac{a}{b}');
    const rules = usedRules(css, classNames(math));
    expect(rules).toContain('.katex .mfrac .frac-line{');
    expect(rules).not.toContain('@font-face');
    expect(rules).not.toMatch(/\.sqrt|\.katex-version|\.reset-size6\.size1/);
    // A selector list loses only the selectors that cannot match.
    expect(usedRules('.a .b,.a .c{color:red}.d{color:blue}', new Set(['a', 'c']))).toBe('.a .c{color:red}');
    expect(usedRules('.a:not(.b){width:0}', new Set(['a']))).toBe('.a:not(.b){width:0}');
    expect(usedRules(css, classNames(math)).length).toBeLessThan(withoutFontFaces(css).length / 2);
  });

  it('names the faces a page’s visible formulas ask for, as the cascade picks them, and none for math in a template', () => {
    const files = (tex: string, template = '') =>
      pageFaces(`<p>${katex.renderToString(tex)}</p><template>${template}</template>`, css, fontFaces(css)).map((face) => face.file);
    expect(files('x = 1')).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
    expect(files('\\mathbf{v} + \\mathcal{L}')).toEqual(['KaTeX_Caligraphic-Regular', 'KaTeX_Main-Bold', 'KaTeX_Main-Regular']);
    expect(files('\\Big( 2 \\Big)')).toEqual(['KaTeX_Main-Regular', 'KaTeX_Size2-Regular']);
    expect(files('1', katex.renderToString('\\mathfrak{g}'))).toEqual(['KaTeX_Main-Regular']);
  });
});
