import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawChart } from '@/notebook/chart-view';
import { checkResult } from '@/notebook/check-result';
import { MAX_LOGS, MAX_TABLE_ROWS, MAX_TEXT } from '@/notebook/format';
import { renderResult } from '@/notebook/output-view';
import { runCell } from '@/notebook';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('a result posted by the sandbox frame', () => {
  it('is clipped before the page shows it, however much the cell sent', () => {
    const huge = 'x'.repeat(25_000_000);
    const result = checkResult({ ok: true, value: { kind: 'text', text: huge }, logs: Array.from({ length: 10_000 }, () => huge) });
    expect(result.ok && result.value?.kind === 'text' && result.value.text.length).toBeLessThan(MAX_TEXT + 100);
    expect(result.logs).toHaveLength(MAX_LOGS + 1);
    expect(Math.max(...result.logs.map((line) => line.length))).toBeLessThan(MAX_TEXT + 100);
    const started = performance.now();
    const text = renderResult(result, doc(), drawChart).textContent!;
    expect(text.length).toBeLessThan((MAX_LOGS + 1) * (MAX_TEXT + 100));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('becomes an error result when it is malformed, never an exception', () => {
    for (const posted of [undefined, null, 'done', 42, { ok: 'yes' }, { ok: true, value: { kind: 'table', columns: null } }, { ok: true, value: { kind: 'html', html: '<b>' } }, { ok: true, value: 7 }]) {
      const result = checkResult(posted);
      expect(result.ok).toBe(false);
      expect(() => renderResult(result, doc(), drawChart)).not.toThrow();
    }
    const error = checkResult({ ok: false, error: { name: 7, message: { toString: 1 }, failing: 1.5, cell: '0' }, logs: [null, 'printed'] });
    expect(error).toEqual({ ok: false, error: { name: 'Error', message: 'the cell failed' }, logs: ['', 'printed'] });
  });

  it('keeps a table within its row and column limits', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [i, 'a'.repeat(10_000), { bad: true }]);
    const result = checkResult({ ok: true, value: { kind: 'table', columns: ['n', 's', 'o'], rows, total: 5000 }, logs: [] });
    expect(result.ok && result.value?.kind === 'table' && result.value.rows.length).toBe(MAX_TABLE_ROWS);
    expect(() => renderResult(result, doc(), drawChart)).not.toThrow();
  });

  it('passes a real cell’s result through unchanged', async () => {
    for (const code of ["console.log('hi')\n[{ a: 1, b: 'x' }]", 'for (let i = 0; i < 500; i++) console.log(i)', "throw new RangeError('no')", '42', "'text'"]) {
      const result = await runCell(code);
      expect(checkResult(structuredClone(result))).toEqual(result);
    }
    // Where the error is and which cell failed, when they differ.
    const called = await runCell('check(-1)', ["function check(x: number) {\n  if (x < 0) throw new RangeError('negative')\n}"]);
    expect(!called.ok && called.error).toMatchObject({ cell: 0, line: 2, failing: 1 });
    expect(checkResult(structuredClone(called))).toEqual(called);
  });
});

describe('chart options that could fetch', () => {
  it('are dropped: url( in a fill, a stroke or any other string option', async () => {
    const result = await runCell(
      "import * as Plot from '@observablehq/plot'\n" +
        "Plot.plot({ title: 'ok', caption: 'url(https://evil.example/c)', marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y', fill: 'url(https://evil.example/a)', stroke: 'URL ( //evil.example/b )' }), Plot.line([{ x: 1, y: 2 }, { x: 2, y: 3 }], { x: 'x', y: 'y', stroke: '\\\\75rl(//evil.example/d)' })] })",
    );
    expect(result.ok && result.value?.kind).toBe('chart');
    const html = renderResult(result, doc(), drawChart).outerHTML;
    expect(html).not.toMatch(/evil\.example|url\s*\(/i);
    expect(html).toContain('role="img"');
  });
});
