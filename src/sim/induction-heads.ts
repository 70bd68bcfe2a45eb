import { rng, randomInt, type Rng } from './rng';
import { integerInRange, positive } from './validate';
import { adamStep, softmaxInto, tensor, zeroGrads, type Tensor } from './adam';

/** Options of {@link InductionModel}. */
export interface InductionOptions {
  /** Distinct tokens, integer 4 … 256. Default 32. */
  vocab?: number;
  /** Tokens per sequence, integer 8 … 128. Default 32. */
  context?: number;
  /** Width of the residual stream, integer 2 … 256, a multiple of `heads`. Default 32. */
  dModel?: number;
  /** Attention heads per layer, integer 1 … 8. Default 2. */
  heads?: number;
  /** Attention layers, 1 or 2 (a one-layer model cannot form an induction head). Default 2. */
  layers?: number;
  /** Sequences per Adam step, integer 1 … 1024. Default 16. */
  batchSize?: number;
  /** Adam step size, > 0. Default 1e-2. */
  learningRate?: number;
  /** Shortest repeated run, integer ≥ 2. Default 8. */
  minRepeat?: number;
  /** Longest repeated run, integer from minRepeat to context / 2. Default 16. */
  maxRepeat?: number;
  /** Fixed sequences the progress is measured on, integer 1 … 1024. Default 32. */
  evalSequences?: number;
  /** Seed of the initial weights, the training stream and the measuring set; any finite number. Default 1. */
  seed?: number;
}

/** The settings of a model built with no options: what the lesson and the widget train. */
export const inductionDefaults = {
  vocab: 32, context: 32, dModel: 32, heads: 2, layers: 2, batchSize: 16, learningRate: 1e-2,
  minRepeat: 8, maxRepeat: 16, evalSequences: 32, seed: 1,
} as const;

/**
 * A training sequence: `period` random distinct tokens, then the same run again and again until
 * the context is full. From position `period` on, every next token can be read off the earlier
 * occurrence of the current one — if the model has learned to look there.
 */
export interface RepeatSequence {
  tokens: Int32Array;
  period: number;
}

/** What one head does on the measuring set, each a mean attention weight (0 … 1) except `copying`. */
export interface HeadScores {
  layer: number;
  head: number;
  /** Mean attention from each token to the token just before it. */
  previousToken: number;
  /**
   * Prefix matching (Olsson et al., 2022): in the repeated part, mean attention from a token to
   * the token that followed its earlier occurrence — where an induction head looks.
   */
  prefixMatching: number;
  /**
   * Copying: fraction of tokens whose own logit is the largest when the head's value–output path
   * maps the token's embedding straight to the unembedding (E·W_V·W_O·U), so attending to a
   * token raises the prediction of that same token.
   */
  copying: number;
}

/** The model measured at one point of training, on the fixed measuring set. */
export interface InductionPoint {
  step: number;
  /**
   * Mean cross-entropy (nats) over every position, the objective training minimises (as
   * `lossAndGradients` counts it), here on the fixed measuring set rather than a fresh batch.
   */
  loss: number;
  /** Mean cross-entropy (nats) where the next token repeats an earlier one: where induction pays. */
  repeatLoss: number;
  /** Mean cross-entropy (nats) inside the first run, where the next token is new and random. */
  firstLoss: number;
  /** Fraction of repeated-part tokens predicted right (top choice). */
  repeatAccuracy: number;
  /**
   * In-context learning score: loss early in the context (first run) minus loss late in it
   * (repeated part), in nats; it grows as the model uses its context. (Olsson et al. define it
   * the other way round, late minus early, so theirs falls.)
   */
  icl: number;
  heads: HeadScores[];
}

/** Accuracy on the repeated part that marks the phase change. */
export const PHASE_CHANGE_ACCURACY = 0.5;

/**
 * The step of the first point at which the model predicts more than half of the repeated tokens
 * right (the sudden drop in loss has happened), or undefined if it has not yet.
 */
