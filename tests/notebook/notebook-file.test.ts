import { describe, expect, it } from 'vitest';
import { exportNotebook, importNotebook } from '@/notebook';

describe('notebook files', () => {
  it('export cells separated by // %% lines and import them back unchanged', () => {
    const cells = ["import { chainSuccess } from 'threshold/sim'\nconst p = 0.9", '', 'chainSuccess(p, 10)\n'];
    const file = exportNotebook(cells);
    expect(file).toBe(
      "// Threshold notebook: each cell starts at a line that reads \"// %%\".\n// %%\nimport { chainSuccess } from 'threshold/sim'\nconst p = 0.9\n// %%\n\n// %%\nchainSuccess(p, 10)\n\n",
    );
    expect(importNotebook(file)).toEqual({ ok: true, cells });
  });

  it('read a plain .ts file as one cell, and Windows line ends as Unix ones', () => {
    expect(importNotebook('const a = 1\r\na * 2')).toEqual({ ok: true, cells: ['const a = 1\na * 2'] });
  });

  it('keep code written before the first marker as a cell of its own', () => {
    expect(importNotebook('const a = 1\n// %% second\na')).toEqual({ ok: true, cells: ['const a = 1', 'a'] });
  });

  it('refuse files with too many cells', () => {
    const result = importNotebook('// %%\n1\n'.repeat(51));
    expect(result).toEqual({ ok: false, message: 'That file has 51 cells; a notebook holds at most 50.' });
  });
});
