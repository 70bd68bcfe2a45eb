import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { fontFaceRules, fontFaces, typesetCharacters, withoutFontFaces } from '@/math/katex-fonts';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX fonts', () => {
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
});
