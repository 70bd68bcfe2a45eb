import { atLeastK, chainSuccess, logisticInLogScale } from 'threshold/sim';
import * as Plot from '@observablehq/plot';

const n = 10; // steps in each problem

// Each step is right more often as models grow: from a coin flip to always, smoothly over a few decades.
const stepRight = (N: number) => logisticInLogScale(N, { midpoint: 1e10, width: 2, floor: 0.5, ceiling: 1 });

// Two ways to grade the same answers: every step right, or at least 8 of the 10.
const rows = [];
for (let e = 7; e <= 13; e += 0.05) {
  const N = 10 ** e;
  const p = stepRight(N);
  rows.push({ billions: N / 1e9, graded: 'one step', score: p });
  rows.push({ billions: N / 1e9, graded: `all ${n} steps`, score: chainSuccess(p, n) });
  rows.push({ billions: N / 1e9, graded: `at least 8 of ${n}`, score: atLeastK(p, n, 8) });
}
Plot.plot({
  x: { type: 'log', label: 'Parameters (billions) →', tickFormat: '~g' },
  y: { label: '↑ P(right)', domain: [0, 1], grid: true },
  color: { legend: true },
  marks: [Plot.line(rows, { x: 'billions', y: 'score', stroke: 'graded' })],
})
