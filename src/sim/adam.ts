import { randomNormal, type Rng } from './rng';

/**
 * One parameter tensor of a hand-differentiated network: its values, the gradient the backward
 * pass adds into, and Adam's two moment estimates, all flat row-major `Float64Array`s. Float64
 * keeps finite-difference gradient checks exact to about 1e-7 and costs little at these sizes.
 */
export interface Tensor {
  name: string;
  shape: readonly number[];
  value: Float64Array;
  grad: Float64Array;
  m: Float64Array;
  v: Float64Array;
}

/** A tensor of `shape` with entries drawn from N(0, sd²) by `source` (zeros when sd is 0). */
export function tensor(name: string, shape: readonly number[], sd: number, source: Rng): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const value = new Float64Array(size);
  if (sd > 0) for (let i = 0; i < size; i++) value[i] = randomNormal(source, 0, sd);
  return { name, shape, value, grad: new Float64Array(size), m: new Float64Array(size), v: new Float64Array(size) };
}

/** Sets every gradient to zero before a backward pass. */
export function zeroGrads(tensors: readonly Tensor[]): void {
  for (const t of tensors) t.grad.fill(0);
}

/** Settings of {@link adamStep}. */
export interface AdamSettings {
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Decoupled weight decay (AdamW, Loshchilov & Hutter, 2019): each step multiplies weights by 1 − lr·decay. */
  weightDecay: number;
}

/**
 * One AdamW update of every tensor from its gradient (Kingma & Ba, 2015; decoupled weight decay
 * of Loshchilov & Hutter, 2019). `t` is the 1-based step number, for the bias correction.
 */
export function adamStep(tensors: readonly Tensor[], t: number, s: AdamSettings): void {
  const c1 = 1 - s.beta1 ** t;
  const c2 = 1 - s.beta2 ** t;
  const shrink = 1 - s.learningRate * s.weightDecay;
  for (const { value, grad, m, v } of tensors) {
    for (let i = 0; i < value.length; i++) {
      const g = grad[i]!;
      const mi = (m[i] = s.beta1 * m[i]! + (1 - s.beta1) * g);
      const vi = (v[i] = s.beta2 * v[i]! + (1 - s.beta2) * g * g);
      value[i] = value[i]! * shrink - (s.learningRate * (mi / c1)) / (Math.sqrt(vi / c2) + s.epsilon);
    }
  }
}

/** Euclidean norm of all values of `tensors` together. */
export function globalNorm(tensors: readonly Tensor[]): number {
  let sum = 0;
  for (const { value } of tensors) for (let i = 0; i < value.length; i++) sum += value[i]! * value[i]!;
  return Math.sqrt(sum);
}

/**
 * Softmax of `logits[offset … offset + n)` written into `out[offset …)`, shifted by the maximum so
 * no exponent overflows; returns the log of the normaliser (log Σ exp(logit − max)) plus the max.
 */
export function softmaxInto(logits: Float64Array, out: Float64Array, offset: number, n: number): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (logits[offset + i]! > max) max = logits[offset + i]!;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp(logits[offset + i]! - max);
    out[offset + i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[offset + i] = out[offset + i]! / sum;
  return max + Math.log(sum);
}
