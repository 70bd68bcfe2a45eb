import { bench, describe } from 'vitest';
import { tokenLoss, tokenProbability, logisticInLogScale } from '@/sim/curves';
import { brierScore, expectedEditDistance, expectedExactMatch, logLikelihood, multipleChoiceGrade } from '@/sim/metrics';
import { atLeastK, chainSuccess, majorityVote } from '@/sim/chain';
import { composite } from '@/sim/composition';
import { fitLine, fitLogistic } from '@/sim/fit';
import { levenshtein } from '@/sim/sequence';
import { chinchillaOptimal } from '@/sim/scaling-laws';
import { sampleAccuracy, wilsonInterval } from '@/sim/sampling';
import { rng } from '@/sim/rng';

/** 200 model sizes, 10^7 … 10^13, the x axis of a widget curve. */
const scales = Array.from({ length: 200 }, (_, i) => 10 ** (7 + (6 * i) / 199));
/** The metric-lens family: per-token probability from a power-law loss. */
const family = { Nc: 4e6, alpha: 0.37 };
const L = 10;

/** One slider update: recompute the whole 200-point curve of one metric, per-token loss included. */
function curve(metric: (p: number) => number): () => void {
  const ys = new Float64Array(scales.length);
  return () => {
    for (let i = 0; i < scales.length; i++) ys[i] = metric(tokenProbability(tokenLoss(scales[i]!, family)));
  };
}

describe('one slider update of a metric curve (200 model sizes, L = 10 tokens)', () => {
  const options = { time: 400 };
  bench('exact match p^L', curve((p) => expectedExactMatch(p, L)), options);
  bench('token edit distance L·(1 − p)', curve((p) => expectedEditDistance(p, L)), options);
  bench('log-likelihood L·ln p', curve((p) => logLikelihood(p, L)), options);
  bench('multiple-choice grade (4 options)', curve((p) => multipleChoiceGrade(p, { length: L })), options);
  bench('Brier score (4 options)', curve((p) => brierScore(p, { length: L })), options);
  bench('task curve logisticInLogScale', () => {
    for (const n of scales) logisticInLogScale(n, { midpoint: 3e10, width: 1.5, floor: 0.25, ceiling: 0.95 });
  }, options);
  const skills = [{ midpoint: 9.2 }, { midpoint: 9.7 }, { midpoint: 10.3 }, { midpoint: 10.8 }];
  bench('skill composition, 4 sub-skills', () => {
    for (const n of scales) composite(skills, Math.log10(n));
  }, options);
  bench('reasoning chain p^n and atLeastK(p, 20, 16)', () => {
    for (let i = 0; i < 200; i++) {
      const p = 0.5 + i / 398;
      chainSuccess(p, 20);
      atLeastK(p, 20, 16);
    }
  }, options);
  bench('majority vote, 101 values of k at p = 0.6', () => {
    for (let k = 1; k <= 101; k++) majorityVote(0.6, k);
  }, options);
  const source = rng(1);
  bench('test-set resolution: 11 models × 2,000 items, sampled, with Wilson intervals', () => {
    for (let i = 0; i < 11; i++) {
      const { correct } = sampleAccuracy(0.01 * i, 2000, source);
      wilsonInterval(correct, 2000);
    }
  }, options);
});

describe('single calls', () => {
  bench('atLeastK(0.7, 1000, 600)', () => void atLeastK(0.7, 1000, 600), { time: 300 });
  bench('majorityVote(0.6, 101)', () => void majorityVote(0.6, 101), { time: 300 });
  bench('wilsonInterval(3, 100)', () => void wilsonInterval(3, 100), { time: 300 });
  bench('chinchillaOptimal(1e23)', () => void chinchillaOptimal(1e23), { time: 300 });
});

describe('fits (extrapolation widget: 8 points)', () => {
  const xs = [7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5];
  const ys = xs.map((x) => 0.25 + 0.75 / (1 + Math.exp(-2 * (x - 10))));
  bench('fitLine', () => void fitLine(xs, ys), { time: 300 });
  bench('fitLogistic', () => void fitLogistic(xs, ys, { floor: 0.25 }), { time: 500 });
});

describe('sequence comparison', () => {
  const a = 'the quick brown fox jumps over the lazy dog '.repeat(5);
  const b = 'the quack brown fix jumped over a lazy dog '.repeat(5);
  bench('levenshtein on two 220-character strings', () => void levenshtein(a, b), { time: 300 });
});
