import katex from 'katex';
import { escapeHtml } from '@/common/escape';
import type { FormattedValue } from './values';

/** `**strong**` and `*emphasis*` in already escaped text. */
const emphasis = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*(.+?)\*/g, '<em>$1</em>');

/** `{{name}}` in a quiz's text: a number computed at build time. */
const placeholder = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/**
 * How math is set: `html` for the site's pages (KaTeX's HTML with hidden MathML), `mathml` alone
 * for files other tools import (QTI), since they read MathML and lack KaTeX's style sheet.
 */
export type MathOutput = 'html' | 'mathml';

/**
 * The little Markdown a quiz's text may hold, as HTML: `$math$` (typeset by KaTeX at build
 * time, like the lessons), `` `code` ``, `**strong**`, `*emphasis*`, and `{{name}}` for a computed
 * value (in prose or inside math). Everything else is escaped, so a quiz file can never inject
 * markup; the result is also well-formed XML. Bad TeX or an unknown value name fails the build.
 */
export function inline(text: string, values: Record<string, FormattedValue> = {}, math: MathOutput = 'html'): string {
  const value = (name: string) => {
    const found = values[name];
    if (!found) throw new Error(`no value named "${name}" (values: ${Object.keys(values).join(', ') || 'none'})`);
    return found;
  };
  return text
    .split(/(\$[^$]+\$|`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) {
        const tex = part.slice(1, -1).replace(placeholder, (_, name: string) => value(name).tex);
        return katex.renderToString(tex, { throwOnError: true, output: math === 'html' ? 'htmlAndMathml' : 'mathml' });
      }
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return emphasis(escapeHtml(part)).replace(placeholder, (_, name: string) => value(name).html);
    })
    .join('');
}

/** The same text with the markup removed, for attributes such as `aria-label`. */
export function plain(text: string, values: Record<string, FormattedValue> = {}): string {
  return text
    .replace(placeholder, (whole, name: string) => values[name]?.text ?? whole)
    .replace(/\$([^$]+)\$/g, '$1')
    .replace(/[`*]/g, '');
}
