import { rng, type Rng } from './rng';
import { count, finite, inRange, integerInRange, positive } from './validate';

/** Options of {@link createFlock}. */
export interface FlockOptions {
  /** Number of particles, integer 1 … 200 000. Default 300. */
  n?: number;
  /** Noise amplitude η in radians, 0 … 2π: each step adds a uniform angle in [−η/2, η/2]. Default 0.5. */
  noise?: number;
  /** Interaction radius r, > 0: particles align with every neighbour closer than r, themselves included. Default 1. */
  radius?: number;
  /** Distance v₀ travelled per step, > 0. Default 0.03, as in Vicsek et al. 1995. */
  speed?: number;
  /** Side L of the periodic square box, > 0. Default 7·√(n/300), keeping the density of Vicsek's Fig. 1 (300 particles, L = 7). */
  boxSize?: number;
  /** Seed of the random stream; any finite number. Default 1. */
  seed?: number;
}

const defaults = { n: 300, noise: 0.5, radius: 1, speed: 0.03, seed: 1 };

/**
 * The Vicsek model of self-driven particles (Vicsek, Czirók, Ben-Jacob, Cohen & Shochet, PRL 75,
 * 1995): each step every particle moves v₀ along its heading, then takes the mean heading of its
 * neighbours within r plus a uniform noise: θ_i ← arg Σ_{|x_j − x_i| < r} e^{iθ_j} + Δθ. As the
 * noise falls (or the density rises) the flock orders. Neighbours are found with a cell list
 * (cells of side ≥ r), so a step costs O(n) at fixed density instead of O(n²).
 */
export class Flock {
  /** Number of particles. */
  readonly n: number;
  /** Side of the periodic box. */
  readonly boxSize: number;
  /** Interaction radius. */
  readonly radius: number;
  /** Distance travelled per step. */
  readonly speed: number;
  /** Positions x₀, y₀, x₁, y₁, … in [0, boxSize), updated in place for drawing. */
  readonly positions: Float64Array;
  /** Headings in radians, (−π, π], updated in place for drawing. */
  readonly headings: Float64Array;
  #noise: number;
  readonly #random: Rng;
  readonly #cells: number;
  readonly #cos: Float64Array;
  readonly #sin: Float64Array;
  readonly #next: Float64Array;
  readonly #cellOf: Int32Array;
  readonly #cellStart: Int32Array;
  readonly #fill: Int32Array;
  readonly #order: Int32Array;
  /** For each cell, the distinct cells of its 3 × 3 block (fewer than 9 when the grid has under 3 cells a side). */
  readonly #block: Int32Array;
  readonly #blockSize: Uint8Array;

