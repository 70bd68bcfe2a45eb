import { rng, randomNormal } from './rng';
import { count, finite, integerAtLeast, integerInRange, positive } from './validate';
import { allocateProblems, writeProblem, type AdditionProblems } from './adder-data';

/** Options of {@link trainAdder}. */
export interface AdderOptions {
  /** Hidden units of the network, integer 1 … 4096. Default 16. */
  width?: number;
  /** Digits of each operand, integer 1 … 6; the sum has digits + 1. Default 3. */
  digits?: number;
  /** Optimiser steps (mini-batches), integer ≥ 0. Default 1500. */
  steps?: number;
  /** Examples per mini-batch, integer ≥ 1. Default 32. */
  batchSize?: number;
  /** Adam step size, > 0. Default 0.02. */
  learningRate?: number;
  /**
   * Distinct held-out problems the accuracies are measured on, integer from 1 to half the number
   * of possible problems (10^(2·digits) / 2), so training always has problems left. Default 500,
   * or that half when it is smaller (50 for one digit).
   */
  testSize?: number;
  /** Steps between two history points, integer ≥ 1. Default steps / 20, at least 1. */
  evalEvery?: number;
  /** Seed of the initial weights, the training stream and the held-out set; any finite number. Default 1. */
  seed?: number;
}

const defaults = { width: 16, digits: 3, steps: 1500, batchSize: 32, learningRate: 0.02, seed: 1 };

/** Accuracies on the held-out set at one point of training. */
export interface AdderPoint {
  /** Optimiser steps taken so far. */
  step: number;
  /** Mean cross-entropy per output digit on the held-out set, nats. */
  loss: number;
  /** Accuracy of each output digit, least significant first (length digits + 1). */
  digitAccuracy: number[];
  /** Mean of digitAccuracy. */
  meanDigitAccuracy: number;
  /** Fraction of held-out sums with every digit right. Never above the worst digit's accuracy. */
  exactMatch: number;
}

/** What {@link trainAdder} returns. */
export interface AdderResult {
  width: number;
  digits: number;
  /** Trainable parameters of the network. */
  parameters: number;
  /** Held-out accuracies every evalEvery steps, first at step 0, last at the final step. */
  history: AdderPoint[];
  /** The last point of the history. */
  final: AdderPoint;
}

/**
 * Trains a one-hidden-layer perceptron to add two `digits`-digit numbers and records its
 * held-out accuracy as it learns. Encoding: each operand digit is one-hot (2·digits·10 inputs,
 * least significant first); each of the digits + 1 output positions is its own 10-way softmax
 * with a cross-entropy loss, so the network is scored digit by digit. Hidden units use tanh.
 * Training samples fresh problems every step (never one of the held-out ones), with Adam
 * (Kingma & Ba, 2015). Backpropagation is written out by hand over typed arrays, with no DOM
 * and no globals, so the same code runs in a Web Worker; `onProgress` receives each history point
 * and the number of steps the run will take.
 *
 * Why this shows emergence: a sum is right only if every digit is, so exact match is roughly the
 * product of the digit accuracies, which makes it rise late and steeply with width while the
 * per-digit accuracy rises smoothly (the compounding argument, on a network you can train).
 */
