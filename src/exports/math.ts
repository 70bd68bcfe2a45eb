/**
 * Formulas as TeX between `\( … \)` (or `\[ … \]` for display math), for LMSs that typeset TeX
 * with MathJax (Moodle's filter, Canvas) and do not all keep MathML. The TeX is KaTeX's own
 * annotation of each formula, so it is the quiz file's source with computed values filled in; it
 * stays escaped as it was, so the HTML around it remains well-formed.
 */
export function texMath(html: string): string {
  let out = '';
  let at = 0;
  const open = /<span class="katex(?:-display)?">|<math\b[^>]*>/g;
  for (let match = open.exec(html); match; match = open.exec(html)) {
    const start = match.index;
    const end = match[0].startsWith('<math') ? closeOf(html, start, 'math') : closeOf(html, start, 'span');
    const inner = html.slice(start, end);
    const tex = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/.exec(inner)?.[1];
    if (tex === undefined) throw new Error(`a formula without its TeX source: ${inner.slice(0, 80)}…`);
    const display = match[0].includes('katex-display') || /display="block"/.test(inner.slice(0, 200));
    out += html.slice(at, start) + (display ? `\\[${tex.trim()}\\]` : `\\(${tex.trim()}\\)`);
    at = end;
    open.lastIndex = end;
  }
  return out + html.slice(at);
}

/** The index just past the element of `tag` that opens at `start`, counting nested ones. */
function closeOf(html: string, start: number, tag: string): number {
  const re = new RegExp(`<${tag}\\b[^>]*>|</${tag}>`, 'g');
  re.lastIndex = start;
  let depth = 0;
  for (let match = re.exec(html); match; match = re.exec(html)) {
    depth += match[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return re.lastIndex;
  }
  throw new Error(`an unclosed <${tag}> in ${html.slice(start, start + 80)}…`);
}

/** HTML as plain text, for titles and names: tags dropped, formulas as their TeX. */
export function plainText(html: string): string {
  return texMath(html)
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
