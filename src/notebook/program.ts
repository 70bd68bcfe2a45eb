/**
 * How the cells of a notebook become one program. A notebook is a script split into cells: the
 * cell being run comes last, the cells above it run first (so its code sees their top-level
 * declarations), and a marker line between cells tells the console whose output it prints.
 * Line numbers are kept so that every line of the program maps back to a cell and a line in it.
 */

/** Called at each cell boundary with the index of the cell that starts. */
export const CELL_MARKER = '__thresholdCell';

export interface Program {
  /** TypeScript of all the cells, with a first line of its own and a marker line before each cell. */
  source: string;
  /** The program line (1-based) of each cell's first line. */
  starts: number[];
}

export function buildProgram(cells: readonly string[]): Program {
  // Line 1 is a comment: the transpiler writes its own prelude there, before any learner's line.
  const lines = ['/* cells */'];
  const starts: number[] = [];
  cells.forEach((cell, index) => {
    lines.push(`;${CELL_MARKER}(${index});`);
    starts.push(lines.length + 1);
    lines.push(...cell.split(/\r\n|\r|\n/));
  });
  return { source: lines.join('\n'), starts };
}

/** Where a program line comes from: the cell (0-based) and the line in it (1-based), or nothing for a line of our own. */
export function locate(program: Program, line: number): { cell: number; line: number } | undefined {
  for (let cell = program.starts.length - 1; cell >= 0; cell--) {
    const start = program.starts[cell]!;
    if (line >= start) return { cell, line: line - start + 1 };
  }
  return undefined;
}
