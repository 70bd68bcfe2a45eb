import type { CellResult } from './evaluate';
import { MAX_LOGS, MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, MAX_TEXT, type Output } from './format';

/**
 * A result as the sandbox frame posted it, checked and clipped before the page shows it. The
 * frame runs the learner's code, which can post any message it likes: a result of millions of
 * characters would freeze the page, and a malformed one would break the output. Whatever cannot
 * be read becomes an error result, so a run always ends.
 */
export function checkResult(posted: unknown): CellResult {
  if (!isRecord(posted) || typeof posted.ok !== 'boolean') return unreadable;
  const logs = Array.isArray(posted.logs) ? posted.logs.slice(0, MAX_LOGS + 1).map((line) => clip(String(typeof line === 'string' ? line : ''))) : [];
  if (posted.ok === false) {
    const error = isRecord(posted.error) ? posted.error : {};
    const name = clip(typeof error.name === 'string' ? error.name : 'Error', 80);
    const message = clip(typeof error.message === 'string' ? error.message : 'the cell failed');
    const integer = (key: 'line' | 'cell' | 'failing') => (typeof error[key] === 'number' && Number.isInteger(error[key]) ? { [key]: error[key] } : {});
    return { ok: false, error: { name, message, ...integer('line'), ...integer('cell'), ...integer('failing') }, logs };
  }
  if (posted.value === undefined) return { ok: true, logs };
  const value = checkOutput(posted.value);
  return value ? { ok: true, value, logs } : { ...unreadable, logs };
}

const unreadable: CellResult = { ok: false, error: { name: 'Error', message: 'the cell sent a result the page could not read' }, logs: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const clip = (text: string, max = MAX_TEXT): string => (text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text);

const cellText = (value: unknown): string | number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' ? clip(value, 200) : undefined;

function checkOutput(value: unknown): Output | undefined {
  if (!isRecord(value)) return undefined;
  if ((value.kind === 'number' || value.kind === 'text') && typeof value.text === 'string') return { kind: value.kind, text: clip(value.text) };
  if (value.kind === 'table' && Array.isArray(value.columns) && Array.isArray(value.rows) && typeof value.total === 'number') {
    const columns = value.columns.slice(0, MAX_TABLE_COLUMNS).map((column) => clip(String(column), 200));
    const rows = value.rows.slice(0, MAX_TABLE_ROWS).map((row) => (Array.isArray(row) ? row.slice(0, columns.length).map((cell) => cellText(cell) ?? '') : []));
    return { kind: 'table', columns, rows, total: Math.max(rows.length, Math.floor(value.total)) };
  }
  // A chart is checked where it is drawn: only allowed Plot calls, bounded data (chart-view.ts).
  if (value.kind === 'chart' && isRecord(value.chart) && Array.isArray(value.chart.notes)) {
    return { kind: 'chart', chart: { figure: value.chart.figure as never, notes: value.chart.notes.slice(0, 20).map((note) => clip(String(note), 200)) } };
  }
  return undefined;
}
