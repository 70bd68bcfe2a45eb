import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '@/common/csv';

/** How a spreadsheet set to `separator` would split one CSV line into cells (quotes respected). */
function cells(line: string, separator: string): string[] {
  const found: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) found.push(cell), (cell = '');
    else cell += char;
  }
  return [...found, cell];
}

/** A cell a spreadsheet would run: after its own trimming and folding, it starts with = + - @. */
const runs = (cell: string) => /^[=+\-@]/.test(cell.normalize('NFKC').replace(/[\s\u200b-\u200f\u2060\ufeff]/g, ''));

describe('CSV cells that a spreadsheet could read as a formula', () => {
  const attacks = ['=1+2', ' =1+2', '\t=1+2', '\r=1+2', ';=1+2', 'a;=1+2', 'a,=1+2', 'a|@SUM(A1)', '\u200b=1+2', '\ufeff+1', '\uff1d1+2', '\uff0b1', '\uff201', '\ufe66HYPERLINK("x")', '\u00a0-1'];

  it.each(attacks)('%j never becomes a formula cell, whatever the separator', (attack) => {
    const line = csvText([['Ada', attack]]).trimEnd();
    for (const separator of [',', ';', '\t', '|']) {
      for (const cell of cells(line, separator)) expect(runs(cell), `${JSON.stringify(cell)} split by ${JSON.stringify(separator)}`).toBe(false);
    }
  });

  it('keeps the text itself after the apostrophe', () => {
    expect(csvCell('\uff1d1+2')).toBe("'\uff1d1+2");
    expect(csvCell(';=1+2')).toBe(`"';=1+2"`);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvCell('a-b')).toBe('a-b');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.5)).toBe('0.5');
  });
});
