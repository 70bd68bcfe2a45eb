import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser } from '@lezer/javascript';
import { escapeHtml } from '@/common/escape';

const typescript = parser.configure({ dialect: 'ts' });

/**
 * TypeScript as highlighted HTML for the build-time `<pre>`: the same parser and `tok-*` classes
 * as the editor that replaces it, so the code looks the same before and after it loads.
 */
export function highlightTypeScript(code: string): string {
  let html = '';
  highlightCode(
    code,
    typescript.parse(code),
    classHighlighter,
    (text, classes) => {
      html += classes ? `<span class="${classes}">${escapeHtml(text)}</span>` : escapeHtml(text);
    },
    () => {
      html += '\n';
    },
  );
  return html;
}