export function trainAdder(options: AdderOptions = {}, onProgress?: (point: AdderPoint, steps: number) => void): AdderResult {
  const o = { ...defaults, ...options };
  const width = integerInRange(o.width, 'width', 1, 4096);
  const digits = integerInRange(o.digits, 'digits', 1, 6);
  const steps = count(o.steps, 'steps');
  const batchSize = integerInRange(o.batchSize, 'batchSize', 1, 1_000_000);
  const lr = positive(o.learningRate, 'learningRate');
  const maxTest = Math.floor(10 ** (2 * digits) / 2);
  const testSize = integerInRange(o.testSize ?? Math.min(500, maxTest), 'testSize', 1, maxTest);
  const evalEvery = integerAtLeast(o.evalEvery ?? Math.max(1, Math.round(steps / 20)), 'evalEvery', 1);
  const seed = finite(o.seed, 'seed');

  const inputs = 2 * digits * 10;
  const positions = digits + 1;
  const outputs = positions * 10;
  const initRandom = rng(seed);
  const testRandom = rng(seed + 0.25);
  const trainRandom = rng(seed + 0.5);

  // Parameters in one array so that Adam updates them in one loop: W1 (inputs × width), b1, W2 (width × outputs), b2.
  const offW1 = 0;
  const offB1 = inputs * width;
  const offW2 = offB1 + width;
  const offB2 = offW2 + width * outputs;
  const total = offB2 + outputs;
  const params = new Float64Array(total);
  const grad = new Float64Array(total);
  const adamM = new Float64Array(total);
  const adamV = new Float64Array(total);
  const scale1 = 1 / Math.sqrt(2 * digits); // 2·digits inputs are active at once
  const scale2 = 1 / Math.sqrt(width);
  for (let i = offW1; i < offB1; i++) params[i] = randomNormal(initRandom, 0, scale1);
  for (let i = offW2; i < offB2; i++) params[i] = randomNormal(initRandom, 0, scale2);

  const test = allocateProblems(testSize, digits);
  const held = new Set<number>();
  for (let k = 0; k < testSize; k++) {
    let key = writeProblem(digits, testRandom, test, k);
    while (held.has(key)) key = writeProblem(digits, testRandom, test, k);
    held.add(key);
  }
  const batch = allocateProblems(batchSize, digits);

  const active = new Int32Array(2 * digits);
  const hidden = new Float64Array(width);
  const logits = new Float64Array(outputs);
  const dHidden = new Float64Array(width);

  /** Forward pass of problem k; fills hidden and logits (logits turned into probabilities). Returns the summed cross-entropy. */
  const forward = (p: AdditionProblems, k: number): number => {
    for (let d = 0; d < digits; d++) {
      active[d] = d * 10 + p.a[k * digits + d]!;
      active[digits + d] = (digits + d) * 10 + p.b[k * digits + d]!;
    }
    for (let j = 0; j < width; j++) hidden[j] = params[offB1 + j]!;
    for (const row of active) {
      const base = offW1 + row * width;
      for (let j = 0; j < width; j++) hidden[j]! += params[base + j]!;
    }
    for (let j = 0; j < width; j++) hidden[j] = Math.tanh(hidden[j]!);
    for (let q = 0; q < outputs; q++) logits[q] = params[offB2 + q]!;
    for (let j = 0; j < width; j++) {
      const h = hidden[j]!;
      const base = offW2 + j * outputs;
      for (let q = 0; q < outputs; q++) logits[q]! += h * params[base + q]!;
    }
    let loss = 0;
    for (let pos = 0; pos < positions; pos++) {
      const g = pos * 10;
      let max = -Infinity;
      for (let c = 0; c < 10; c++) max = Math.max(max, logits[g + c]!);
      let z = 0;
      for (let c = 0; c < 10; c++) {
        const e = Math.exp(logits[g + c]! - max);
        logits[g + c] = e;
        z += e;
      }
      for (let c = 0; c < 10; c++) logits[g + c]! /= z;
      loss -= Math.log(Math.max(logits[g + p.sum[k * positions + pos]!]!, 1e-300));
    }
    return loss;
  };

  const evaluate = (step: number): AdderPoint => {
    const right = new Float64Array(positions);
    let exact = 0;
    let loss = 0;
    for (let k = 0; k < testSize; k++) {
      loss += forward(test, k);
      let all = true;
      for (let pos = 0; pos < positions; pos++) {
        const g = pos * 10;
        let best = 0;
        for (let c = 1; c < 10; c++) if (logits[g + c]! > logits[g + best]!) best = c;
        if (best === test.sum[k * positions + pos]) right[pos]!++;
        else all = false;
      }
      if (all) exact++;
    }
    const digitAccuracy = Array.from(right, (r) => r / testSize);
    const point: AdderPoint = {
      step,
      loss: loss / (testSize * positions),
      digitAccuracy,
      meanDigitAccuracy: digitAccuracy.reduce((s, x) => s + x, 0) / positions,
      exactMatch: exact / testSize,
    };
    onProgress?.(point, steps);
    return point;
  };

  const history: AdderPoint[] = [evaluate(0)];
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let step = 1; step <= steps; step++) {
    for (let k = 0; k < batchSize; k++) {
      while (held.has(writeProblem(digits, trainRandom, batch, k)));
    }
    grad.fill(0);
    for (let k = 0; k < batchSize; k++) {
      forward(batch, k);
      // Softmax with cross-entropy: d loss / d logit = probability − one-hot target.
      for (let pos = 0; pos < positions; pos++) logits[pos * 10 + batch.sum[k * positions + pos]!]! -= 1;
      for (let q = 0; q < outputs; q++) grad[offB2 + q]! += logits[q]!;
      for (let j = 0; j < width; j++) {
        const h = hidden[j]!;
        const base = offW2 + j * outputs;
        let back = 0;
        for (let q = 0; q < outputs; q++) {
          grad[base + q]! += h * logits[q]!;
          back += params[base + q]! * logits[q]!;
        }
        dHidden[j] = back * (1 - h * h);
      }
      for (let j = 0; j < width; j++) grad[offB1 + j]! += dHidden[j]!;
      for (const row of active) {
        const base = offW1 + row * width;
        for (let j = 0; j < width; j++) grad[base + j]! += dHidden[j]!;
      }
    }
    const c1 = 1 / (1 - beta1 ** step);
    const c2 = 1 / (1 - beta2 ** step);
    for (let i = 0; i < total; i++) {
      const g = grad[i]! / batchSize;
      const m = (adamM[i] = beta1 * adamM[i]! + (1 - beta1) * g);
      const v = (adamV[i] = beta2 * adamV[i]! + (1 - beta2) * g * g);
      params[i]! -= (lr * m * c1) / (Math.sqrt(v * c2) + 1e-8);
    }
    if (step % evalEvery === 0 || step === steps) history.push(evaluate(step));
  }
  return { width, digits, parameters: total, history, final: history[history.length - 1]! };
}
