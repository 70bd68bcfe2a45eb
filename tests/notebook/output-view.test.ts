import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawChart } from '@/notebook/chart-view';
import { renderResult } from '@/notebook/output-view';
import { runCell } from '@/notebook';

const doc = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

describe('renderResult', () => {
  it('sets everything a cell prints or returns as text, never as HTML', async () => {
    const result = await runCell("console.log('<img src=x onerror=alert(1)>')\n'<b>bold</b>'");
    const html = renderResult(result, doc(), drawChart).outerHTML;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<img');
  });

  it('shows an error with its line, and an earlier cell’s error with its cell', async () => {
    const result = await runCell('x', ['const a = 1\nnope()']);
    expect(renderResult(result, doc(), drawChart, 1).textContent).toBe('ReferenceError: nope is not defined (cell 1, line 2)');
  });

  it('draws a chart as a labelled image, without links a cell asked for', async () => {
    const result = await runCell("import * as Plot from '@observablehq/plot'\nPlot.plot({ marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y', href: () => 'javascript:alert(1)' })] })");
    const html = renderResult(result, doc(), drawChart).outerHTML;
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Chart drawn by the cell: dot (1 point)."');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('<a ');
  });

  it('refuses a chart that calls anything but the allowed Plot marks', () => {
    const spec = { figure: { plot: 'plot' as const, args: [{ marks: [{ plot: 'constructor', args: [] }] }] }, notes: [] };
    expect(() => drawChart(spec as never, doc())).toThrow('Plot.constructor is not available in cells');
  });
});
