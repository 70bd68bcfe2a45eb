import { describe, expect, it } from 'vitest';
import { createFlock } from '@/sim/vicsek';

/** Headings after one noiseless step, by comparing every pair (the O(n²) reference). */
function bruteForceHeadings(positions: Float64Array, headings: Float64Array, radius: number, box: number): number[] {
  const n = headings.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let sx = 0;
    let sy = 0;
    for (let j = 0; j < n; j++) {
      let dx = Math.abs(positions[2 * j]! - positions[2 * i]!);
      let dy = Math.abs(positions[2 * j + 1]! - positions[2 * i + 1]!);
      dx = Math.min(dx, box - dx);
      dy = Math.min(dy, box - dy);
      if (dx * dx + dy * dy < radius * radius) {
        sx += Math.cos(headings[j]!);
        sy += Math.sin(headings[j]!);
      }
    }
    out.push(Math.atan2(sy, sx));
  }
  return out;
}

describe('createFlock', () => {
  it('exposes positions (2n) and headings (n) as typed arrays, inside the box', () => {
    const flock = createFlock({ n: 100, seed: 1 });
    expect(flock.positions).toBeInstanceOf(Float64Array);
    expect(flock.positions.length).toBe(200);
    expect(flock.headings.length).toBe(100);
    flock.step(50);
    expect(flock.positions.every((x) => x >= 0 && x < flock.boxSize)).toBe(true);
    expect(flock.headings.every((h) => h > -Math.PI && h <= Math.PI)).toBe(true);
  });

  it('finds the same neighbours with its cell list as a comparison of every pair', () => {
    for (const boxSize of [2.5, 10]) {
      const flock = createFlock({ n: 400, noise: 0, radius: 1, boxSize, seed: 2 });
      flock.step(3);
      const expected = bruteForceHeadings(flock.positions.slice(), flock.headings.slice(), 1, boxSize);
      flock.step(1);
      expected.forEach((h, i) => expect(Math.cos(flock.headings[i]! - h)).toBeCloseTo(1, 9));
    }
  });

  it('moves each particle by the speed along its heading', () => {
    const flock = createFlock({ n: 1, speed: 0.1, boxSize: 10, seed: 3 });
    const [x, y] = flock.positions;
    const h = flock.headings[0]!;
    flock.step();
    expect(flock.positions[0]).toBeCloseTo((x! + 0.1 * Math.cos(h) + 10) % 10, 12);
    expect(flock.positions[1]).toBeCloseTo((y! + 0.1 * Math.sin(h) + 10) % 10, 12);
  });

  it('is deterministic for a seed', () => {
    const a = createFlock({ n: 50, seed: 4 });
    const b = createFlock({ n: 50, seed: 4 });
    a.step(20);
    b.step(20);
    expect(Array.from(a.headings)).toEqual(Array.from(b.headings));
  });

  it('orders at low noise and stays disordered at maximal noise', () => {
    const calm = createFlock({ n: 300, noise: 0.3, seed: 5 });
    calm.step(400);
    expect(calm.polarization()).toBeGreaterThan(0.9);
    const wild = createFlock({ n: 300, noise: 2 * Math.PI, seed: 5 });
    wild.step(400);
    expect(wild.polarization()).toBeLessThan(0.2);
  });

  it('polarization is 1 when every heading is the same and stays in [0, 1]', () => {
    const flock = createFlock({ n: 20, seed: 6 });
    flock.headings.fill(0.7);
    expect(flock.polarization()).toBeCloseTo(1, 12);
    flock.setNoise(Math.PI);
    flock.step(10);
    expect(flock.polarization()).toBeGreaterThanOrEqual(0);
    expect(flock.polarization()).toBeLessThanOrEqual(1);
  });

  it('rejects noise outside [0, 2π]', () => {
    expect(() => createFlock({ noise: 7 })).toThrow('invalid noise: 7');
  });
});
