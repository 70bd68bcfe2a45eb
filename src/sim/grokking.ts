import { rng } from './rng';
import { inRange, integerInRange, nonNegative, positive } from './validate';
import { adamStep, globalNorm, softmaxInto, tensor, zeroGrads, type Tensor } from './adam';

/** Options of {@link GrokkingModel}. */
export interface GrokkingOptions {
  /** The prime p of (a + b) mod p, integer 5 … 113. Default 47. */
  modulus?: number;
  /** Fraction of the p² pairs trained on, 0.05 … 0.95; the rest are the test set. Default 0.4. */
  trainFraction?: number;
  /** Embedding width of each operand, integer 2 … 128. Default 32. */
  embedding?: number;
  /** Hidden ReLU units, integer 2 … 512. Default 64. */
  hidden?: number;
  /** AdamW step size, > 0. Default 1e-2. */
  learningRate?: number;
  /** Decoupled weight decay of every parameter, 0 … 5 (0 turns it off). Default 1. */
  weightDecay?: number;
  /** Seed of the initial weights and of the train/test split; any finite number. Default 1. */
  seed?: number;
}

const defaults = { modulus: 47, trainFraction: 0.4, embedding: 32, hidden: 64, learningRate: 1e-2, weightDecay: 1, seed: 1 };

/** The model measured at one point of training. */
export interface GrokkingPoint {
  step: number;
  trainLoss: number;
  trainAccuracy: number;
  testLoss: number;
  testAccuracy: number;
  /** Euclidean norm of all parameters together. */
  weightNorm: number;
  /**
   * Share of the embedding's variation at each frequency k = 1 … (p − 1)/2 of the discrete Fourier
   * transform over the p tokens (the constant k = 0 left out); sums to 1.
   */
  spectrum: number[];
  /** Fewest frequencies that together hold {@link KEY_SHARE} of the spectrum: small once the embedding is sparse. */
  keyFrequencies: number;
}

/** Share of the embedding's Fourier power that {@link GrokkingPoint.keyFrequencies} counts frequencies up to. */
export const KEY_SHARE = 0.8;

/** Test accuracy that marks the jump. */
export const GROKKED_ACCURACY = 0.9;

/** The step of the first point whose test accuracy reaches 90 %, or undefined if none has. */
export function grokStep(history: readonly GrokkingPoint[]): number | undefined {
  return history.find((point) => point.testAccuracy >= GROKKED_ACCURACY)?.step;
}

/** The step of the first point whose training accuracy reaches 100 %, or undefined. */
export function memorisedStep(history: readonly GrokkingPoint[]): number | undefined {
  return history.find((point) => point.trainAccuracy >= 1)?.step;
}

/** Pairs a model of `modulus` trains on at `trainFraction`: the rounded share of p², at least 1 and leaving at least 1 to test. */
export function trainPairCount(modulus: number, trainFraction: number): number {
  const pairs = modulus * modulus;
  return Math.min(pairs - 1, Math.max(1, Math.round(trainFraction * pairs)));
}

/** Whether n is prime. */
function isPrime(n: number): boolean {
  for (let i = 2; i * i <= n; i++) if (n % i === 0) return false;
  return n > 1;
}

/**
 * A small network learning (a + b) mod p from a fraction of the table, the setting in which Power
 * et al. (2022) found grokking: training accuracy reaches 100 % early, test accuracy stays near
 * chance long after, then jumps. One embedding E [p, e] is shared by both operands; the two
 * embeddings, concatenated, feed one ReLU layer (W1 [2e, h], b1) and a linear read-out over the p
 * answers (W2 [h, p], b2). Full-batch AdamW (β₂ = 0.98) with weight decay on every parameter.
 * Because the first layer is linear in the embeddings, the per-token projections E·W1 are
 * computed once per step, so an example costs about 3·h·p operations. `step(n)` trains and
 * `evaluate()` measures, with no clock.
 */
export class GrokkingModel {
  readonly modulus: number;
  readonly trainFraction: number;
  readonly embedding: number;
  readonly hidden: number;
  readonly learningRate: number;
  readonly weightDecay: number;
  /** Embedding [p, e], first layer [2e, h] and its bias [h], read-out [h, p] and its bias [p]. */
  readonly tensors: readonly Tensor[];
  /** Training pairs as a·p + b. */
  readonly train: Int32Array;
  /** Held-out pairs as a·p + b. */
  readonly test: Int32Array;
  #steps = 0;
  readonly #E: Tensor;
  readonly #W1: Tensor;
  readonly #b1: Tensor;
  readonly #W2: Tensor;
  readonly #b2: Tensor;
  // Workspace: per-token projections and their gradients, one example's activations.
  readonly #pa: Float64Array;
  readonly #pb: Float64Array;
  readonly #dpa: Float64Array;
  readonly #dpb: Float64Array;
  readonly #pre: Float64Array;
  readonly #act: Float64Array;
  readonly #logits: Float64Array;
  readonly #probs: Float64Array;
  readonly #dact: Float64Array;

