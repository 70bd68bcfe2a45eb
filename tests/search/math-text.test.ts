import katex from 'katex';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { mathText, scriptText } from '@/search/math-text';

/** A formula as KaTeX typesets it in a lesson, read back as the index reads it. */
function read(tex: string, displayMode = false): string {
  const { document } = parseHTML(`<p>${katex.renderToString(tex, { displayMode })}</p>`);
  return mathText(document.querySelector('math')!);
}

describe('scriptText', () => {
  test('digits, signs and most letters have Unicode superscripts and subscripts', () => {
    expect(scriptText('25', 'sup')).toBe('²⁵');
    expect(scriptText('−3', 'sup')).toBe('⁻³');
    expect(scriptText('L', 'sup')).toBe('ᴸ');
    expect(scriptText('n', 'sup')).toBe('ⁿ');
    expect(scriptText('2', 'sub')).toBe('₂');
    expect(scriptText('i', 'sub')).toBe('ᵢ');
  });

  test('text without such a form keeps a caret or underscore, grouped when longer than a character', () => {
    expect(scriptText('9.5', 'sup')).toBe('^(9.5)');
    expect(scriptText('c', 'sub')).toBe('_c');
    expect(scriptText('α_N', 'sup')).toBe('^(α_N)');
  });
});

describe('mathText reads KaTeX output once, as a line of text', () => {
  test('a power of ten is written with superscripts, not as 1025 or its TeX', () => {
    expect(read('10^{25}')).toBe('10²⁵');
    expect(read('4 \\times 10^6')).toBe('4 × 10⁶');
    expect(read('10^{-3}')).toBe('10⁻³');
  });

  test('a power that has no superscript form stays unambiguous', () => {
    expect(read('10^{9.5}')).toBe('10^(9.5)');
  });

  test('products set with thin spaces read as one word; relations keep their spaces', () => {
    expect(read('C \\approx 6\\,N\\,D \\ \\text{FLOPs}')).toBe('C ≈ 6ND FLOPs');
    expect(read('p^n')).toBe('pⁿ');
    expect(read('x_2 - 1')).toBe('x₂ − 1');
    expect(read('-1')).toBe('−1');
  });

  test('fractions, roots and subscripts without a Unicode form', () => {
    expect(read('L(N) = \\left(\\frac{N_c}{N}\\right)^{\\alpha_N}', true)).toBe('L(N) = (N_c/N)^(α_N)');
    expect(read('\\frac{a+b}{2}')).toBe('(a + b)/2');
    expect(read('\\sqrt{n}')).toBe('√n');
    expect(read('\\hat{p}')).toBe('p̂');
  });
});
