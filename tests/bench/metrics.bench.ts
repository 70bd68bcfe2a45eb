import { bench, describe } from 'vitest';
import { tokenLoss, tokenProbability, logisticInLogScale } from '../../src/sim/curves';
import { brierScore, expectedEditDistance, expectedExactMatch, logLikelihood, multipleChoiceGrade } from '../../src/sim/metrics';
import { atLeastK, majorityVote } from '../../src/sim/chain';
import { fitLine, fitLogistic } from '../../src/sim/fit';
import { levenshtein } from '../../src/sim/sequence';
import { chinchillaOptimal } from '../../src/sim/scaling-laws';
import { wilsonInterval } from '../../src/sim/sampling';

const scales = Array.from({ length: 200 }, (_, i) => 10 ** (7 + (6 * i) / 199));

describe('metric lens: one curve of 200 model sizes', () => {
  bench('all five metrics over 200 sizes', () => {
    for (const n of scales) {
      const p = tokenProbability(tokenLoss(n));
      expectedExactMatch(p, 10);
      expectedEditDistance(p, 10);
      logLikelihood(p, 10);
      multipleChoiceGrade(p, { length: 10 });
      brierScore(p, { length: 10 });
    }
  }, { time: 500 });
  bench('logisticInLogScale over 200 sizes', () => {
    for (const n of scales) logisticInLogScale(n);
  }, { time: 300 });
});

describe('chains, votes and intervals', () => {
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