  constructor(options: GrokkingOptions = {}) {
    const o = { ...defaults, ...options };
    const p = (this.modulus = integerInRange(o.modulus, 'modulus', 5, 113));
    if (!isPrime(p)) throw new RangeError(`invalid modulus: ${p} (expected a prime)`);
    this.trainFraction = inRange(o.trainFraction, 'trainFraction', 0.05, 0.95);
    const e = (this.embedding = integerInRange(o.embedding, 'embedding', 2, 128));
    const h = (this.hidden = integerInRange(o.hidden, 'hidden', 2, 512));
    this.learningRate = positive(o.learningRate, 'learningRate');
    this.weightDecay = inRange(nonNegative(o.weightDecay, 'weightDecay'), 'weightDecay', 0, 5);
    // Each step multiplies the weights by 1 − lr·decay, which must stay positive.
    if (this.learningRate * this.weightDecay >= 1) throw new RangeError(`invalid learningRate: ${this.learningRate} (expected learningRate × weightDecay < 1)`);
    const init = rng(o.seed);
    const split = rng(o.seed + 0.5);
    this.#E = tensor('embedding', [p, e], 1, init);
    this.#W1 = tensor('hidden', [2 * e, h], 1 / Math.sqrt(2 * e), init);
    this.#b1 = tensor('hidden bias', [h], 0, init);
    this.#W2 = tensor('read-out', [h, p], 1 / Math.sqrt(h), init);
    this.#b2 = tensor('read-out bias', [p], 0, init);
    this.tensors = [this.#E, this.#W1, this.#b1, this.#W2, this.#b2];
    const pairs = Int32Array.from({ length: p * p }, (_, i) => i);
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(split() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
    }
    const trainSize = trainPairCount(p, this.trainFraction);
    this.train = pairs.slice(0, trainSize).sort();
    this.test = pairs.slice(trainSize).sort();
    this.#pa = new Float64Array(p * h);
    this.#pb = new Float64Array(p * h);
    this.#dpa = new Float64Array(p * h);
    this.#dpb = new Float64Array(p * h);
    this.#pre = new Float64Array(h);
    this.#act = new Float64Array(h);
    this.#logits = new Float64Array(p);
    this.#probs = new Float64Array(p);
    this.#dact = new Float64Array(h);
  }

  /** AdamW steps taken so far. */
  get steps(): number {
    return this.#steps;
  }

  /** Trainable parameters. */
  get parameters(): number {
    return this.tensors.reduce((sum, t) => sum + t.value.length, 0);
  }

  /** Takes `n` full-batch AdamW steps; returns the training loss before the last one (NaN when n is 0). */
  step(n = 1): number {
    integerInRange(n, 'n', 0, 1_000_000);
    let loss = NaN;
    for (let i = 0; i < n; i++) {
      loss = this.lossAndGradients();
      adamStep(this.tensors, ++this.#steps, { learningRate: this.learningRate, beta1: 0.9, beta2: 0.98, epsilon: 1e-8, weightDecay: this.weightDecay });
    }
    return loss;
  }

  /** Per-token projections E·W1 for the first operand (rows 0 … e − 1 of W1) and the second (rows e … 2e − 1). */
  #project(): void {
    const { modulus: p, embedding: e, hidden: h } = this;
    const E = this.#E.value, W1 = this.#W1.value;
    for (let t = 0; t < p; t++) {
      for (let j = 0; j < h; j++) {
        let a = 0, b = 0;
        for (let i = 0; i < e; i++) {
          a += E[t * e + i]! * W1[i * h + j]!;
          b += E[t * e + i]! * W1[(e + i) * h + j]!;
        }
        this.#pa[t * h + j] = a;
        this.#pb[t * h + j] = b;
      }
    }
  }

  /** Forward pass of pair a·p + b from the current projections: probabilities in #probs; returns log of the normaliser. */
  #forward(pair: number): void {
    const { modulus: p, hidden: h } = this;
    const a = Math.floor(pair / p), b = pair % p;
    const b1 = this.#b1.value, W2 = this.#W2.value, b2 = this.#b2.value;
    const pre = this.#pre, act = this.#act, logits = this.#logits;
    for (let j = 0; j < h; j++) {
      const z = this.#pa[a * h + j]! + this.#pb[b * h + j]! + b1[j]!;
      pre[j] = z;
      act[j] = z > 0 ? z : 0;
    }
    for (let c = 0; c < p; c++) logits[c] = b2[c]!;
    for (let j = 0; j < h; j++) {
      const x = act[j]!;
      if (x === 0) continue;
      for (let c = 0; c < p; c++) logits[c] += x * W2[j * p + c]!;
    }
    softmaxInto(logits, this.#probs, 0, p);
  }

  /** Mean cross-entropy over the training pairs, with every tensor's gradient written into its `grad`. */
  lossAndGradients(): number {
    const { modulus: p, embedding: e, hidden: h } = this;
    zeroGrads(this.tensors);
    this.#project();
    this.#dpa.fill(0);
    this.#dpb.fill(0);
    const W2 = this.#W2.value, gW2 = this.#W2.grad, gb2 = this.#b2.grad, gb1 = this.#b1.grad;
    const probs = this.#probs, act = this.#act, pre = this.#pre, dact = this.#dact;
    const n = this.train.length;
    let loss = 0;
    for (const pair of this.train) {
      this.#forward(pair);
      const a = Math.floor(pair / p), b = pair % p, target = (a + b) % p;
      loss -= Math.log(Math.max(probs[target]!, 1e-300));
      probs[target] = probs[target]! - 1;
      for (let c = 0; c < p; c++) {
        probs[c] = probs[c]! / n;
        gb2[c] += probs[c]!;
      }
      for (let j = 0; j < h; j++) {
        const x = act[j]!;
        let sum = 0;
        for (let c = 0; c < p; c++) {
          const g = probs[c]!;
          sum += g * W2[j * p + c]!;
          if (x !== 0) gW2[j * p + c] += x * g;
        }
        dact[j] = pre[j]! > 0 ? sum : 0;
      }
      for (let j = 0; j < h; j++) {
        const g = dact[j]!;
        gb1[j] += g;
        this.#dpa[a * h + j] += g;
        this.#dpb[b * h + j] += g;
      }
    }
    const E = this.#E.value, W1 = this.#W1.value, gE = this.#E.grad, gW1 = this.#W1.grad;
    for (let t = 0; t < p; t++) {
      for (let i = 0; i < e; i++) {
        const x = E[t * e + i]!;
        let sum = 0;
        for (let j = 0; j < h; j++) {
          const ga = this.#dpa[t * h + j]!, gb = this.#dpb[t * h + j]!;
          gW1[i * h + j] += x * ga;
          gW1[(e + i) * h + j] += x * gb;
          sum += ga * W1[i * h + j]! + gb * W1[(e + i) * h + j]!;
        }
        gE[t * e + i] += sum;
      }
    }
    return loss / n;
  }

  /** Mean loss and accuracy over `pairs` with the current weights. */
  #measure(pairs: Int32Array): { loss: number; accuracy: number } {
    const p = this.modulus;
    this.#project();
    let loss = 0, correct = 0;
    for (const pair of pairs) {
      this.#forward(pair);
      const target = (Math.floor(pair / p) + (pair % p)) % p;
      loss -= Math.log(Math.max(this.#probs[target]!, 1e-300));
      let best = 0;
      for (let c = 1; c < p; c++) if (this.#probs[c]! > this.#probs[best]!) best = c;
      if (best === target) correct++;
    }
    return { loss: loss / Math.max(1, pairs.length), accuracy: correct / Math.max(1, pairs.length) };
  }

  /** The model's answer for a + b (mod p), by its largest logit. */
  answer(a: number, b: number): number {
    const p = this.modulus;
    integerInRange(a, 'a', 0, p - 1);
    integerInRange(b, 'b', 0, p - 1);
    this.#project();
    this.#forward(a * p + b);
    let best = 0;
    for (let c = 1; c < p; c++) if (this.#probs[c]! > this.#probs[best]!) best = c;
    return best;
  }

  /**
   * Share of the embedding's variation at each frequency k = 1 … (p − 1)/2: for every embedding
   * dimension, the squared magnitude of Σₐ E[a]·e^(−2πika/p), summed over dimensions (k and p − k
   * together), divided by the total.
   */
  spectrum(): number[] {
    const { modulus: p, embedding: e } = this;
    const E = this.#E.value;
    const power: number[] = [];
    for (let k = 1; k <= (p - 1) / 2; k++) {
      let sum = 0;
      for (let i = 0; i < e; i++) {
        let re = 0, im = 0;
        for (let a = 0; a < p; a++) {
          const angle = (2 * Math.PI * k * a) / p;
          re += E[a * e + i]! * Math.cos(angle);
          im -= E[a * e + i]! * Math.sin(angle);
        }
        sum += re * re + im * im;
      }
      power.push(sum);
    }
    const total = power.reduce((a, b) => a + b, 0);
    return power.map((x) => (total > 0 ? x / total : 1 / power.length));
  }

  /** Losses, accuracies, weight norm and embedding spectrum now. */
  evaluate(): GrokkingPoint {
    const train = this.#measure(this.train);
    const test = this.#measure(this.test);
    const spectrum = this.spectrum();
    return {
      step: this.#steps,
      trainLoss: train.loss, trainAccuracy: train.accuracy,
      testLoss: test.loss, testAccuracy: test.accuracy,
      weightNorm: globalNorm(this.tensors),
      spectrum,
      keyFrequencies: keyFrequencies(spectrum),
    };
  }
}

/** Fewest frequencies whose shares add up to at least {@link KEY_SHARE}. */
export function keyFrequencies(spectrum: readonly number[]): number {
  const sorted = [...spectrum].sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) {
    sum += sorted[i]!;
    if (sum >= KEY_SHARE - 1e-12) return i + 1;
  }
  return sorted.length;
}
