import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { chinchillaOptimal, chinchillaPublished, chinchillaReplication, kaplanOptimal, knownModels } from '@/sim';
import { chartOptions, marginKey, range, yLabelAboveFrame } from '../kit/chart';
import { dRange, lossBands, nRange } from './contours';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const fits = { published: chinchillaPublished, replication: chinchillaReplication } as const;
type FitName = keyof typeof fits;
const fitLabel: Record<FitName, string> = { published: 'Chinchilla, published fit', replication: 'Chinchilla, replication fit' };

const budgets = range(18, 26, 81);
const ratio = (allocation: { params: number; tokens: number }) => allocation.tokens / allocation.params;
const known = knownModels.map((model) => ({ name: model.name, n: Math.log10(model.parameters), d: Math.log10(model.tokens) }));
const perParameter = budgets.flatMap((c) => [
  { compute: 10 ** c, value: ratio(chinchillaOptimal(10 ** c, chinchillaPublished)), law: 'published fit' },
  { compute: 10 ** c, value: ratio(chinchillaOptimal(10 ** c, chinchillaReplication)), law: 'replication fit' },
  { compute: 10 ** c, value: ratio(kaplanOptimal(10 ** c)), law: 'Kaplan' },
]);

/** How each trained model is marked: a key names them, as the optima move too far to label in place. */
const modelSymbol = { domain: known.map((model) => model.name), range: ['circle', 'square', 'triangle'] };
const modelGlyph: Record<string, string> = { circle: '●', square: '■', triangle: '▲' };
/** Two key rows above the y-axis label. */
const marginTop = 62;
const key = marginKey([
  ...known.map((model, i) => ({ glyph: modelGlyph[modelSymbol.range[i]!]!, fill: 'var(--fg)', text: model.name, row: 0, at: [0, 70, 145][i]! })),
  { glyph: '★', fill: 'var(--chart-1)', text: 'Chinchilla optimum', row: 1, at: 0 },
  { glyph: '★', fill: 'var(--chart-2)', text: 'Kaplan optimum', row: 1, at: 145 },
], marginTop);

/** Optimal parameters and tokens for a compute budget under Kaplan and Chinchilla, on the L(N, D) surface. */
export const spec = defineWidget({
  name: 'compute-allocator',
  title: 'Compute allocator',
  lesson: 'scaling-laws',
  caption: 'Slide the budget to Chinchilla’s (about 5.8 × 10²³ FLOPs) and compare where each law puts the optimum with where GPT-3, Gopher and Chinchilla actually sit. Then switch to the replication fit: its optimum lands near 20 tokens per parameter, the published fit’s far above it.',
  params: {
    compute: { kind: 'number', label: 'Compute budget', min: 18, max: 26, step: 0.1, default: 23.8, unit: 'log₁₀ FLOPs', format: powerOfTen },
    fit: {
      kind: 'choice', label: 'Chinchilla fit', default: 'published',
      options: [
        { value: 'published', label: 'as published (Hoffmann et al. 2022)' },
        { value: 'replication', label: 'replication (Besiroglu et al. 2024)' },
      ],
    },
  },
  describe({ compute, fit }) {
    const budget = 10 ** compute;
    const chinchilla = chinchillaOptimal(budget, fits[fit]);
    const kaplan = kaplanOptimal(budget);
    return `With ${powerOfTen(compute)} FLOPs: ${fitLabel[fit]} → ${formatCount(chinchilla.params)} parameters on ${formatCount(chinchilla.tokens)} tokens, ${formatFixed(ratio(chinchilla), 0)} tokens per parameter, loss ${formatFixed(chinchilla.loss)}; Kaplan et al. → ${formatCount(kaplan.params)} parameters on ${formatCount(kaplan.tokens)} tokens, ${formatFixed(ratio(kaplan), 1)} per parameter.`;
  },
  plots({ compute, fit }) {
    const law = fits[fit];
    const budget = 10 ** compute;
    const chinchilla = chinchillaOptimal(budget, law);
    const kaplan = kaplanOptimal(budget);
    // Training costs about 6 FLOPs per parameter per token: N·D = C/6 is a straight line in log N, log D.
    const tokensAt = (n: number) => Math.log10(budget / 6) - n;
    const isoCompute = range(7, 13, 61).filter((n) => tokensAt(n) >= 8 && tokensAt(n) <= 14).map((n) => ({ n, d: tokensAt(n) }));
    const optima = [
      { n: Math.log10(chinchilla.params), d: Math.log10(chinchilla.tokens), fill: 'var(--chart-1)' },
      { n: Math.log10(kaplan.params), d: Math.log10(kaplan.tokens), fill: 'var(--chart-2)' },
    ].filter(({ n, d }) => n >= nRange[0] && n <= nRange[1] && d >= dRange[0] && d <= dRange[1]);
    return [
      {
        label: `Chinchilla loss surface over parameters and tokens (${fitLabel[fit]}), the line of equal compute at ${powerOfTen(compute)} FLOPs, both optima, and GPT-3, Gopher and Chinchilla`,
        options: {
          ...chartOptions(340, 300),
          marginTop,
          x: { domain: nRange, label: 'log₁₀ parameters →' },
          y: { domain: dRange, label: null },
          symbol: modelSymbol,
          // Each band carries its colour (see contours.ts).
          color: { type: 'identity' },
          marks: [
            ...key,
            yLabelAboveFrame('↑ log₁₀ training tokens'),
            Plot.areaY(lossBands(law), { x: 'n', y1: dRange[0], y2: 'd', z: 'loss', fill: 'color', stroke: 'var(--bg)', strokeOpacity: 0.5, fillOpacity: 0.55 }),
            Plot.dot(known, { x: 'n', y: 'd', r: 4, symbol: 'name', fill: 'var(--fg)' }),
            Plot.line(isoCompute, { x: 'n', y: 'd', stroke: 'var(--fg)', strokeWidth: 2, strokeDasharray: '5,3' }),
            ...optima.map(({ n, d, fill }) => Plot.dot([{ n, d }], { x: 'n', y: 'd', r: 7, symbol: 'star', fill, stroke: 'var(--fg)' })),
          ],
        },
      },
      {
        label: 'Optimal tokens per parameter against compute for the published Chinchilla fit, the replication fit and Kaplan et al., with 20 marked',
        options: {
          ...chartOptions(340, 300),
          x: { type: 'log', domain: [1e18, 1e26], label: 'Compute (FLOPs) →', tickFormat: (x: number) => powerOfTen(Math.round(Math.log10(x))), ticks: [1e18, 1e20, 1e22, 1e24, 1e26] },
          y: { type: 'log', label: '↑ Optimal tokens per parameter', grid: true, tickFormat: (d: number) => String(Number(d.toPrecision(2))) },
          color: { domain: ['published fit', 'replication fit', 'Kaplan'], range: ['var(--chart-1)', 'var(--chart-3)', 'var(--chart-2)'], legend: false },
          marks: [
            Plot.ruleY([20], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
            Plot.line(perParameter, { x: 'compute', y: 'value', stroke: 'law', strokeWidth: 2 }),
            Plot.ruleX([budget], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
            // A halo in the page colour keeps each name legible where the budget line crosses it.
            Plot.text(['published fit', 'replication fit', 'Kaplan'], {
              x: () => 1e26, y: (law: string) => perParameter.filter((row) => row.law === law).at(-1)!.value, text: (law: string) => law,
              dx: -4, dy: -8, textAnchor: 'end', fill: (law: string) => law, stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
            }),
          ],
        },
      },
    ];
  },
});
