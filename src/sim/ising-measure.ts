import type { Ising } from './ising';
import { count, finiteArray, integerAtLeast, keyword, positive } from './validate';

/** Averages over the samples taken by {@link Ising.measure}. */
export interface IsingMeasurement {
  /** ⟨m⟩, mean spin per site. */
  magnetization: number;
  /** ⟨|m|⟩, the order parameter of a finite lattice at h = 0. */
  absMagnetization: number;
  /** χ per site from the samples; see {@link susceptibility}. */
  susceptibility: number;
  /** ⟨e⟩, energy per site. */
  energy: number;
  /** C per site: N·(⟨e²⟩ − ⟨e⟩²)/T². */
  specificHeat: number;
  /** Number of samples averaged. */
  samples: number;
}

/** Options of {@link Ising.measure}. */
export interface MeasureOptions {
  /** Samples to record, one per step, integer ≥ 1. Default 200. */
  samples?: number;
  /** Steps to run and discard first so the lattice forgets its start, integer ≥ 0. Default 50. */
  burnIn?: number;
  /**
   * 'metropolis': a step is one sweep. 'wolff': burn-in runs clusters until burnIn·N spins have
   * flipped, and a step is then a fixed number of clusters, N ÷ the mean cluster size seen, so
   * that each sample flips about N spins on average. Default 'metropolis'.
   */
  method?: 'metropolis' | 'wolff';
}

/**
 * Susceptibility per site from sampled magnetisations: χ = N·(⟨m²⟩ − ⟨|m|⟩²)/T. On a finite
 * lattice at h = 0 the sign of m flips between the two ordered states, so ⟨m⟩ is 0 in a long run
 * and ⟨|m|⟩ is the usual estimator (Newman & Barkema, Monte Carlo Methods in Statistical
 * Physics, 1999). It peaks near T_c and grows with the lattice.
 */
export function susceptibility(magnetizations: ArrayLike<number>, sites: number, temperature: number): number {
  finiteArray(magnetizations, 'magnetizations', 1);
  integerAtLeast(sites, 'sites', 1);
  positive(temperature, 'temperature');
  let abs = 0;
  let sq = 0;
  for (let i = 0; i < magnetizations.length; i++) {
    const m = magnetizations[i]!;
    abs += Math.abs(m);
    sq += m * m;
  }
  abs /= magnetizations.length;
  sq /= magnetizations.length;
  return (sites * Math.max(0, sq - abs * abs)) / temperature;
}

/**
 * Runs `burnIn` steps of the model, then records m and e after each of `samples` steps and
 * averages them (see {@link MeasureOptions} for what a step is).
 */
export function measureIsing(model: Ising, options: MeasureOptions = {}): IsingMeasurement {
  const samples = integerAtLeast(options.samples ?? 200, 'samples', 1);
  const burnIn = count(options.burnIn ?? 50, 'burnIn');
  const method = keyword(options.method ?? 'metropolis', 'method', ['metropolis', 'wolff']);
  const n = model.spins.length;
  let step = (): void => model.sweep(1);
  if (method === 'metropolis') {
    for (let t = 0; t < burnIn; t++) step();
  } else {
    // Burn in for burnIn·N flipped spins, then fix the clusters per sample from the mean cluster
    // size seen. Fixing it matters: sampling whenever N spins have flipped would sample at times
    // that depend on the cluster sizes, which biases the averages.
    let clusters = 0;
    let flipped = 0;
    while (flipped < burnIn * n && clusters < burnIn * n) {
      flipped += model.wolff(1);
      clusters++;
    }
    const perSample = clusters === 0 ? 1 : Math.max(1, Math.ceil((n * clusters) / Math.max(1, flipped)));
    step = () => void model.wolff(perSample);
  }
  const ms = new Float64Array(samples);
  let m = 0;
  let e = 0;
  let e2 = 0;
  for (let t = 0; t < samples; t++) {
    step();
    const mt = model.magnetization();
    const et = model.energy();
    ms[t] = mt;
    m += mt;
    e += et;
    e2 += et * et;
  }
  m /= samples;
  e /= samples;
  e2 /= samples;
  let abs = 0;
  for (const x of ms) abs += Math.abs(x);
  const t = model.temperature;
  return {
    magnetization: m,
    absMagnetization: abs / samples,
    susceptibility: susceptibility(ms, n, t),
    energy: e,
    specificHeat: (n * Math.max(0, e2 - e * e)) / (t * t),
    samples,
  };
}
