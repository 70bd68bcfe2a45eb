import { describe, expect, it } from 'vitest';
import { inline, plain } from '@/quiz/inline';

describe('inline', () => {
  it('escapes markup, so a quiz file cannot inject HTML', () => {
    expect(inline('<script>x</script> & "quotes"')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; &quot;quotes&quot;');
  });

  it('renders emphasis, strong text and code', () => {
    expect(inline('*this* and **that** and `p^n`')).toBe('<em>this</em> and <strong>that</strong> and <code>p^n</code>');
  });

  it('typesets math with KaTeX at build time', () => {
    expect(inline('$p^{n}$')).toContain('class="katex"');
  });

  it('fails on TeX that does not parse, rather than printing it', () => {
    expect(() => inline('$\\frac{1$')).toThrow();
  });

  it('strips the markup for attributes', () => {
    expect(plain('*GPT-3* at $10^{11}$')).toBe('GPT-3 at 10^{11}');
  });
});
