/** Small DOM helpers for the class pages: text is always set as text, never parsed as HTML. */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A table with a caption, header cells and rows of cells; numbers are right-aligned. */
export function table(caption: string, headers: string[], rows: (string | number | Node)[][]): HTMLElement {
  const wrapper = element('div', undefined, { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption });
  const node = element('table');
  node.append(element('caption', caption));
  const head = element('tr');
  for (const header of headers) head.append(element('th', header, { scope: 'col' }));
  node.append(element('thead'), element('tbody'));
  node.tHead!.append(head);
  for (const row of rows) {
    const line = element('tr');
    row.forEach((cell, index) => {
      const td = element(index === 0 ? 'th' : 'td', undefined, index === 0 ? { scope: 'row' } : {});
      if (cell instanceof Node) td.append(cell);
      else td.textContent = String(cell);
      if (typeof cell === 'number') td.className = 'number';
      line.append(td);
    });
    node.tBodies[0]!.append(line);
  }
  wrapper.append(node);
  return wrapper;
}

/** Shows a message in a status region; errors are marked for styling. */
export function say(status: HTMLElement, message: string, kind: 'info' | 'error' = 'info'): void {
  status.dataset.kind = kind;
  status.textContent = message;
}
