import { sfc32Next, sfc32State } from './rng';
import { count, finite, integerInRange, keyword, positive } from './validate';
import { measureIsing, type IsingMeasurement, type MeasureOptions } from './ising-measure';

/** Options of {@link createIsing}. */
export interface IsingOptions {
  /** Side of the square lattice in sites (periodic boundaries), integer 2 … 2048. Default 64. */
  size?: number;
  /** Temperature T in units of J/k_B, > 0. T_c ≈ 2.269. Default 2. */
  temperature?: number;
  /** External field h in units of J, finite. Default 0. */
  field?: number;
  /** Seed of the random stream; any finite number. Default 1. */
  seed?: number;
  /** Initial state: 'random' (hot start, each spin ±1 with probability ½) or 'up' (all +1). Default 'random'. */
  start?: 'random' | 'up';
}

const defaults: Required<IsingOptions> = { size: 64, temperature: 2, field: 0, seed: 1, start: 'random' };

/** Acceptance threshold meaning "always": −2^31, for which (u − threshold) >> 31, taken modulo 2^32, is −1 for every u in [0, 2^31). */
const ALWAYS = -2147483648;

/**
 * A 2-D Ising model on a periodic square lattice, H = −Σ_⟨ij⟩ s_i s_j − h Σ_i s_i. It steps
 * only when asked (`sweep`, `wolff`); drawing and timing belong to the view.
 */
export class Ising {
  /** Side of the lattice. */
  readonly size: number;
  /** Spins ±1, row-major (index r·size + c), updated in place so a canvas can read them without copying. Read-only for callers. */
  readonly spins: Int8Array;
  readonly #around = new Int32Array(4);
  #temperature: number;
  #field: number;
  /** Σ s_i, valid only while #sumValid; sweeps leave it stale rather than pay for it on every site. */
  #sum = 0;
  #sumValid = true;
  /** State of the lattice's sfc32 generator, shared by every update so a seed fixes the whole run. */
  readonly #state: Int32Array;
  /**
   * Metropolis acceptance min(1, e^(−ΔE/T)) for each spin s and neighbour sum nb, at index
   * s·(nb + 5) + 9 (s = +1: 10…18, s = −1: 0…8), as floor(probability·2^31), or ALWAYS when
   * the move does not raise the energy. A 31-bit uniform u accepts when u < threshold, so each
   * probability is kept to within 2^−31 ≈ 5·10^−10.
   */
  readonly #threshold = new Int32Array(19);
  #addProbability = 0;
  readonly #stack: Int32Array;
  readonly #stamp: Uint32Array;
  #generation = 0;

