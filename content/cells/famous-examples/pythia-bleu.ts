import { benchmarkCurves } from 'threshold/data';
import { extrapolate, fitLine } from 'threshold/sim';
import * as Plot from '@observablehq/plot';

const family = 'Pythia';
const points = benchmarkCurves
  .filter((row) => row.family === family && row.task === 'ipa_transliterate' && row.metric === 'bleu')
  .map((row) => ({ N: row.params, bleu: row.score })); // N in billions of parameters

// Fit a power law (a straight line in log–log) to every size but the largest…
const fitted = points.slice(0, -1);
const fit = fitLine(fitted.map((p) => Math.log10(p.N)), fitted.map((p) => Math.log10(p.bleu)));
const largest = points[points.length - 1]!;
const predicted = 10 ** extrapolate(fit, Math.log10(largest.N));
// …and compare its forecast for the largest with what was measured.
console.log(`slope ${fit.slope.toFixed(2)}, R² ${fit.r2.toFixed(2)}`);
console.log(`${family} ${largest.N}B: forecast BLEU ${predicted.toFixed(2)}, measured ${largest.bleu.toFixed(2)}`);

const line = [points[0]!.N, largest.N].map((N) => ({ N, bleu: 10 ** extrapolate(fit, Math.log10(N)) }));
Plot.plot({
  x: { type: 'log', label: 'Parameters (billions) →', tickFormat: '~g' },
  y: { type: 'log', label: '↑ BLEU (0–100), IPA transliteration', tickFormat: '~g' },
  marginLeft: 50,
  marks: [Plot.line(line, { x: 'N', y: 'bleu', strokeDasharray: '4 3' }), Plot.dot(points, { x: 'N', y: 'bleu', fill: 'currentColor' })],
})
