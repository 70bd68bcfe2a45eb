import { describe, expect, it } from 'vitest';
import { cellNames, dependencyGraph, dependents } from '@/notebook/dependencies';

const names = (code: string) => {
  const { defines, uses } = cellNames(code);
  return { defines: [...defines].sort(), uses: [...uses].sort() };
};
const graph = (...cells: string[]) => dependencyGraph(cells.map(cellNames));

describe('cellNames', () => {
  it('finds top-level declarations of every kind, and not their initialisers', () => {
    const code = [
      "import { tokenLoss, tokenProbability as p } from 'threshold/sim'",
      "import * as Plot from '@observablehq/plot'",
      "import type { Row } from 'x'",
      'const { a, b: [c, ...d], e = fallback } = source, f = (x: number) => x + 1',
      'let [g = 1, h] = pair',
      'var v',
      'function fn(param) { const inner = param }',
      'async function later() {}',
      'class Model extends Base {}',
      'enum Kind { A, B }',
      'namespace Space {}',
      'export const exported = 1',
      'type Alias = number',
      'interface Shape {}',
      'declare const ambient: number',
    ].join('\n');
    expect(names(code).defines).toEqual(['Kind', 'Model', 'Plot', 'Space', 'a', 'c', 'd', 'e', 'exported', 'f', 'fn', 'g', 'h', 'later', 'p', 'tokenLoss', 'v'].sort());
  });

  it('reads the names a cell uses, in expressions, shorthand properties and templates, but not property names or types', () => {
    const { uses } = names('const rows = sizes.map((N, i) => ({ N, p: perToken[i], [key]: 1 }))\n`${label}`\nconst t: Row = obj.field');
    expect(uses).toEqual(expect.arrayContaining(['sizes', 'N', 'i', 'perToken', 'key', 'label', 'obj']));
    expect(uses).not.toContain('p');
    expect(uses).not.toContain('field');
    expect(uses).not.toContain('Row');
    expect(uses).not.toContain('map');
  });

  it('counts a name the cell changes but does not declare as one it defines', () => {
    expect(names('count += 1;\ntotal++;\n--left;\nmodel.size = 3;\n[x, y] = [y, x];\n({ z } = o);\nfor (item of items) {}').defines).toEqual(['count', 'item', 'left', 'model', 'total', 'x', 'y', 'z']);
    // Its own locals are its own.
    expect(names('for (let i = 0; i < 3; i++) {}\nfunction f() { let s = 0; s += 1 }').defines).toEqual(['f']);
    expect(names('-n;\n!flag;\nn === m').defines).toEqual([]);
  });

  it('reads what it can of code that does not parse', () => {
    expect(names('const ok = 1\nconst broken = ;\nuse(ok)').defines).toEqual(expect.arrayContaining(['ok']));
  });
});

describe('dependencyGraph', () => {
  it('links a cell to the earlier cells that define the names it uses', () => {
    expect(graph('const a = 1', 'const b = 2', 'a + 1', 'const c = b * 2', 'c + a', 'later + 1', 'const later = 0')).toEqual([[], [], [0], [1], [0, 3], [], []]);
  });

  it('links a cell to an earlier cell that changes a name it uses', () => {
    expect(graph('let n = 1', 'n += 1', 'n')).toEqual([[], [0], [0, 1]]);
    expect(graph('const list = []', 'list.length = 0', 'list')).toEqual([[], [0], [0, 1]]);
  });

  it('does not link through a type or a property of the same name', () => {
    expect(graph('type Row = { size: number }\nconst size = 3', 'const r: Row = { size: 1 }\nr.size')).toEqual([[], []]);
  });
});

describe('dependents', () => {
  it('follows dependencies through other cells, and only forwards', () => {
    const g = graph('const a = 1', 'const b = a', 'const c = 1', 'b + c', 'c', 'const d = 4');
    expect(dependents(g, 0)).toEqual([1, 3]);
    expect(dependents(g, 2)).toEqual([3, 4]);
    expect(dependents(g, 3)).toEqual([]);
    expect(dependents(g, 5)).toEqual([]);
  });
});
