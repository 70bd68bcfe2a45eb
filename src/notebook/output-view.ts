import type { CellResult } from './evaluate';
import { errorText } from './errors';
import type { ChartSpec } from './plot-record';

/** Draws a chart spec; passed in so that Plot is loaded only when a result has a chart. */
export type DrawChart = (spec: ChartSpec, document: Document) => Element;

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  if (className) made.className = className;
  if (text !== undefined) made.textContent = text;
  return made;
}

/**
 * A cell's result as elements: what it printed, then its value or its error. Everything from
 * the cell is set as text, never as HTML. The same function renders at build time (with a
 * server-side document) and in the page.
 */
export function renderResult(result: CellResult, document: Document, drawChart: DrawChart, cell = 0): Element {
  const box = element(document, 'div', 'cell-result');
  if (result.logs.length > 0) {
    const logs = element(document, 'pre', 'cell-logs', result.logs.join('\n'));
    logs.setAttribute('aria-label', 'Printed by the cell');
    box.append(logs);
  }
  if (!result.ok) {
    box.append(element(document, 'p', 'cell-error', errorText(result.error, cell)));
    return box;
  }
  const { value } = result;
  if (value === undefined) {
    if (result.logs.length === 0) box.append(element(document, 'p', 'cell-empty', 'No value: end the cell with an expression to see its value.'));
    return box;
  }
  if (value.kind === 'number' || value.kind === 'text') {
    box.append(element(document, 'pre', `cell-value cell-${value.kind}`, value.text));
  } else if (value.kind === 'table') {
    box.append(table(document, value.columns, value.rows, value.total));
  } else {
    try {
      box.append(drawChart(value.chart, document));
    } catch (error) {
      box.append(element(document, 'p', 'cell-error', `The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`));
    }
    for (const note of value.chart.notes) box.append(element(document, 'p', 'cell-note', `Note: ${note}.`));
  }
  return box;
}

function table(document: Document, columns: string[], rows: (string | number)[][], total: number): Element {
  const wrap = element(document, 'div', 'cell-table');
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('tabindex', '0');
  const shown = rows.length < total ? `first ${rows.length} of ${total} rows` : `${total} ${total === 1 ? 'row' : 'rows'}`;
  wrap.setAttribute('aria-label', `Table of the cell's value, ${shown}`);
  const grid = element(document, 'table');
  grid.append(element(document, 'caption', undefined, `Value: ${shown}`));
  const head = grid.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
  for (const column of columns) {
    head.appendChild(element(document, 'th', undefined, column)).setAttribute('scope', 'col');
  }
  const body = grid.appendChild(document.createElement('tbody'));
  for (const row of rows) {
    const tr = body.appendChild(document.createElement('tr'));
    for (const cell of row) {
      const td = tr.appendChild(document.createElement('td'));
      td.textContent = String(cell);
    }
  }
  wrap.append(grid);
  return wrap;
}
