/**
 * The scratch notebook as a `.ts` file: each cell starts at a line that reads `// %%` (the
 * "percent" cell marker that Jupytext and VS Code also read), so the file is ordinary
 * TypeScript that any editor opens, and a file without markers is one cell.
 */
import { MAX_CODE, MAX_NOTEBOOK_CELLS } from '@/progress/format';

export const CELL_SEPARATOR = '// %%';
const HEADER = '// Threshold notebook: each cell starts at a line that reads "// %%".';

/** Largest file imported, in characters. */
export const MAX_NOTEBOOK_FILE = MAX_CODE * MAX_NOTEBOOK_CELLS;

export function exportNotebook(cells: readonly string[]): string {
  return `${HEADER}\n${cells.map((cell) => `${CELL_SEPARATOR}\n${cell}\n`).join('')}`;
}

export type ImportedNotebook = { ok: true; cells: string[] } | { ok: false; message: string };

export function importNotebook(text: string): ImportedNotebook {
  if (text.length > MAX_NOTEBOOK_FILE) return { ok: false, message: `That file is too large for a notebook (at most ${MAX_NOTEBOOK_FILE.toLocaleString('en')} characters).` };
  const chunks = text.replace(/\r\n?/g, '\n').split(/^\/\/ %%[^\n]*$/m);
  const [head = '', ...rest] = chunks;
  // What comes before the first marker is a header when it is only comments and blank lines.
  const headIsHeader = head.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('//'));
  const cells = [...(headIsHeader && rest.length > 0 ? [] : [head]), ...rest].map((chunk) => chunk.replace(/^\n/, '').replace(/\n$/, ''));
  if (cells.length === 0) return { ok: false, message: 'That file holds no code.' };
  if (cells.length > MAX_NOTEBOOK_CELLS) return { ok: false, message: `That file has ${cells.length} cells; a notebook holds at most ${MAX_NOTEBOOK_CELLS}.` };
  const long = cells.findIndex((cell) => cell.length > MAX_CODE);
  if (long >= 0) return { ok: false, message: `Cell ${long + 1} of that file is longer than ${MAX_CODE.toLocaleString('en')} characters.` };
  return { ok: true, cells };
}
