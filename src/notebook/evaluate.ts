import { describeThrown, generatedLine, type CellError } from './errors';
import { formatValue, inspect, MAX_LOGS, type Output } from './format';
import { captureLastExpression } from './last-expression';
import { cellModules, MODULE_NAMES } from './modules';
import { buildProgram, CELL_MARKER, locate, type Program } from './program';
import { transpile } from './transpile';

/** What running a cell gives: its value (if any) or its error, and what it printed. */
export type CellResult = { ok: true; value?: Output; logs: string[] } | { ok: false; error: CellError; logs: string[] };

export { MAX_LOGS };

type CellFunction = (require: (name: string) => unknown, console: unknown, marker: (cell: number) => void) => Promise<unknown>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => CellFunction;
const PARAMETERS = ['require', 'console', CELL_MARKER] as const;

const compile = (body: string) => new AsyncFunction(...PARAMETERS, body);
const compiles = (body: string) => {
  try {
    compile(body);
    return true;
  } catch {
    return false;
  }
};

let headerLines: Promise<number> | undefined;

/** Lines the engine puts before a generated function's body, measured once (two in V8). */
function bodyOffset(): Promise<number> {
  headerLines ??= compile('throw new Error()')(() => undefined, undefined, () => {}).then(
    () => 0,
    (error: unknown) => (generatedLine(error) ?? 1) - 1,
  );
  return headerLines;
}

/**
 * Runs `code` after the cells `before` it (silently: only this cell's printing is kept), and
 * returns its last expression's value as an {@link Output}. The one pipeline behind every cell:
 * in the sandboxed worker in the browser, and in Node when the site is built. It never throws.
 * There is no time limit here: the caller runs it where it can be stopped.
 */
export async function runCell(code: string, before: readonly string[] = [], modules: Record<string, unknown> = cellModules): Promise<CellResult> {
  const program = buildProgram([...before, code]);
  const current = before.length;
  const logs: string[] = [];
  let printing = -1;
  const where = (line: number | undefined): Pick<CellError, 'cell' | 'line'> => (line === undefined ? {} : (locate(program, line) ?? {}));
  const fail = (error: CellError): CellResult => ({ ok: false, error, logs });

  const transpiled = transpile(program.source);
  if (!transpiled.ok) {
    const at = where(transpiled.line);
    return fail({ name: 'SyntaxError', message: transpiled.message, ...at, ...(at.cell === undefined ? {} : { failing: at.cell }) });
  }

  const { code: body } = captureLastExpression(transpiled.js, program.starts[current]!, compiles);
  let run: CellFunction;
  try {
    run = compile(body);
  } catch (error) {
    return fail(describeThrown(error));
  }

  const print = (prefix: string) => (...args: unknown[]) => {
    if (printing !== current || logs.length >= MAX_LOGS) return;
    logs.push(prefix + args.map((arg) => inspect(arg)).join(' '));
    if (logs.length === MAX_LOGS) logs.push(`… output stopped after ${MAX_LOGS} lines`);
  };
  const console = { log: print(''), info: print(''), debug: print(''), warn: print('warning: '), error: print('error: ') };
  const require = (name: string) => {
    if (!Object.hasOwn(modules, name)) throw new Error(`there is no module "${name}": cells can import ${MODULE_NAMES.join(', ')}`);
    return modules[name];
  };

  const offset = await bodyOffset();
  const lineOf = (error: unknown) => where(mapLine(generatedLine(error), offset, program));
  try {
    const value = await run(require, console, (cell) => (printing = cell));
    return { ok: true, value: formatValue(value), logs };
  } catch (error) {
    return fail({ ...describeThrown(error), ...lineOf(error), ...(printing >= 0 ? { failing: printing } : {}) });
  }
}

function mapLine(generated: number | undefined, offset: number, program: Program): number | undefined {
  if (generated === undefined) return undefined;
  const line = generated - offset;
  return line >= 1 && line <= program.source.split('\n').length ? line : undefined;
}
