import { describe, expect, it } from 'vitest';
import { errorText, runCell, type CellResult } from '@/notebook';

const value = (result: CellResult) => (result.ok ? result.value : result.error);

describe('runCell', () => {
  it('strips types and returns the last expression', async () => {
    expect(value(await runCell('const n: number = 6;\nn * 7'))).toEqual({ kind: 'number', text: '42' });
  });

  it('imports the simulation core as threshold/sim', async () => {
    const result = await runCell("import { chainSuccess } from 'threshold/sim';\nchainSuccess(0.9, 10)");
    expect(value(result)).toEqual({ kind: 'number', text: String(Number((0.9 ** 10).toPrecision(6))) });
  });

  it('takes an expression spread over several lines, ending with a semicolon', async () => {
    const result = await runCell('const xs = [1, 2, 3]\nxs\n  .map((x) => x * 2)\n  .reduce((a, b) => a + b, 0);');
    expect(value(result)).toEqual({ kind: 'number', text: '12' });
  });

  it('shows nothing when the cell ends with a declaration or a loop', async () => {
    expect((await runCell('const a = 1')).ok && (await runCell('const a = 1'))).toMatchObject({ value: undefined });
    const loop = await runCell('let s = 0\nfor (let i = 0; i < 3; i++)\n  s += i');
    expect(loop).toMatchObject({ ok: true, value: undefined });
  });

  it('keeps console.log output in order', async () => {
    const result = await runCell("console.log('a', 1.23456789)\nconsole.warn({ b: [1, 2] })\n'done'");
    expect(result).toEqual({ ok: true, value: { kind: 'text', text: 'done' }, logs: ['a 1.23457', 'warning: { b: [1, 2] }'] });
  });

  it('reports a syntax error with the line of the learner’s code', async () => {
    const result = await runCell('const a = 1\nconst b = ;\nb');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ name: 'SyntaxError', cell: 0, line: 2 });
      expect(errorText(result.error, 0)).toBe('SyntaxError: Unexpected token (line 2)');
    }
  });

  it('reports a runtime error with its line, also when the core threw it', async () => {
    const thrown = await runCell('const a = 1\n\nnull.x');
    expect(!thrown.ok && thrown.error).toMatchObject({ name: 'TypeError', line: 3 });
    const core = await runCell("import { chainSuccess } from 'threshold/sim'\nconst ok = 1\nchainSuccess(1.5, 3)");
    expect(!core.ok && core.error).toMatchObject({ name: 'RangeError', line: 3 });
    expect(!core.ok && core.error.message).toContain('invalid p: 1.5');
  });

  it('names the modules a cell can import when it asks for another', async () => {
    const result = await runCell("import fs from 'node:fs'\nfs");
    expect(!result.ok && result.error.message).toBe('there is no module "node:fs": cells can import threshold/sim, threshold/data, @observablehq/plot');
  });

  it('sees the top-level declarations of earlier cells and prints only its own output', async () => {
    const result = await runCell('console.log("second")\ntotal * 2', ['console.log("first")\nconst total = 21']);
    expect(result).toEqual({ ok: true, value: { kind: 'number', text: '42' }, logs: ['second'] });
  });

  it('places an error in an earlier cell by cell and line', async () => {
    const result = await runCell('1', ['const a = 1\nundefinedName']);
    expect(!result.ok && result.error).toMatchObject({ cell: 0, line: 2 });
    expect(!result.ok && errorText(result.error, 1)).toBe('ReferenceError: undefinedName is not defined (cell 1, line 2)');
  });

  it('awaits top-level await', async () => {
    expect(value(await runCell('await Promise.resolve(5)'))).toEqual({ kind: 'number', text: '5' });
  });

  it('turns a Plot figure into a chart with its channels evaluated', async () => {
    const result = await runCell("import * as Plot from '@observablehq/plot'\nconst data = [{ n: 1 }, { n: 2 }]\nPlot.plot({\n  marks: [Plot.line(data, { x: 'n', y: (d) => d.n * 10 })],\n})");
    expect(value(result)).toEqual({
      kind: 'chart',
      chart: { figure: { plot: 'plot', args: [{ marks: [{ plot: 'line', args: [[{ n: 1 }, { n: 2 }], { x: 'n', y: [10, 20] }] }] }] }, notes: [] },
    });
  });

  it('reads the published scores as threshold/data', async () => {
    const result = await runCell("import { benchmarkCurves } from 'threshold/data'\nbenchmarkCurves.filter((r) => r.family === 'Pythia' && r.metric === 'bleu').length");
    expect(value(result)).toEqual({ kind: 'number', text: '8' });
  });
});