  constructor(options: FlockOptions = {}) {
    const o = { ...defaults, ...options };
    this.n = integerInRange(o.n, 'n', 1, 200_000);
    this.#noise = inRange(o.noise, 'noise', 0, 2 * Math.PI);
    this.radius = positive(o.radius, 'radius');
    this.speed = positive(o.speed, 'speed');
    this.boxSize = positive(o.boxSize ?? 7 * Math.sqrt(this.n / 300), 'boxSize');
    this.#random = rng(finite(o.seed, 'seed'));
    // Cells of side L/m ≥ r, so every neighbour is in the 3 × 3 block around a particle's cell;
    // no more cells a side than √n, since cells beyond one particle each only cost memory.
    this.#cells = Math.max(1, Math.min(Math.ceil(Math.sqrt(this.n)), Math.floor(this.boxSize / this.radius)));
    const n = this.n;
    this.positions = new Float64Array(2 * n);
    this.headings = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.positions[2 * i] = this.#random() * this.boxSize;
      this.positions[2 * i + 1] = this.#random() * this.boxSize;
      this.headings[i] = Math.PI * (2 * this.#random() - 1);
    }
    this.#cos = new Float64Array(n);
    this.#sin = new Float64Array(n);
    this.#next = new Float64Array(n);
    this.#cellOf = new Int32Array(n);
    const m = this.#cells;
    this.#cellStart = new Int32Array(m * m + 1);
    this.#fill = new Int32Array(m * m);
    this.#order = new Int32Array(n);
    this.#block = new Int32Array(m * m * 9);
    this.#blockSize = new Uint8Array(m * m);
    for (let cy = 0; cy < m; cy++) {
      for (let cx = 0; cx < m; cx++) {
        const cell = cy * m + cx;
        const seen = new Set<number>();
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) seen.add(((cy + dy + m) % m) * m + ((cx + dx + m) % m));
        }
        let k = 0;
        for (const c of seen) this.#block[cell * 9 + k++] = c;
        this.#blockSize[cell] = k;
      }
    }
  }

  /** Current noise amplitude η (radians). */
  get noise(): number {
    return this.#noise;
  }

  /** Changes η (0 … 2π) for the next steps; positions and headings are kept. */
  setNoise(noise: number): void {
    this.#noise = inRange(noise, 'noise', 0, 2 * Math.PI);
  }

  /** Sorts particles by cell (counting sort) into #order, with #cellStart[c] … #cellStart[c + 1] the range of cell c. */
  #bin(): void {
    const { n, positions } = this;
    const m = this.#cells;
    const scale = m / this.boxSize;
    const start = this.#cellStart;
    const cellOf = this.#cellOf;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const cx = Math.min(m - 1, (positions[2 * i]! * scale) | 0);
      const cy = Math.min(m - 1, (positions[2 * i + 1]! * scale) | 0);
      const cell = cy * m + cx;
      cellOf[i] = cell;
      start[cell + 1]!++;
    }
    for (let c = 0; c < m * m; c++) start[c + 1]! += start[c]!;
    const fill = this.#fill;
    fill.set(start.subarray(0, m * m));
    for (let i = 0; i < n; i++) this.#order[fill[cellOf[i]!]!++] = i;
  }

  /** Advances the flock by n steps. */
  step(steps = 1): void {
    count(steps, 'steps');
    for (let t = 0; t < steps; t++) this.#advance();
  }

  #advance(): void {
    const { n, positions, headings, boxSize: box, speed } = this;
    const cos = this.#cos;
    const sin = this.#sin;
    for (let i = 0; i < n; i++) {
      cos[i] = Math.cos(headings[i]!);
      sin[i] = Math.sin(headings[i]!);
    }
    this.#bin();
    const start = this.#cellStart;
    const order = this.#order;
    const cellOf = this.#cellOf;
    const block = this.#block;
    const blockSize = this.#blockSize;
    const r2 = this.radius * this.radius;
    const half = box / 2;
    const noise = this.#noise;
    const random = this.#random;
    const next = this.#next;
    for (let i = 0; i < n; i++) {
      const xi = positions[2 * i]!;
      const yi = positions[2 * i + 1]!;
      const cell = cellOf[i]!;
      let sx = 0;
      let sy = 0;
      for (let b = cell * 9, bEnd = b + blockSize[cell]!; b < bEnd; b++) {
        const c = block[b]!;
        for (let k = start[c]!, end = start[c + 1]!; k < end; k++) {
          const j = order[k]!;
          let dx = positions[2 * j]! - xi;
          let dy = positions[2 * j + 1]! - yi;
          if (dx > half) dx -= box;
          else if (dx < -half) dx += box;
          if (dy > half) dy -= box;
          else if (dy < -half) dy += box;
          if (dx * dx + dy * dy < r2) {
            sx += cos[j]!;
            sy += sin[j]!;
          }
        }
      }
      next[i] = Math.atan2(sy, sx) + noise * (random() - 0.5);
    }
    for (let i = 0; i < n; i++) {
      let x = positions[2 * i]! + speed * cos[i]!;
      let y = positions[2 * i + 1]! + speed * sin[i]!;
      x -= box * Math.floor(x / box);
      y -= box * Math.floor(y / box);
      positions[2 * i] = x >= box ? 0 : x;
      positions[2 * i + 1] = y >= box ? 0 : y;
      let h = next[i]!;
      if (h > Math.PI) h -= 2 * Math.PI;
      else if (h <= -Math.PI) h += 2 * Math.PI;
      headings[i] = h;
    }
  }

  /** Order parameter v_a = |Σ_i e^{iθ_i}| / n (Vicsek et al. 1995): 1 when all move alike, ≈ 1/√n when disordered. */
  polarization(): number {
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < this.n; i++) {
      sx += Math.cos(this.headings[i]!);
      sy += Math.sin(this.headings[i]!);
    }
    return Math.min(1, Math.hypot(sx, sy) / this.n);
  }
}

/** Creates a {@link Flock}; see {@link FlockOptions} for the defaults. */
export function createFlock(options: FlockOptions = {}): Flock {
  return new Flock(options);
}
