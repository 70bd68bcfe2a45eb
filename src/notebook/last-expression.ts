/**
 * Rewrites a transpiled program so that it returns the value of its last expression statement,
 * as a notebook shows it. The last statement starts at the beginning of some line; going up from
 * the last line, the first line from which the rest of the program is a single expression, and
 * before which the program still compiles, is where it starts. The JavaScript engine judges that
 * through `compiles`, so strings, comments, templates and regular expressions need no parser here.
 *
 * The rewrite must never change what the program means, so some lines are never taken for the
 * start of the last statement: one that would continue the line before (it starts with an
 * operator; or with `(` or `[` when the code above would go on into it, which the engine is asked
 * through an assignment that is valid only as a continuation), a declaration (`function`,
 * `class`), a block, or the body of a loop or branch written without braces. When in doubt,
 * nothing is captured and the cell shows no value.
 */
export function captureLastExpression(js: string, firstLine: number, compiles: (body: string) => boolean): { code: string; captured: boolean } {
  const lines = js.split('\n');
  for (let index = lines.length - 1; index >= firstLine - 1; index--) {
    const line = lines[index]!;
    if (!startsStatement(line, previousMeaningful(lines, index))) continue;
    const before = lines.slice(0, index);
    if (/^\s*[([]/.test(line) && compiles([...before, `${line.trim()[0] === '(' ? '(0)' : '[0]'} = 1`].join('\n'))) continue;
    const rest = lines.slice(index).join('\n');
    for (const expression of [rest, withoutFinalSemicolon(rest)]) {
      if (expression === undefined) continue;
      const indent = /^\s*/.exec(line)![0];
      const candidate = [...before, `${indent}return (${expression.slice(indent.length)}\n);`].join('\n');
      if (compiles(candidate)) return { code: candidate, captured: true };
    }
  }
  return { code: js, captured: false };
}

const continuation = /^\s*(?:[.,?:=+\-*%&|^<>]|\/(?![/*])|(?:in|instanceof|of)\b)/;
const declaration = /^\s*(?:[{}]|(?:async\s+)?function\b|class\b)/;
const openControl = /^\s*(?:for|while|if|else|do|with)\b/;

function startsStatement(line: string, previous: string | undefined): boolean {
  const text = line.trim();
  if (text === '' || text.startsWith('//') || text.startsWith('/*')) return false;
  if (continuation.test(line) || declaration.test(line)) return false;
  const prior = previous?.trim();
  if (text.startsWith('`') && prior !== undefined && !prior.endsWith(';')) return false;
  // The body of a loop or branch without braces: returning from it would change the program.
  if (prior !== undefined && openControl.test(prior) && !/[;{}]$/.test(prior)) return false;
  return true;
}

function previousMeaningful(lines: string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const text = lines[i]!.trim();
    if (text !== '' && !text.startsWith('//')) return lines[i];
  }
  return undefined;
}

function withoutFinalSemicolon(rest: string): string | undefined {
  const match = /;\s*(?:\/\/[^\n]*)?\s*$/.exec(rest);
  return match ? rest.slice(0, match.index) : undefined;
}
