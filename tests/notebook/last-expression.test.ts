import { describe, expect, it } from 'vitest';
import { captureLastExpression } from '@/notebook';

const AsyncFunction = (async () => {}).constructor as new (body: string) => () => Promise<unknown>;
const compiles = (body: string) => {
  try {
    new AsyncFunction(`"use strict";${body}`);
    return true;
  } catch {
    return false;
  }
};
/** The value the rewritten program returns. */
const valueOf = async (js: string) => new AsyncFunction(`"use strict";${captureLastExpression(js, 1, compiles).code}`)();

describe('captureLastExpression', () => {
  it('returns the last expression statement, with or without a semicolon', async () => {
    expect(await valueOf('const a = 2\na * 3')).toBe(6);
    expect(await valueOf('const a = 2;\na * 3; // done')).toBe(6);
  });

  it('takes an expression that spans lines, including continuation lines', async () => {
    expect(await valueOf('const xs = [1, 2]\nxs\n  .map((x) => x * 10)\n  .join("+")')).toBe('10+20');
    expect(await valueOf('const o = {\n  a: 1,\n}\no.a')).toBe(1);
  });

  it('starts a statement with [ or ( only where the code above cannot continue into it', async () => {
    expect(await valueOf('function f() { return 1 }\n[1, 2].length')).toBe(2);
    expect(await valueOf('const a = 1;\n(a + 1)')).toBe(2);
    // Here the [ indexes the object above, as JavaScript reads it; the value is that of the whole statement.
    const js = 'const t = { 2: "two" }\nconst v = t\n[2]\nv';
    expect(await valueOf(js)).toBe('two');
  });

  it('never turns a declaration into an expression', async () => {
    const { captured } = captureLastExpression('function f() {}\n', 1, compiles);
    expect(captured).toBe(false);
  });

  it('leaves loops alone, also when their body is the last line', async () => {
    const js = 'let s = 0\nfor (let i = 0; i < 3; i++)\n  s += i';
    expect(captureLastExpression(js, 1, compiles)).toEqual({ code: js, captured: false });
  });

  it('does not look above the first line it is given', () => {
    expect(captureLastExpression('1 + 1\nconst a = 2', 2, compiles).captured).toBe(false);
  });

  it('keeps every line where it was, so errors keep their line numbers', () => {
    const js = 'const a = 1\n\nPlot.plot({\n  marks: [],\n})';
    const { code } = captureLastExpression(js, 1, compiles);
    expect(code.split('\n').slice(0, 5)).toEqual(['const a = 1', '', 'return (Plot.plot({', '  marks: [],', '})']);
  });
});
