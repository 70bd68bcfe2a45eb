import { describe, expect, it } from 'vitest';
import { createIsing } from '../../src/sim/ising';
import { susceptibility } from '../../src/sim/ising-measure';
import { onsagerMagnetization, onsagerTc } from '../../src/sim/onsager';

/** Exact averages on a 3 × 3 periodic lattice by enumerating all 512 states. */
function exact3x3(temperature: number, field = 0): { energy: number; absMagnetization: number } {
  const L = 3;
  let z = 0;
  let e = 0;
  let m = 0;
  for (let state = 0; state < 512; state++) {
    const s = (i: number) => ((state >> i) & 1 ? 1 : -1);
    let bonds = 0;
    let sum = 0;
    for (let r = 0; r < L; r++) {
      for (let c = 0; c < L; c++) {
        const i = r * L + c;
        sum += s(i);
        bonds += s(i) * (s(r * L + ((c + 1) % L)) + s(((r + 1) % L) * L + c));
      }
    }
    const energy = -bonds - field * sum;
    const w = Math.exp(-energy / temperature);
    z += w;
    e += w * energy / 9;
    m += w * Math.abs(sum) / 9;
  }
  return { energy: e / z, absMagnetization: m / z };
}

describe('Onsager', () => {
  it('T_c is 2/ln(1 + √2) ≈ 2.269185', () => {
    expect(onsagerTc()).toBeCloseTo(2.269185314, 9);
  });

  it('the spontaneous magnetisation is (1 − sinh(2/T)^−4)^(1/8) below T_c and 0 above', () => {
    expect(onsagerMagnetization(1)).toBeCloseTo(Math.pow(1 - Math.pow(Math.sinh(2), -4), 0.125), 14);
    expect(onsagerMagnetization(2)).toBeCloseTo(0.911319, 5);
    expect(onsagerMagnetization(2.3)).toBe(0);
    expect(onsagerMagnetization(onsagerTc())).toBe(0);
  });
});

describe('createIsing', () => {
  it('exposes ±1 spins in a row-major Int8Array of length size²', () => {
    const model = createIsing({ size: 16, seed: 3 });
    expect(model.spins).toBeInstanceOf(Int8Array);
    expect(model.spins.length).toBe(256);
    expect(model.spins.every((s) => s === 1 || s === -1)).toBe(true);
  });

  it('starts all up on request, with m = 1 and e = −2', () => {
    const model = createIsing({ size: 8, start: 'up' });
    expect(model.magnetization()).toBe(1);
    expect(model.energy()).toBe(-2);
  });

  it('is deterministic for a seed', () => {
    const a = createIsing({ size: 16, seed: 9, temperature: 2.5 });
    const b = createIsing({ size: 16, seed: 9, temperature: 2.5 });
    a.sweep(5);
    a.wolff(5);
    b.sweep(5);
    b.wolff(5);
    expect(Array.from(a.spins)).toEqual(Array.from(b.spins));
  });

  it('keeps its running magnetisation equal to the mean spin', () => {
    const model = createIsing({ size: 12, temperature: 2.3, field: 0.2, seed: 4 });
    model.sweep(7);
    model.wolff(20);
    const mean = model.spins.reduce((a, s) => a + s, 0) / model.spins.length;
    expect(model.magnetization()).toBeCloseTo(mean, 14);
  });

  it('rejects a non-positive temperature and a tiny lattice', () => {
    expect(() => createIsing({ temperature: 0 })).toThrow('invalid temperature: 0 (expected temperature > 0)');
    expect(() => createIsing({ size: 1 })).toThrow(RangeError);
    expect(() => createIsing().setTemperature(NaN)).toThrow(RangeError);
  });
});

describe('Metropolis and Wolff sampling', () => {
  it('Metropolis reproduces the exact energy and |m| of a 3 × 3 lattice', () => {
    const exact = exact3x3(2.5, 0.3);
    const model = createIsing({ size: 3, temperature: 2.5, field: 0.3, seed: 1 });
    const got = model.measure({ samples: 40_000, burnIn: 100 });
    expect(got.energy).toBeCloseTo(exact.energy, 1);
    expect(Math.abs(got.absMagnetization - exact.absMagnetization)).toBeLessThan(0.02);
  });

  it('Wolff reproduces the exact energy and |m| of a 3 × 3 lattice, with and without a field', () => {
    for (const field of [0, 0.3]) {
      const exact = exact3x3(2, field);
      const model = createIsing({ size: 3, temperature: 2, field, seed: 2 });
      const got = model.measure({ samples: 40_000, burnIn: 100, method: 'wolff' });
      expect(Math.abs(got.energy - exact.energy)).toBeLessThan(0.02);
      expect(Math.abs(got.absMagnetization - exact.absMagnetization)).toBeLessThan(0.02);
    }
  });

  it('orders below T_c: |m| near Onsager’s value at T = 1.8', () => {
    const model = createIsing({ size: 32, temperature: 1.8, seed: 5, start: 'up' });
    const { absMagnetization } = model.measure({ samples: 200, burnIn: 100 });
    expect(Math.abs(absMagnetization - onsagerMagnetization(1.8))).toBeLessThan(0.02);
  });

  it('disorders above T_c: |m| small at T = 3.5', () => {
    const model = createIsing({ size: 32, temperature: 3.5, seed: 6 });
    expect(model.measure({ samples: 200, burnIn: 50 }).absMagnetization).toBeLessThan(0.1);
  });

  it('susceptibility peaks near T_c (Wolff, 16 × 16)', () => {
    const chi = (temperature: number) =>
      createIsing({ size: 16, temperature, seed: 7 }).measure({ samples: 400, burnIn: 50, method: 'wolff' }).susceptibility;
    const atTc = chi(2.3);
    expect(atTc).toBeGreaterThan(3 * chi(1.8));
    expect(atTc).toBeGreaterThan(3 * chi(3.2));
  });

  it('the energy at T_c is near −√2 per site on a 32 × 32 lattice', () => {
    const model = createIsing({ size: 32, temperature: onsagerTc(), seed: 8 });
    expect(Math.abs(model.measure({ samples: 300, burnIn: 50, method: 'wolff' }).energy + Math.SQRT2)).toBeLessThan(0.03);
  });

  it('a field aligns the spins with it', () => {
    const model = createIsing({ size: 16, temperature: 3, field: 1, seed: 3 });
    expect(model.measure({ samples: 100, burnIn: 20 }).magnetization).toBeGreaterThan(0.5);
  });
});

describe('susceptibility', () => {
  it('is N·(⟨m²⟩ − ⟨|m|⟩²)/T', () => {
    expect(susceptibility([0.5, -0.5, 0.1, -0.1], 100, 2)).toBeCloseTo((100 * (0.13 - 0.09)) / 2, 12);
  });

  it('is 0 when every sample has the same |m|', () => {
    expect(susceptibility([1, -1, 1], 64, 1)).toBe(0);
  });
});
