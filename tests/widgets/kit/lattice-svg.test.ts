import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { latticePath, latticeSvg } from '@/widgets/kit/lattice-svg';

describe('latticePath', () => {
  it('draws one rectangle per horizontal run of the value', () => {
    // Row 0: 1 1 0; row 1: 0 1 1; row 2: 1 0 1.
    const cells = [1, 1, 0, 0, 1, 1, 1, 0, 1];
    expect(latticePath(cells, 3, 1)).toBe('M0 0h2v1h-2zM1 1h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z');
  });

  it('is empty when no site holds the value', () => {
    expect(latticePath([0, 0, 0, 0], 2, 1)).toBe('');
  });

  it('covers a full lattice with one run per row', () => {
    expect(latticePath(new Int8Array(4).fill(-1), 2, -1)).toBe('M0 0h2v1h-2zM0 1h2v1h-2z');
  });

  it('refuses cells that do not fill the lattice', () => {
    expect(() => latticePath([1, 1, 1], 2, 1)).toThrow('invalid cells.length: 3 (expected 4)');
  });
});

describe('latticeSvg', () => {
  it('is a labelled image with a background and one path per layer', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const svg = latticeSvg(document as unknown as Document, [1, 0, 0, 2], 2, 'var(--bg)', [{ value: 1, fill: 'blue' }, { value: 2, fill: 'orange' }], 'A lattice');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A lattice');
    expect(svg.getAttribute('viewBox')).toBe('0 0 2 2');
    expect([...svg.querySelectorAll('path')].map((path) => [path.getAttribute('fill'), path.getAttribute('d')])).toEqual([
      ['blue', 'M0 0h1v1h-1z'],
      ['orange', 'M1 1h1v1h-1z'],
    ]);
  });
});
