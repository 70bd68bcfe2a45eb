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
 * A formula as MathML alone. KaTeX nests an `<mrow>` inside the token element of an operator word
 * (`\bmod`, `\mathbin{…}`); MathML token elements hold text only, and schema-checking importers
 * refuse such an item, so the token keeps its text.
 */
function mathml(tex: string): string {
  return katex
    .renderToString(tex, { throwOnError: true, output: 'mathml' })
    .replace(/<(mo|mi|mn|mtext)\b([^>]*)>((?:(?!<\/\1>)[\s\S])*?<(?:mrow|mi|mo|mn|mtext)\b[\s\S]*?)<\/\1>/g, (_, tag: string, attributes: string, inner: string) => `<${tag}${attributes}>${inner.replace(/<[^>]+>/g, '')}</${tag}>`);
}

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
        return math === 'html' ? katex.renderToString(tex, { throwOnError: true, output: 'htmlAndMathml' }) : mathml(tex);
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
