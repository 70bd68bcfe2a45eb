import { describe, expect, it } from 'vitest';
import { birdsPath, eachBird, paintBirds } from '@/widgets/flocking/birds';
import { describeSetting } from '@/widgets/flocking/describe';
import { fly, startFlock } from '@/widgets/flocking/flock';

describe('eachBird', () => {
  it('maps the box onto the square with y pointing down, the mark ending at the bird', () => {
    const flock = startFlock(200, 1);
    const marks: number[][] = [];
    eachBird(flock, 100, (...segment) => marks.push(segment), 5);
    expect(marks).toHaveLength(200);
    const scale = 100 / flock.boxSize;
    marks.forEach(([x0, y0, x1, y1], i) => {
      expect(x1).toBeCloseTo(flock.positions[2 * i]! * scale, 9);
      expect(y1).toBeCloseTo(100 - flock.positions[2 * i + 1]! * scale, 9);
      expect(Math.hypot(x1! - x0!, y1! - y0!)).toBeCloseTo(5, 9);
      // A bird heading right (cos θ > 0) has its tail on the left.
      expect(Math.sign(x1! - x0!)).toBe(Math.sign(Math.cos(flock.headings[i]!)) || 0);
    });
  });
});

describe('birdsPath', () => {
  it('has one stroke and one head per bird, in whole units', () => {
    const { tails, heads } = birdsPath(startFlock(300, 2), 340);
    expect(tails.match(/M/g)).toHaveLength(300);
    expect(heads.match(/h0/g)).toHaveLength(300);
    expect(tails + heads).toMatch(/^[Mlh0-9 -]+$/);
  });
});

describe('fly', () => {
  it('records v_a at step 0 and after every step, and gives the same flight for the same setting', () => {
    const flight = fly(200, 0.5, 30);
    expect(flight.history.map((point) => point.step)).toEqual(Array.from({ length: 31 }, (_, i) => i));
    expect(flight.history[30]!.order).toBe(flight.flock.polarization());
    const again = fly(200, 0.5, 31);
    expect(again.history.slice(0, 31)).toEqual(flight.history);
  });

  it('orders a low-noise flock within a couple of hundred steps (Vicsek et al. 1995)', () => {
    const { history } = fly(300, 0.5, 200);
    expect(history[0]!.order).toBeLessThan(0.2);
    expect(history[200]!.order).toBeGreaterThan(0.7);
  });
});

describe('describeSetting', () => {
  it('states noise, birds, box and density', () => {
    expect(describeSetting(1.5, 1000, 12.78)).toBe(
      'Noise η = 1.50 radians with 1,000 birds in a 12.8 × 12.8 box (6.1 birds per unit area); each aligns with the birds within distance 1.',
    );
  });
});

describe('paintBirds', () => {
  const style = { background: 0, bird: 7, length: 6, thickness: 1, head: 3 };

  it('paints each bird as a stroke ending in a head, on a cleared sky', () => {
    const flock = startFlock(200, 1);
    const pixels = new Uint32Array(100 * 100).fill(9);
    paintBirds(pixels, 100, flock, style);
    expect(pixels.includes(9)).toBe(false);
    const painted = pixels.filter((pixel) => pixel === 7).length;
    // At most a 7-pixel stroke and a 3 × 3 head per bird; overlaps only lower the count.
    expect(painted).toBeGreaterThan(200 * 3);
    expect(painted).toBeLessThanOrEqual(200 * (6 + 9));
  });

  it('puts each head where the bird is', () => {
    const flock = startFlock(200, 1);
    const pixels = new Uint32Array(100 * 100);
    paintBirds(pixels, 100, flock, style);
    const scale = 100 / flock.boxSize;
    for (let i = 0; i < flock.n; i++) {
      const x = Math.min(99, Math.floor(flock.positions[2 * i]! * scale));
      const y = Math.min(99, Math.floor(100 - flock.positions[2 * i + 1]! * scale));
      expect(pixels[y * 100 + x], `bird ${i}`).toBe(7);
    }
  });

  it('never writes outside the buffer, whatever the sizes', () => {
    const pixels = new Uint32Array(10 * 10);
    paintBirds(pixels, 10, startFlock(300, 2), { ...style, length: 40, thickness: 3, head: 8 });
    expect(pixels.length).toBe(100);
  });
});
