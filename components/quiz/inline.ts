import katex from 'katex';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `**strong**` and `*emphasis*` in already escaped text. */
const emphasis = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\*(.+?)\*/g, '<em>$1</em>');

/**
 * The little Markdown a quiz's text may hold, as HTML: `$math$` (typeset by KaTeX at build
 * time, like the lessons), `` `code` ``, `**strong**` and `*emphasis*`. Everything else is
 * escaped, so a quiz file can never inject markup. Bad TeX fails the build.
 */
export function inline(text: string): string {
  return text
    .split(/(\$[^$]+\$|`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 2) {
        return katex.renderToString(part.slice(1, -1), { throwOnError: true });
      }
      if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return `<code>${escape(part.slice(1, -1))}</code>`;
      return emphasis(escape(part));
    })
    .join('');
}

/** The same text with the markup removed, for attributes such as `aria-label`. */
export function plain(text: string): string {
  return text.replace(/\$([^$]+)\$/g, '$1').replace(/[`*]/g, '');
}