  constructor(options: IsingOptions = {}) {
    const o = { ...defaults, ...options };
    this.size = integerInRange(o.size, 'size', 2, 2048);
    this.#temperature = positive(o.temperature, 'temperature');
    this.#field = finite(o.field, 'field');
    this.#state = sfc32State(finite(o.seed, 'seed'));
    keyword(o.start, 'start', ['random', 'up']);
    const n = this.size * this.size;
    this.spins = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      const s = o.start === 'up' || this.#uniform() < 0.5 ? 1 : -1;
      this.spins[i] = s;
      this.#sum += s;
    }
    this.#stack = new Int32Array(n);
    this.#stamp = new Uint32Array(n);
    this.#tabulate();
  }

  /** Current temperature T (J/k_B). */
  get temperature(): number {
    return this.#temperature;
  }

  /** Current external field h (J). */
  get field(): number {
    return this.#field;
  }

  /** Changes T (> 0) for the next updates; the spins are kept, so the lattice relaxes from where it is. */
  setTemperature(temperature: number): void {
    this.#temperature = positive(temperature, 'temperature');
    this.#tabulate();
  }

  /** Changes h (finite) for the next updates. */
  setField(field: number): void {
    this.#field = finite(field, 'field');
    this.#tabulate();
  }

  /** Writes the indices of the up, down, left and right neighbours of site i (periodic) into #around. */
  #neighbours(i: number): Int32Array {
    const size = this.size;
    const r = (i / size) | 0;
    const c = i - r * size;
    const around = this.#around;
    around[0] = (r === 0 ? size - 1 : r - 1) * size + c;
    around[1] = (r === size - 1 ? 0 : r + 1) * size + c;
    around[2] = r * size + (c === 0 ? size - 1 : c - 1);
    around[3] = r * size + (c === size - 1 ? 0 : c + 1);
    return around;
  }

  /** A uniform number in [0, 1) from the lattice's generator. */
  #uniform(): number {
    return sfc32Next(this.#state) / 4294967296;
  }

  /** Fills the acceptance table once per parameter change, so sweeps never call Math.exp. */
  #tabulate(): void {
    for (let s = -1; s <= 1; s += 2) {
      for (let nb = -4; nb <= 4; nb += 2) {
        const p = Math.exp((-2 * s * (nb + this.#field)) / this.#temperature);
        this.#threshold[s * (nb + 5) + 9] = p >= 1 ? ALWAYS : Math.floor(p * 2147483648);
      }
    }
    this.#addProbability = 1 - Math.exp(-2 / this.#temperature);
  }

  /**
   * n Metropolis sweeps (Metropolis et al., 1953). Each site is visited once per sweep and
   * flipped with probability min(1, e^(−ΔE/T)), ΔE = 2·s·(Σ neighbours + h), which gives
   * detailed balance with respect to the Boltzmann weight at every single update. Sites are
   * visited in checkerboard order, first those with r + c even, then the rest (any fixed order
   * of single-site updates keeps the Boltzmann distribution stationary). Within one half no
   * update depends on another's outcome (except across the wrap of an odd-sized lattice, where
   * the code reads the updated value), which lets the processor overlap them, and the flip is
   * written without a branch: at T ≥ T_c a flip-or-not branch is mispredicted so often that it
   * cost more than all the arithmetic (see BENCHMARKS.md).
   */
  sweep(n = 1): void {
    count(n, 'n');
    if (n === 0) return;
    const { size, spins } = this;
    const threshold = this.#threshold;
    const state = this.#state;
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    for (let t = 0; t < n; t++) {
      for (let parity = 0; parity < 2; parity++) {
        for (let r = 0; r < size; r++) {
          const row = r * size;
          const up = (r === 0 ? size - 1 : r - 1) * size - row;
          const down = (r === size - 1 ? 0 : r + 1) * size - row;
          const end = row + size - 1;
          let i = row + ((r + parity) & 1);
          // The left neighbour of site i + 2 is the right neighbour of site i, of the other
          // colour, so it is loaded once and carried. Every other neighbour is read when used,
          // which keeps the updates sequential even where an odd size wraps a colour onto itself.
          let left = spins[i === row ? end : i - 1]!;
          // Two sites per pass of the loop; sfc32Next is inlined on locals (this is the hot
          // path of the lattice widget). u = x >>> 1 is uniform on [0, 2^31); the flip mask is
          // the sign of u − threshold: all ones to flip (s ^ −2 = −s), zero to keep s.
          for (; i + 2 < end; i += 4) {
            const s0 = spins[i]!;
            const right0 = spins[i + 1]!;
            const x0 = (((a + b) | 0) + d) | 0;
            d = (d + 1) | 0;
            a = b ^ (b >>> 9);
            b = (c + (c << 3)) | 0;
            c = (((c << 21) | (c >>> 11)) + x0) | 0;
            const nb0 = spins[i + up]! + spins[i + down]! + left + right0;
            spins[i] = s0 ^ ((((x0 >>> 1) - threshold[s0 * (nb0 + 5) + 9]!) >> 31) & -2);
            const s1 = spins[i + 2]!;
            const right1 = spins[i + 3]!;
            const x1 = (((a + b) | 0) + d) | 0;
            d = (d + 1) | 0;
            a = b ^ (b >>> 9);
            b = (c + (c << 3)) | 0;
            c = (((c << 21) | (c >>> 11)) + x1) | 0;
            const nb1 = spins[i + 2 + up]! + spins[i + 2 + down]! + right0 + right1;
            spins[i + 2] = s1 ^ ((((x1 >>> 1) - threshold[s1 * (nb1 + 5) + 9]!) >> 31) & -2);
            left = right1;
          }
          for (; i <= end; i += 2) {
            const s0 = spins[i]!;
            // The last column wraps to the first, which this half may already have updated.
            const right0 = spins[i === end ? row : i + 1]!;
            const x0 = (((a + b) | 0) + d) | 0;
            d = (d + 1) | 0;
            a = b ^ (b >>> 9);
            b = (c + (c << 3)) | 0;
            c = (((c << 21) | (c >>> 11)) + x0) | 0;
            const nb0 = spins[i + up]! + spins[i + down]! + left + right0;
            spins[i] = s0 ^ ((((x0 >>> 1) - threshold[s0 * (nb0 + 5) + 9]!) >> 31) & -2);
            left = right0;
          }
        }
      }
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    this.#sumValid = false;
  }

  /**
   * n Wolff cluster updates (Wolff, 1989): grow a cluster of aligned spins from a random site,
   * adding each aligned neighbour with probability 1 − e^(−2/T), then flip it. Near T_c this
   * decorrelates the lattice far faster than single flips. With a field the flip is accepted
   * with probability min(1, e^(−2h·s·|cluster|/T)), which keeps detailed balance.
   * Returns the number of spins flipped.
   */
  wolff(n = 1): number {
    count(n, 'n');
    let flipped = 0;
    for (let t = 0; t < n; t++) flipped += this.#cluster();
    return flipped;
  }

  #cluster(): number {
    const spins = this.spins;
    const stack = this.#stack;
    const stamp = this.#stamp;
    const p = this.#addProbability;
    if (++this.#generation === 0xffffffff) {
      stamp.fill(0);
      this.#generation = 1;
    }
    const gen = this.#generation;
    const seed = Math.floor(this.#uniform() * spins.length);
    const s = spins[seed]!;
    stamp[seed] = gen;
    stack[0] = seed;
    let members = 1;
    for (let head = 0; head < members; head++) {
      for (const j of this.#neighbours(stack[head]!)) {
        if (stamp[j] !== gen && spins[j] === s && this.#uniform() < p) {
          stamp[j] = gen;
          stack[members++] = j;
        }
      }
    }
    if (this.#field !== 0) {
      const deltaE = 2 * this.#field * s * members;
      if (deltaE > 0 && this.#uniform() >= Math.exp(-deltaE / this.#temperature)) return 0;
    }
    for (let k = 0; k < members; k++) spins[stack[k]!] = -s;
    this.#sum -= 2 * s * members;
    return members;
  }

  /** Σ s_i, recounted only after a sweep has made the running sum stale. */
  #total(): number {
    if (!this.#sumValid) {
      const spins = this.spins;
      let sum = 0;
      for (let i = 0; i < spins.length; i++) sum += spins[i]!;
      this.#sum = sum;
      this.#sumValid = true;
    }
    return this.#sum;
  }

  /** Mean spin m = (1/N)·Σ s_i, in [−1, 1]. After a sweep it costs one pass over the lattice. */
  magnetization(): number {
    return this.#total() / this.spins.length;
  }

  /** Energy per site, (−Σ_⟨ij⟩ s_i s_j − h·Σ s_i)/N, in [−2 − |h|, 2 + |h|]. */
  energy(): number {
    const { size, spins } = this;
    let bonds = 0;
    for (let r = 0; r < size; r++) {
      const row = r * size;
      const down = (r === size - 1 ? 0 : r + 1) * size;
      for (let c = 0; c < size; c++) {
        const s = spins[row + c]!;
        bonds += s * (spins[row + (c === size - 1 ? 0 : c + 1)]! + spins[down + c]!);
      }
    }
    return (-bonds - this.#field * this.#total()) / spins.length;
  }

  /** Runs `burnIn` steps, then averages m, |m|, e, χ and C over `samples` steps; see {@link measureIsing}. */
  measure(options: MeasureOptions = {}): IsingMeasurement {
    return measureIsing(this, options);
  }
}

/** Creates an {@link Ising} lattice; see {@link IsingOptions} for the defaults. */
export function createIsing(options: IsingOptions = {}): Ising {
  return new Ising(options);
}
