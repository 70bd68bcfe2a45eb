import { describe, expect, it } from 'vitest';
import { describeSetting } from '@/widgets/ising-model/describe';
import { burnIn, hotLattice, startLattice } from '@/widgets/ising-model/lattice';

describe('describeSetting', () => {
  it('places T against the critical temperature and gives the exact |m| (Yang 1952)', () => {
    expect(describeSetting(2.1, 64)).toBe('At T = 2.10 (below the critical temperature, 2.269) on a 64 × 64 lattice: exact |m| = 0.87 for an infinite lattice (Yang 1952).');
    expect(describeSetting(3, 32)).toBe('At T = 3.00 (above the critical temperature, 2.269) on a 32 × 32 lattice: exact |m| = 0.00 for an infinite lattice (Yang 1952).');
  });

  it('says "just" within 0.02 of the critical temperature', () => {
    expect(describeSetting(2.27, 64)).toContain('(just above the critical temperature, 2.269)');
    expect(describeSetting(2.26, 64)).toContain('(just below the critical temperature, 2.269)');
  });
});

describe('startLattice', () => {
  it('gives the same lattice for the same size and temperature, so the build-time snapshot and the live start agree', () => {
    expect([...startLattice(32, 2).spins]).toEqual([...startLattice(32, 2).spins]);
  });

  it('keeps the burn-in near 2 million spin updates, between 8 and 500 sweeps', () => {
    expect(burnIn(32)).toBe(500);
    expect(burnIn(64)).toBe(500);
    expect(burnIn(128)).toBe(128);
    expect(burnIn(256)).toBe(32);
    expect(burnIn(2048)).toBe(8);
  });

  it('gives the same lattice when its burn-in runs a sweep at a time, as the live view runs it after a change of size', () => {
    const model = hotLattice(128, 2.27);
    for (let i = 0; i < burnIn(128); i++) model.sweep(1);
    expect([...model.spins]).toEqual([...startLattice(128, 2.27).spins]);
  });

  it('orders well below T_c after its burn-in', () => {
    expect(Math.abs(startLattice(32, 1).magnetization())).toBeGreaterThan(0.9);
  });
});