export function phaseChangeStep(history: readonly InductionPoint[]): number | undefined {
  return history.find((point) => point.repeatAccuracy > PHASE_CHANGE_ACCURACY)?.step;
}

/** Draws one sequence: a run of `period` distinct tokens (period uniform in minRepeat … maxRepeat) repeated to fill `context`. */
export function repeatSequence(source: Rng, vocab: number, context: number, minRepeat: number, maxRepeat: number): RepeatSequence {
  const period = minRepeat + randomInt(source, maxRepeat - minRepeat + 1);
  const pool = Array.from({ length: vocab }, (_, i) => i);
  for (let i = 0; i < period; i++) {
    const j = i + randomInt(source, vocab - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const tokens = new Int32Array(context);
  for (let t = 0; t < context; t++) tokens[t] = pool[t % period]!;
  return { tokens, period };
}

/** Whether position t's next token repeats an earlier one (t ≥ period). */
const repeated = (t: number, period: number) => t >= period;

/**
 * A small attention-only transformer (no MLPs, no layer norm) trained with Adam to predict the
 * next token of repeated random runs, the task where induction heads pay off (Olsson et al.,
 * 2022). Token and learned position embeddings enter the residual stream; each layer adds the
 * output of `heads` causal softmax attention heads; a linear unembedding gives the logits. The
 * loss is the next-token cross-entropy at every position, as in language-model training. Forward and backward passes are written out by hand
 * over typed arrays; `step(n)` trains and `evaluate()` measures, with no clock, so the same code
 * runs in a test, at build time and in a Web Worker.
 */
export class InductionModel {
  readonly vocab: number;
  readonly context: number;
  readonly dModel: number;
  readonly heads: number;
  readonly layers: number;
  readonly headDim: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly minRepeat: number;
  readonly maxRepeat: number;
  /** Token embedding [vocab, dModel], positions [context, dModel], per-head weights, unembedding [dModel, vocab]. */
  readonly tensors: readonly Tensor[];
  /** The fixed sequences `evaluate` measures on. */
  readonly measuring: readonly RepeatSequence[];
  #steps = 0;
  readonly #data: Rng;
  readonly #E: Tensor;
  readonly #P: Tensor;
  readonly #Wq: Tensor;
  readonly #Wk: Tensor;
  readonly #Wv: Tensor;
  readonly #Wo: Tensor;
  readonly #U: Tensor;
  // Workspace of one sequence's forward pass, kept for its backward pass.
  readonly #x: Float64Array;
  readonly #q: Float64Array;
  readonly #k: Float64Array;
  readonly #v: Float64Array;
  readonly #a: Float64Array;
  readonly #z: Float64Array;
  readonly #logits: Float64Array;
  readonly #probs: Float64Array;
  readonly #dx: Float64Array;
  readonly #dxin: Float64Array;
  readonly #dz: Float64Array;
  readonly #da: Float64Array;
  readonly #dq: Float64Array;
  readonly #dk: Float64Array;
  readonly #dv: Float64Array;

  constructor(options: InductionOptions = {}) {
    const o = { ...inductionDefaults, ...options };
    this.vocab = integerInRange(o.vocab, 'vocab', 4, 256);
    this.context = integerInRange(o.context, 'context', 8, 128);
    this.heads = integerInRange(o.heads, 'heads', 1, 8);
    this.dModel = integerInRange(o.dModel, 'dModel', 2, 256);
    if (this.dModel % this.heads !== 0) throw new RangeError(`invalid dModel: ${this.dModel} (expected a multiple of heads, ${this.heads})`);
    this.layers = integerInRange(o.layers, 'layers', 1, 2);
    this.batchSize = integerInRange(o.batchSize, 'batchSize', 1, 1024);
    this.learningRate = positive(o.learningRate, 'learningRate');
    this.maxRepeat = integerInRange(o.maxRepeat, 'maxRepeat', 2, Math.min(this.vocab, Math.floor(this.context / 2)));
    this.minRepeat = integerInRange(o.minRepeat, 'minRepeat', 2, this.maxRepeat);
    const evalSequences = integerInRange(o.evalSequences, 'evalSequences', 1, 1024);
    const seed = o.seed;
    const init = rng(seed);
    this.#data = rng(seed + 0.5);
    const measure = rng(seed + 0.25);
    const { vocab: V, context: T, dModel: d, heads: H, layers: L } = this;
    const dh = (this.headDim = d / H);
    this.#E = tensor('embedding', [V, d], 1 / Math.sqrt(d), init);
    this.#P = tensor('positions', [T, d], 1 / Math.sqrt(d), init);
    this.#Wq = tensor('query', [L, H, d, dh], 1 / Math.sqrt(d), init);
    this.#Wk = tensor('key', [L, H, d, dh], 1 / Math.sqrt(d), init);
    this.#Wv = tensor('value', [L, H, d, dh], 1 / Math.sqrt(d), init);
    this.#Wo = tensor('output', [L, H, dh, d], 1 / Math.sqrt(d), init);
    this.#U = tensor('unembedding', [d, V], 1 / Math.sqrt(d), init);
    this.tensors = [this.#E, this.#P, this.#Wq, this.#Wk, this.#Wv, this.#Wo, this.#U];
    this.measuring = Array.from({ length: evalSequences }, () => this.#draw(measure));
    this.#x = new Float64Array((L + 1) * T * d);
    this.#q = new Float64Array(L * H * T * dh);
    this.#k = new Float64Array(L * H * T * dh);
    this.#v = new Float64Array(L * H * T * dh);
    this.#z = new Float64Array(L * H * T * dh);
    this.#a = new Float64Array(L * H * T * T);
    this.#logits = new Float64Array(T * V);
    this.#probs = new Float64Array(T * V);
    this.#dx = new Float64Array(T * d);
    this.#dxin = new Float64Array(T * d);
    this.#dz = new Float64Array(T * dh);
    this.#da = new Float64Array(T * T);
    this.#dq = new Float64Array(T * dh);
    this.#dk = new Float64Array(T * dh);
    this.#dv = new Float64Array(T * dh);
  }

  /** Adam steps taken so far. */
  get steps(): number {
    return this.#steps;
  }

  /** Trainable parameters. */
  get parameters(): number {
    return this.tensors.reduce((sum, t) => sum + t.value.length, 0);
  }

  #draw(source: Rng): RepeatSequence {
    return repeatSequence(source, this.vocab, this.context, this.minRepeat, this.maxRepeat);
  }

  /** Draws the next training batch from the model's own data stream. */
  nextBatch(): RepeatSequence[] {
    return Array.from({ length: this.batchSize }, () => this.#draw(this.#data));
  }

  /** Takes `n` Adam steps, each on a fresh batch; returns the last batch's training loss (NaN when n is 0). */
  step(n = 1): number {
    integerInRange(n, 'n', 0, 1_000_000);
    let loss = NaN;
    for (let i = 0; i < n; i++) {
      loss = this.lossAndGradients(this.nextBatch());
      adamStep(this.tensors, ++this.#steps, { learningRate: this.learningRate, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, weightDecay: 0 });
    }
    return loss;
  }

  /**
   * Mean next-token cross-entropy over every position of `batch`, with the gradient of every tensor
   * written into its `grad` (replacing what was there).
   */
  lossAndGradients(batch: readonly RepeatSequence[]): number {
    zeroGrads(this.tensors);
    const count = batch.length * (this.context - 1);
    let loss = 0;
    for (const sequence of batch) loss += this.#sequence(sequence, count);
    return loss / count;
  }

  /** Forward and backward pass of one sequence; returns its summed loss, gradients scaled by 1 / count. */
  #sequence({ tokens }: RepeatSequence, count: number): number {
    const { context: T, vocab: V } = this;
    this.#forward(tokens);
    const dlogits = this.#probs; // turned into the gradient of the logits in place
    let loss = 0;
    for (let t = 0; t < T; t++) {
      const row = t * V;
      if (t < T - 1) {
        const target = tokens[t + 1]!;
        loss -= Math.log(Math.max(dlogits[row + target]!, 1e-300));
        for (let c = 0; c < V; c++) dlogits[row + c] = dlogits[row + c]! / count;
        dlogits[row + target] = dlogits[row + target]! - 1 / count;
      } else {
        dlogits.fill(0, row, row + V);
      }
    }
    this.#backward(tokens, dlogits);
    return loss;
  }

  /** The forward pass: residual streams, attention patterns and next-token probabilities of `tokens`. */
  #forward(tokens: Int32Array): void {
    const { context: T, vocab: V, dModel: d, heads: H, layers: L, headDim: dh } = this;
    const x = this.#x;
    const E = this.#E.value, P = this.#P.value;
    const Wq = this.#Wq.value, Wk = this.#Wk.value, Wv = this.#Wv.value, Wo = this.#Wo.value, U = this.#U.value;
    const q = this.#q, k = this.#k, v = this.#v, a = this.#a, z = this.#z;
    const scale = 1 / Math.sqrt(dh);
    for (let t = 0; t < T; t++) {
      const e = tokens[t]! * d;
      for (let i = 0; i < d; i++) x[t * d + i] = E[e + i]! + P[t * d + i]!;
    }
    for (let l = 0; l < L; l++) {
      const xin = l * T * d;
      const xout = (l + 1) * T * d;
      x.copyWithin(xout, xin, xin + T * d);
      for (let h = 0; h < H; h++) {
        const lh = l * H + h;
        const w = lh * d * dh;
        const o = lh * T * dh;
        const ao = lh * T * T;
        for (let t = 0; t < T; t++) {
          for (let j = 0; j < dh; j++) {
            let sq = 0, sk = 0, sv = 0;
            for (let i = 0; i < d; i++) {
              const xi = x[xin + t * d + i]!;
              const wi = w + i * dh + j;
              sq += xi * Wq[wi]!;
              sk += xi * Wk[wi]!;
              sv += xi * Wv[wi]!;
            }
            q[o + t * dh + j] = sq;
            k[o + t * dh + j] = sk;
            v[o + t * dh + j] = sv;
          }
        }
        for (let t = 0; t < T; t++) {
          const row = ao + t * T;
          for (let s = 0; s <= t; s++) {
            let dot = 0;
            for (let j = 0; j < dh; j++) dot += q[o + t * dh + j]! * k[o + s * dh + j]!;
            a[row + s] = dot * scale;
          }
          softmaxInto(a, a, row, t + 1);
          a.fill(0, row + t + 1, row + T);
          for (let j = 0; j < dh; j++) {
            let sum = 0;
            for (let s = 0; s <= t; s++) sum += a[row + s]! * v[o + s * dh + j]!;
            z[o + t * dh + j] = sum;
          }
        }
        const wo = lh * dh * d;
        for (let t = 0; t < T; t++) {
          for (let j = 0; j < dh; j++) {
            const zj = z[o + t * dh + j]!;
            for (let i = 0; i < d; i++) x[xout + t * d + i] += zj * Wo[wo + j * d + i]!;
          }
        }
      }
    }
    const last = L * T * d;
    const logits = this.#logits;
    for (let t = 0; t < T; t++) {
      for (let c = 0; c < V; c++) {
        let sum = 0;
        for (let i = 0; i < d; i++) sum += x[last + t * d + i]! * U[i * V + c]!;
        logits[t * V + c] = sum;
      }
      softmaxInto(logits, this.#probs, t * V, V);
    }
  }

  /** The backward pass from the gradient of the logits, adding into every tensor's `grad`. */
  #backward(tokens: Int32Array, dlogits: Float64Array): void {
    const { context: T, vocab: V, dModel: d, heads: H, layers: L, headDim: dh } = this;
    const x = this.#x, q = this.#q, k = this.#k, v = this.#v, a = this.#a, z = this.#z;
    const Wq = this.#Wq.value, Wk = this.#Wk.value, Wv = this.#Wv.value, Wo = this.#Wo.value, U = this.#U.value;
    const gWq = this.#Wq.grad, gWk = this.#Wk.grad, gWv = this.#Wv.grad, gWo = this.#Wo.grad, gU = this.#U.grad;
    const dx = this.#dx, dxin = this.#dxin, dz = this.#dz, da = this.#da, dq = this.#dq, dk = this.#dk, dv = this.#dv;
    const scale = 1 / Math.sqrt(dh);
    const last = L * T * d;
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < d; i++) {
        let sum = 0;
        const xi = x[last + t * d + i]!;
        for (let c = 0; c < V; c++) {
          const g = dlogits[t * V + c]!;
          sum += g * U[i * V + c]!;
          gU[i * V + c] += xi * g;
        }
        dx[t * d + i] = sum;
      }
    }
    for (let l = L - 1; l >= 0; l--) {
      const xin = l * T * d;
      dxin.set(dx);
      for (let h = 0; h < H; h++) {
        const lh = l * H + h;
        const w = lh * d * dh;
        const wo = lh * dh * d;
        const o = lh * T * dh;
        const ao = lh * T * T;
        for (let t = 0; t < T; t++) {
          for (let j = 0; j < dh; j++) {
            let sum = 0;
            const zj = z[o + t * dh + j]!;
            for (let i = 0; i < d; i++) {
              const g = dx[t * d + i]!;
              sum += g * Wo[wo + j * d + i]!;
              gWo[wo + j * d + i] += zj * g;
            }
            dz[t * dh + j] = sum;
          }
        }
        dv.fill(0);
        dk.fill(0);
        for (let t = 0; t < T; t++) {
          const row = ao + t * T;
          let weighted = 0;
          for (let s = 0; s <= t; s++) {
            let dot = 0;
            const as = a[row + s]!;
            for (let j = 0; j < dh; j++) {
              dot += dz[t * dh + j]! * v[o + s * dh + j]!;
              dv[s * dh + j] += as * dz[t * dh + j]!;
            }
            da[t * T + s] = dot;
            weighted += as * dot;
          }
          for (let j = 0; j < dh; j++) dq[t * dh + j] = 0;
          for (let s = 0; s <= t; s++) {
            const ds = a[row + s]! * (da[t * T + s]! - weighted) * scale;
            for (let j = 0; j < dh; j++) {
              dq[t * dh + j] += ds * k[o + s * dh + j]!;
              dk[s * dh + j] += ds * q[o + t * dh + j]!;
            }
          }
        }
        for (let t = 0; t < T; t++) {
          for (let i = 0; i < d; i++) {
            const xi = x[xin + t * d + i]!;
            let sum = 0;
            for (let j = 0; j < dh; j++) {
              const wi = w + i * dh + j;
              const gq = dq[t * dh + j]!, gk = dk[t * dh + j]!, gv = dv[t * dh + j]!;
              gWq[wi] += xi * gq;
              gWk[wi] += xi * gk;
              gWv[wi] += xi * gv;
              sum += gq * Wq[wi]! + gk * Wk[wi]! + gv * Wv[wi]!;
            }
            dxin[t * d + i] += sum;
          }
        }
      }
      dx.set(dxin);
    }
    const gE = this.#E.grad, gP = this.#P.grad;
    for (let t = 0; t < T; t++) {
      const e = tokens[t]! * d;
      for (let i = 0; i < d; i++) {
        gE[e + i] += dx[t * d + i]!;
        gP[t * d + i] += dx[t * d + i]!;
      }
    }
  }

  /**
   * The attention pattern of every head on `tokens`: `[layer][head]` is a context × context
   * matrix, row t the weights with which position t attends to positions 0 … t (zeros after t).
   */
  attention(tokens: Int32Array): number[][][][] {
    if (tokens.length !== this.context) throw new RangeError(`invalid tokens: length ${tokens.length} (expected ${this.context})`);
    this.#forward(tokens);
    const { context: T, heads: H, layers: L } = this;
    return Array.from({ length: L }, (_, l) => Array.from({ length: H }, (_, h) =>
      Array.from({ length: T }, (_, t) => Array.from(this.#a.subarray((l * H + h) * T * T + t * T, (l * H + h) * T * T + (t + 1) * T)))));
  }

  /** The next-token probabilities the model gives at each position of `tokens`, [context][vocab]. */
  predict(tokens: Int32Array): number[][] {
    this.#forward(tokens);
    const { context: T, vocab: V } = this;
    return Array.from({ length: T }, (_, t) => Array.from(this.#probs.subarray(t * V, (t + 1) * V)));
  }

  /** Losses (overall, repeated part, first run), accuracy, in-context score and per-head scores on the fixed measuring set. */
  evaluate(): InductionPoint {
    const { context: T, vocab: V, heads: H, layers: L } = this;
    let loss = 0, repeatLoss = 0, repeatCount = 0, correct = 0, firstLoss = 0, firstCount = 0;
    const previous = new Float64Array(L * H), prefix = new Float64Array(L * H);
    let previousCount = 0, prefixCount = 0;
    for (const { tokens, period } of this.measuring) {
      this.#forward(tokens);
      const probs = this.#probs;
      for (let t = 0; t < T - 1; t++) {
        const target = tokens[t + 1]!;
        const nll = -Math.log(Math.max(probs[t * V + target]!, 1e-300));
        loss += nll;
        if (repeated(t, period)) {
          repeatLoss += nll;
          repeatCount++;
          let best = 0;
          for (let c = 1; c < V; c++) if (probs[t * V + c]! > probs[t * V + best]!) best = c;
          if (best === target) correct++;
        } else if (t < period - 1) {
          firstLoss += nll;
          firstCount++;
        }
      }
      for (let lh = 0; lh < L * H; lh++) {
        for (let t = 1; t < T; t++) previous[lh] += this.#a[lh * T * T + t * T + t - 1]!;
        for (let t = period; t < T; t++) prefix[lh] += this.#a[lh * T * T + t * T + t - period + 1]!;
      }
      previousCount += T - 1;
      prefixCount += T - period;
    }
    const heads: HeadScores[] = [];
    for (let l = 0; l < L; l++) {
      for (let h = 0; h < H; h++) {
        const lh = l * H + h;
        heads.push({ layer: l + 1, head: h + 1, previousToken: previous[lh]! / previousCount, prefixMatching: prefix[lh]! / prefixCount, copying: this.#copying(l, h) });
      }
    }
    const repeat = repeatLoss / repeatCount;
    const first = firstLoss / firstCount;
    return { step: this.#steps, loss: loss / (this.measuring.length * (T - 1)), repeatLoss: repeat, firstLoss: first, repeatAccuracy: correct / repeatCount, icl: first - repeat, heads };
  }

  /** Fraction of tokens whose own logit is the largest through the head's direct value–output path E·W_V·W_O·U. */
  #copying(l: number, h: number): number {
    const { vocab: V, dModel: d, heads: H, headDim: dh } = this;
    const E = this.#E.value, Wv = this.#Wv.value, Wo = this.#Wo.value, U = this.#U.value;
    const w = (l * H + h) * d * dh, wo = (l * H + h) * dh * d;
    const ev = new Float64Array(dh), out = new Float64Array(d);
    let copies = 0;
    for (let token = 0; token < V; token++) {
      ev.fill(0);
      for (let i = 0; i < d; i++) for (let j = 0; j < dh; j++) ev[j] += E[token * d + i]! * Wv[w + i * dh + j]!;
      out.fill(0);
      for (let j = 0; j < dh; j++) for (let i = 0; i < d; i++) out[i] += ev[j]! * Wo[wo + j * d + i]!;
      let best = 0, bestLogit = -Infinity;
      for (let c = 0; c < V; c++) {
        let logit = 0;
        for (let i = 0; i < d; i++) logit += out[i]! * U[i * V + c]!;
        if (logit > bestLogit) [best, bestLogit] = [c, logit];
      }
      if (best === token) copies++;
    }
    return copies / V;
  }
}
