import { describe, expect, it } from 'vitest';
import { fillPixels, packColor } from '@/widgets/kit/pixels';

describe('packColor', () => {
  it('lays out R, G, B, A in memory order on a little-endian machine', () => {
    const packed = new Uint32Array([packColor([1, 2, 3, 4], true)]);
    expect([...new Uint8Array(packed.buffer)]).toEqual([1, 2, 3, 4]);
  });

  it('lays out R, G, B, A in memory order on a big-endian machine', () => {
    expect(packColor([1, 2, 3, 4], false)).toBe(0x01020304);
  });

  it('is unsigned, so opaque white is 2³² − 1', () => {
    expect(packColor([255, 255, 255, 255])).toBe(0xffffffff);
  });
});

describe('fillPixels', () => {
  it('gives site i the colour of its value minus base', () => {
    const out = new Uint32Array(4);
    fillPixels(new Int8Array([-1, 1, 1, -1]), -1, new Uint32Array([10, 0, 20]), out);
    expect([...out]).toEqual([10, 20, 20, 10]);
  });

  it('paints values outside the palette in its first colour', () => {
    const out = new Uint32Array(2);
    fillPixels([0, 7], 0, new Uint32Array([5, 6]), out);
    expect([...out]).toEqual([5, 5]);
  });

  it('refuses a buffer smaller than the lattice', () => {
    expect(() => fillPixels([0, 1, 2], 0, new Uint32Array([1]), new Uint32Array(2))).toThrow('invalid out.length: 2');
  });
});
