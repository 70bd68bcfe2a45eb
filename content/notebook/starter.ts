// Threshold notebook: each cell starts at a line that reads "// %%".
// %%
// One smooth quantity: the per-token probability of a model with N parameters.
import { tokenLoss, tokenProbability } from 'threshold/sim';

// The illustrative family of the lessons' metric widgets: loss (Nc / N)^α.
const family = { Nc: 4e6, alpha: 0.37 };
const sizes = [1e7, 3e7, 1e8, 3e8, 1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12];
const perToken = sizes.map((N) => tokenProbability(tokenLoss(N, family)));
perToken
// %%
// The cells above run first, so `sizes` and `perToken` are defined here.
import { expectedExactMatch } from 'threshold/sim';

const rows = sizes.map((N, i) => ({ billions: N / 1e9, p: perToken[i]!, exactMatch: expectedExactMatch(perToken[i]!, 20) }));
rows
// %%
import * as Plot from '@observablehq/plot';

Plot.plot({
  x: { type: 'log', label: 'Parameters (billions) →', tickFormat: '~g' },
  y: { label: '↑ Exact match, 20-token answers', domain: [0, 1], grid: true },
  marks: [Plot.line(rows, { x: 'billions', y: 'exactMatch' }), Plot.dot(rows, { x: 'billions', y: 'exactMatch' })],
})
