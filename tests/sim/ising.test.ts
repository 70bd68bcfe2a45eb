import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createIsing, type Ising } from '@/sim/ising';
import { sfc32Next, sfc32State } from '@/sim/rng';
import { susceptibility } from '@/sim/ising-measure';
import { onsagerMagnetization, onsagerTc } from '@/sim/onsager';

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

/** Complete elliptic integral of the first kind K(k) = π / (2·AGM(1, √(1 − k²))). */
function ellipticK(k: number): number {
  let a = 1;
  let b = Math.sqrt(Math.max(0, 1 - k * k));
  for (let i = 0; i < 40; i++) [a, b] = [(a + b) / 2, Math.sqrt(a * b)];
  return Math.PI / (2 * a);
}

/**
 * Exact energy per site of the infinite square lattice at h = 0 (Onsager 1944), for T ≠ T_c:
 * u = −coth(2/T)·[1 + (2/π)·(2·tanh²(2/T) − 1)·K(k)], k = 2·sinh(2/T)/cosh²(2/T).
 */
function onsagerEnergy(temperature: number): number {
  const b = 2 / temperature;
  const k = (2 * Math.sinh(b)) / Math.cosh(b) ** 2;
  return -(1 / Math.tanh(b)) * (1 + (2 / Math.PI) * (2 * Math.tanh(b) ** 2 - 1) * ellipticK(k));
}

/** Mean of a correlated series and its standard error from the means of 20 consecutive blocks (batch means). */
function batchMean(xs: readonly number[]): { mean: number; error: number } {
  const blocks = 20;
  const per = Math.floor(xs.length / blocks);
  const means = Array.from({ length: blocks }, (_, b) => xs.slice(b * per, (b + 1) * per).reduce((a, x) => a + x, 0) / per);
  const mean = means.reduce((a, x) => a + x, 0) / blocks;
  const variance = means.reduce((a, x) => a + (x - mean) ** 2, 0) / (blocks - 1);
  return { mean, error: Math.sqrt(variance / blocks) };
}

/** m, |m| and e after each of `samples` Metropolis sweeps, following `burnIn` sweeps. */
function run(model: Ising, burnIn: number, samples: number): { m: number[]; abs: number[]; e: number[] } {
  model.sweep(burnIn);
  const out = { m: [] as number[], abs: [] as number[], e: [] as number[] };
  for (let t = 0; t < samples; t++) {
    model.sweep(1);
    const m = model.magnetization();
    out.m.push(m);
    out.abs.push(Math.abs(m));
    out.e.push(model.energy());
  }
  return out;
}

/**
 * The Metropolis sweep written plainly, on the same random stream: sites with r + c even, then
 * odd, each flipped when a 31-bit uniform falls below floor(min(1, e^(−ΔE/T))·2^31).
 */
function referenceSweeps(size: number, temperature: number, field: number, seed: number, sweeps: number): Int8Array {
  const state = sfc32State(seed);
  const spins = new Int8Array(size * size).fill(1);
  const at = (r: number, c: number) => spins[((r + size) % size) * size + ((c + size) % size)]!;
  for (let t = 0; t < sweeps; t++) {
    for (const parity of [0, 1]) {
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          if (((r + c) & 1) !== parity) continue;
          const s = at(r, c);
          const deltaE = 2 * s * (at(r - 1, c) + at(r + 1, c) + at(r, c - 1) + at(r, c + 1) + field);
          const p = Math.exp(-deltaE / temperature);
          const u = sfc32Next(state) >>> 1;
          if (p >= 1 || u < Math.floor(p * 2 ** 31)) spins[r * size + c] = -s;
        }
      }
    }
  }
  return spins;
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

  it('sweeps exactly as a plainly written checkerboard Metropolis on the same random stream', () => {
    for (const size of [2, 3, 5, 8, 9]) {
      for (const [temperature, field] of [[1.5, 0], [2.5, 0.3], [4, -0.7], [1e-3, 0], [1e6, 0.2]] as const) {
        const model = createIsing({ size, temperature, field, seed: size, start: 'up' });
        model.sweep(6);
        expect(Array.from(model.spins)).toEqual(Array.from(referenceSweeps(size, temperature, field, size, 6)));
      }
    }
  });

  it('keeps the magnetisation in [−1, 1] and equal to the mean spin, whatever the updates', () => {
    fc.assert(fc.property(
      fc.integer({ min: 2, max: 12 }),
      fc.double({ min: 0.05, max: 50, noNaN: true }),
      fc.double({ min: -3, max: 3, noNaN: true }),
      fc.array(fc.oneof(fc.constant('sweep'), fc.constant('wolff'), fc.constant('measure')), { maxLength: 6 }),
      fc.integer(),
      (size, temperature, field, steps, seed) => {
        const model = createIsing({ size, temperature, field, seed });
        for (const step of steps) {
          if (step === 'sweep') model.sweep(3);
          else if (step === 'wolff') model.wolff(3);
          else {
            const { magnetization, absMagnetization } = model.measure({ samples: 3, burnIn: 1 });
            if (!(Math.abs(magnetization) <= 1 && absMagnetization >= 0 && absMagnetization <= 1)) return false;
          }
          const m = model.magnetization();
          const mean = model.spins.reduce((a, s) => a + s, 0) / model.spins.length;
          if (!(m >= -1 && m <= 1 && Math.abs(m - mean) < 1e-12)) return false;
        }
        return true;
      }), { numRuns: 200 });
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

  it('matches Onsager’s magnetisation and energy at T = 1.5 within 4 standard errors (32 × 32)', () => {
    const { abs, e } = run(createIsing({ size: 32, temperature: 1.5, seed: 1, start: 'up' }), 200, 4000);
    const m = batchMean(abs);
    const u = batchMean(e);
    expect(Math.abs(m.mean - onsagerMagnetization(1.5))).toBeLessThan(4 * m.error);
    expect(Math.abs(u.mean - onsagerEnergy(1.5))).toBeLessThan(4 * u.error);
    // The test has power: the errors are far smaller than the quantities tested.
    expect(m.error).toBeLessThan(5e-4);
    expect(u.error).toBeLessThan(2e-3);
  });

  it('matches the exact curve at T = 3.5: ⟨m⟩ = 0, ⟨|m|⟩ → 0 as 1/L, energy within 4 standard errors', () => {
    const small = run(createIsing({ size: 32, temperature: 3.5, seed: 6 }), 200, 4000);
    const large = run(createIsing({ size: 64, temperature: 3.5, seed: 6 }), 200, 4000);
    for (const series of [small, large]) {
      const m = batchMean(series.m);
      const u = batchMean(series.e);
      expect(onsagerMagnetization(3.5)).toBe(0);
      expect(Math.abs(m.mean)).toBeLessThan(4 * m.error);
      expect(Math.abs(u.mean - onsagerEnergy(3.5))).toBeLessThan(4 * u.error);
    }
    // Above T_c, |m| on an L × L lattice is the size of a fluctuation, √(χT/N) ∝ 1/L.
    const ratio = batchMean(large.abs).mean / batchMean(small.abs).mean;
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.55);
  });

  it('the exact energy used above is right: −√2 at T_c, −2 as T → 0', () => {
    expect(onsagerEnergy(onsagerTc() * (1 + 1e-6))).toBeCloseTo(-Math.SQRT2, 4);
    expect(onsagerEnergy(2)).toBeCloseTo(-1.7456, 4);
    expect(onsagerEnergy(0.5)).toBeCloseTo(-2, 5);
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
