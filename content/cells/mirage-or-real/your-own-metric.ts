import { atLeastK, expectedEditDistance, expectedExactMatch, tokenLoss, tokenProbability } from 'threshold/sim';
import * as Plot from '@observablehq/plot';

const L = 10; // tokens in each answer
// The illustrative family of the lesson's widgets: loss (Nc / N)^α falls smoothly with size N.
const family = { Nc: 4e6, alpha: 0.37 };

// Your metric: the score of a model whose tokens are each right with probability p.
// This one gives credit when at least 8 of the 10 tokens are right.
const myMetric = (p: number) => atLeastK(p, L, 8);

const rows = [];
for (let e = 7; e <= 12; e += 0.05) {
  const N = 10 ** e; // parameters
  const p = tokenProbability(tokenLoss(N, family)); // one smooth quantity, read three ways
  rows.push({ billions: N / 1e9, metric: 'exact match', score: expectedExactMatch(p, L) });
  rows.push({ billions: N / 1e9, metric: '1 − edit distance / L', score: 1 - expectedEditDistance(p, L) / L });
  rows.push({ billions: N / 1e9, metric: 'my metric', score: myMetric(p) });
}
Plot.plot({
  x: { type: 'log', label: 'Parameters (billions) →', tickFormat: '~g' },
  y: { label: '↑ Score', domain: [0, 1], grid: true },
  color: { legend: true },
  marks: [Plot.line(rows, { x: 'billions', y: 'score', stroke: 'metric' })],
})
