/** An error in a cell: its name and message, and where it happened when that is known. */
export interface CellError {
  name: string;
  message: string;
  /** The cell (0-based, in the order run) and the line in it (1-based). */
  cell?: number;
  line?: number;
  /**
   * The cell (0-based, in the order run) that failed: the one that does not compile, or the one
   * running when the error was thrown. It can differ from `cell`: a function an earlier cell
   * declares throws, with its line there, when a later cell calls it wrongly.
   */
  failing?: number;
}

/**
 * The line of code generated with `new Function` that an error passed through last, from the
 * V8 stack format `at eval (eval at …, <anonymous>:LINE:COLUMN)`; frames in our own modules
 * name their file instead, so the learner's line is found even when a core function threw.
 */
export function generatedLine(error: unknown): number | undefined {
  const stack = typeof error === 'object' && error !== null ? (error as { stack?: unknown }).stack : undefined;
  if (typeof stack !== 'string') return undefined;
  const match = /<anonymous>:(\d+):\d+/.exec(stack);
  return match ? Number(match[1]) : undefined;
}

/** Name and message of anything thrown: `throw 'oops'` is an Error named "Error" too. */
export function describeThrown(error: unknown): { name: string; message: string } {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' && name ? name : 'Error', message: String(message) };
  }
  return { name: 'Error', message: String(error) };
}

/** "SyntaxError: Unexpected token (line 3)" or "… (cell 2, line 3)" when the error is in an earlier cell. */
export function errorText(error: CellError, current: number): string {
  const where = error.line === undefined ? '' : error.cell === undefined || error.cell === current ? ` (line ${error.line})` : ` (cell ${error.cell + 1}, line ${error.line})`;
  return `${error.name}: ${error.message}${where}`;
}
