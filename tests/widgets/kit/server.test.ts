import { describe, expect, it } from 'vitest';
import { renderMarkup, roundCoordinates, simplifyLine } from '@/widgets/kit/server';

describe('roundCoordinates', () => {
  it('writes each number of a path to a tenth', () => {
    expect(roundCoordinates('M48,205.224L51.825,204.203L55.65,203')).toBe('M48,205.2L51.8,204.2L55.7,203');
  });

  it('keeps numbers apart when a negative one rounds to zero', () => {
    expect(roundCoordinates('M1.5-0.04L2-3.26')).toBe('M1.5 0L2-3.3');
    expect(roundCoordinates('M1.5,-0.04')).toBe('M1.5,0');
  });

  it('leaves arc flags, exponents and polygon points readable', () => {
    expect(roundCoordinates('A5,5,0,0,1,10.06,2e-7')).toBe('A5,5,0,0,1,10.1,0');
    expect(roundCoordinates('0.123,4.567 8,9.99')).toBe('0.1,4.6 8,10');
  });
});

describe('simplifyLine', () => {
  it('leaves out the points of a line that lie within a tenth of the line through their neighbours', () => {
    expect(simplifyLine('M0,0L1,0.05L2,0L3,1L4,5')).toBe('M0,0L2,0L3,1L4,5');
  });

  it('simplifies each part of a line with gaps on its own', () => {
    expect(simplifyLine('M0,0L1,1L2,2M5,5L6,5L7,5')).toBe('M0,0L2,2M5,5L7,5');
  });

  it('leaves curves, relative commands and unreadable numbers alone', () => {
    for (const d of ['M0,0C1,1,2,2,3,3', 'M-3.5,-3.5h7v7h-7Z', 'M0,0L1,1e-7L2,0', 'M0,0L1,NaN']) expect(simplifyLine(d)).toBe(d);
  });
});

describe('renderMarkup', () => {
  it('simplifies lines and rounds the coordinates of paths and polygons, and nothing else', () => {
    const markup = renderMarkup((document) => {
      const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      svg.innerHTML = '<path d="M0.333,1.666L1.29,2.34L2.25,3"></path><polygon points="1.04,2.06"></polygon><text x="1.234">0.456</text>';
      return svg;
    });
    expect(markup).toContain('d="M0.3,1.7L2.3,3"');
    expect(markup).toContain('points="1,2.1"');
    expect(markup).toContain('x="1.234">0.456<');
  });
});
