import { formatNumber, numberText } from '@/common/number';
import { PlotRecord, toChartSpec, type ChartSpec } from './plot-record';

/** A cell's value as the page shows it: plain data that crosses from the sandbox and is only ever shown as text or drawn. */
export type Output =
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'table'; columns: string[]; rows: (string | number)[][]; total: number }
  | { kind: 'chart'; chart: ChartSpec };

/** Rows a table shows; the count of the rest is given. */
export const MAX_TABLE_ROWS = 50;
/** Columns a table shows. */
export const MAX_TABLE_COLUMNS = 12;
/** Most lines of printed output kept per run (and one more saying the rest was cut). */
export const MAX_LOGS = 200;
/** Characters a text output or a printed line keeps. */
export const MAX_TEXT = 4000;

/** Numbers to six significant digits, written as everywhere on the site: 0.349, 1.2 × 10²¹, 42. */
const showNumber = (x: number): string => numberText(formatNumber(x, { significant: 6 }));

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * The output for a cell's last value: numbers, strings, a table for an array of objects, a chart
 * for a Plot figure or mark, and text for anything else. `undefined` shows nothing.
 */
export function formatValue(value: unknown): Output | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return { kind: 'number', text: showNumber(value) };
  if (typeof value === 'string') return { kind: 'text', text: clip(value) };
  if (value instanceof PlotRecord) return { kind: 'chart', chart: toChartSpec(value) };
  if (Array.isArray(value) && value.length > 0 && value.every(isPlainRecord)) return table(value);
  return { kind: 'text', text: inspect(value) };
}

function table(records: Record<string, unknown>[]): Output {
  const columns: string[] = [];
  for (const record of records.slice(0, MAX_TABLE_ROWS)) {
    for (const key of Object.keys(record)) if (!columns.includes(key) && columns.length < MAX_TABLE_COLUMNS) columns.push(key);
  }
  const rows = records.slice(0, MAX_TABLE_ROWS).map((record) =>
    columns.map((column) => {
      const cell = record[column];
      return typeof cell === 'number' ? showNumber(cell) : typeof cell === 'string' ? clip(cell, 200) : inspect(cell, 200);
    }),
  );
  return { kind: 'table', columns, rows, total: records.length };
}

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
}

/** A value as one readable line of text, as `console.log` prints it: bounded in depth and length, safe with cycles. */
export function inspect(value: unknown, max = MAX_TEXT): string {
  return clip(show(value, 0, new Set()), max);
}

function show(value: unknown, depth: number, seen: Set<object>): string {
  if (typeof value === 'number') return showNumber(value);
  if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof PlotRecord) return `[Plot.${value.name}]`;
  if (seen.has(value)) return '[circular]';
  if (depth > 3) return Array.isArray(value) ? '[…]' : '{…}';
  seen.add(value);
  try {
    if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${(value as unknown as ArrayLike<unknown>).length}) ${list(Array.from(value as unknown as ArrayLike<unknown>), depth, seen)}`;
    if (Array.isArray(value)) return list(value, depth, seen);
    if (value instanceof Map) return `Map(${value.size}) {${[...value].slice(0, 20).map(([k, v]) => `${show(k, depth + 1, seen)} => ${show(v, depth + 1, seen)}`).join(', ')}}`;
    if (value instanceof Set) return `Set(${value.size}) ${list([...value], depth, seen)}`;
    const entries = Object.entries(value);
    const shown = entries.slice(0, 30).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${show(item, depth + 1, seen)}`);
    if (entries.length > 30) shown.push(`… ${entries.length - 30} more`);
    return `{ ${shown.join(', ')} }`.replace('{  }', '{}');
  } finally {
    seen.delete(value);
  }
}

function list(items: unknown[], depth: number, seen: Set<object>): string {
  const shown = items.slice(0, 100).map((item) => show(item, depth + 1, seen));
  if (items.length > 100) shown.push(`… ${items.length - 100} more`);
  return `[${shown.join(', ')}]`;
}
