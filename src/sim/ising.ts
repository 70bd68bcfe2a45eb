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

/**
 * A 2-D Ising model on a periodic square lattice, H = −Σ_⟨ij⟩ s_i s_j − h Σ_i s_i. It steps
 * only when asked (`sweep`, `wolff`); drawing and timing belong to the view.
 */
export class Ising {
  /** Side of the lattice. */
  readonly size: number;
  /**
   * Spins ±1, row-major (index r·size + c), updated in place so a canvas can read them without
   * copying. Read-only for callers: the model caches sums of it.
   */
  readonly spins: Int8Array;
  /** Sum of the four neighbours of each site, kept up to date on every flip: one load per site instead of four. */
  readonly #local: Int8Array;
  readonly #around = new Int32Array(4);
  #temperature: number;
  #field: number;
  #sum = 0;
  /** State of the lattice's sfc32 generator, shared by every update so a seed fixes the whole run. */
  readonly #state: Int32Array;
  /**
   * Metropolis acceptance min(1, e^(−ΔE/T)) scaled to 2^32, so that a raw 32-bit random integer u
   * accepts when u < threshold; indexed by (s = +1 ? 5 : 0) + (Σ neighbours + 4)/2.
   */
  readonly #threshold = new Float64Array(10);
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
    this.#local = new Int8Array(n);
    for (let i = 0; i < n; i++) {
      for (const j of this.#neighbours(i)) this.#local[i]! += this.spins[j]!;
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
    for (let si = 0; si < 2; si++) {
      const s = si === 0 ? -1 : 1;
      for (let k = 0; k < 5; k++) {
        const deltaE = 2 * s * (2 * k - 4 + this.#field);
        this.#threshold[si * 5 + k] = deltaE <= 0 ? 4294967296 : Math.floor(Math.exp(-deltaE / this.#temperature) * 4294967296);
      }
    }
    this.#addProbability = 1 - Math.exp(-2 / this.#temperature);
  }

  /**
   * n Metropolis sweeps (Metropolis et al., 1953): each visits every site once in row order and
   * flips it with probability min(1, e^(−ΔE/T)), ΔE = 2·s·(Σ neighbours + h).
   */
  sweep(n = 1): void {
    count(n, 'n');
    const { size, spins } = this;
    const local = this.#local;
    const threshold = this.#threshold;
    const state = this.#state;
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    let sum = this.#sum;
    for (let t = 0; t < n; t++) {
      for (let r = 0; r < size; r++) {
        const row = r * size;
        const up = (r === 0 ? size - 1 : r - 1) * size - row;
        const down = (r === size - 1 ? 0 : r + 1) * size - row;
        for (let col = 0; col < size; col++) {
          const i = row + col;
          const s = spins[i]!;
          // sfc32Next, inlined on locals: this loop is the hot path of the lattice widget.
          const x = (((a + b) | 0) + d) | 0;
          d = (d + 1) | 0;
          a = b ^ (b >>> 9);
          b = (c + (c << 3)) | 0;
          c = (((c << 21) | (c >>> 11)) + x) | 0;
          if ((x >>> 0) < threshold[((s + 1) >> 1) * 5 + ((local[i]! + 4) >> 1)]!) {
            spins[i] = -s;
            sum -= 2 * s;
            const change = -2 * s;
            local[i + up]! += change;
            local[i + down]! += change;
            local[col === 0 ? i + size - 1 : i - 1]! += change;
            local[col === size - 1 ? i - size + 1 : i + 1]! += change;
          }
        }
      }
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    this.#sum = sum;
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
    const local = this.#local;
    const change = -2 * s;
    for (let k = 0; k < members; k++) {
      const i = stack[k]!;
      spins[i] = -s;
      for (const j of this.#neighbours(i)) local[j]! += change;
    }
    this.#sum -= 2 * s * members;
    return members;
  }

  /** Mean spin m = (1/N)·Σ s_i, in [−1, 1]. */
  magnetization(): number {
    return this.#sum / this.spins.length;
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
    return (-bonds - this.#field * this.#sum) / spins.length;
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
