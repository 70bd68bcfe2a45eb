import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { chainSuccess, chainSuccessRise, exactMatchRise, tokenLoss, tokenProbability } from '@/sim';
import { chartOptions, parametersAxis, range } from '../kit/chart';
import { family } from '../kit/family';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** Lengths drawn thin on both charts, each with its own label. */
export const references = [1, 3, 10, 30] as const;

/** The model-size axis: fixed, and wide enough for the 10%–90% rise of every L and α the controls reach. */
export const sizeDomain: [number, number] = [1e4, 1e16];

/** Levels at which the chosen length's rise is marked. */
const LOW = 0.1;
const HIGH = 0.9;

const sizeAxis = {
  ...parametersAxis(sizeDomain, 'Parameters (log scale) →'),
  ticks: range(4, 16, 7).map((e) => 10 ** e),
  tickFormat: (n: number) => powerOfTen(Math.round(Math.log10(n))),
};

/** Per-token probabilities: even steps, denser near 1 where long answers rise. */
const ps = [...range(0, 0.9, 46), ...range(0.9, 1, 81).slice(1)];
const exponents = range(Math.log10(sizeDomain[0]), Math.log10(sizeDomain[1]), 121);
/** The curves of p^L against p depend on L alone: computed once per length. */
const againstPCurves = new Map<number, { x: number; value: number }[]>();

/** Exact match over L tokens for a model of N parameters in the family with exponent α: exp(−L·(N_c/N)^α). */
export function successAtSize(N: number, L: number, alpha: number): number {
  return chainSuccess(tokenProbability(tokenLoss(N, { Nc: family.Nc, alpha })), L);
}

/** Per-token probability at which exact match over L tokens reaches `level` (p^L = level). */
export function probabilityAt(L: number, level: number): number {
  return Math.pow(level, 1 / L);
}

/** Model size at which exact match over L tokens reaches `level` (L·(N_c/N)^α = −ln level). */
export function sizeAt(L: number, level: number, alpha: number): number {
  return family.Nc * Math.pow(L / -Math.log(level), 1 / alpha);
}

/** The level of a length's label: the references from high to low, 0.2 apart, and any other length between its neighbours. */
function labelLevel(L: number): number {
  const i = references.findIndex((m) => m >= L);
  if (i === -1) return 0.9 - 0.2 * references.length;
  return references[i] === L ? 0.8 - 0.2 * i : 0.9 - 0.2 * i;
}

const labelStyle = { textAnchor: 'end', dx: -7, stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** One length's label, at its own level just left of its curve (each level its own row, so labels never overlap). */
function label(lengths: readonly number[], x: (m: number, level: number) => number, fill: string, fontWeight = 'normal') {
  const rows = lengths.map((m) => ({ m, level: labelLevel(m) }));
  return Plot.text(rows, { x: (d: { m: number; level: number }) => x(d.m, d.level), y: 'level', text: (d: { m: number }) => `L = ${d.m}`, fill, fontWeight, ...labelStyle });
}

/**
 * One chart's marks: a light band over the chosen length's rise from 10% to 90%, the reference
 * lengths thin and labelled, then the chosen length's curve, its 10% and 90% points and its label.
 */
function marks(
  L: number,
  [from, to]: [number, number],
  curve: (m: number) => { x: number; value: number }[],
  at: (m: number, level: number) => number,
) {
  const others = references.filter((m) => m !== L);
  return [
    Plot.rect([{ from, to }], { x1: 'from', x2: 'to', y1: 0, y2: 1, fill: 'var(--chart-1)', fillOpacity: 0.12 }),
    ...others.map((m) => Plot.line(curve(m), { x: 'x', y: 'value', stroke: 'var(--border)', strokeWidth: 1 })),
    label(others, at, 'var(--fg-muted)'),
    Plot.line(curve(L), { x: 'x', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2.5 }),
    Plot.dot([[at(L, LOW), LOW], [at(L, HIGH), HIGH]], { r: 4, fill: 'var(--chart-1)', stroke: 'var(--bg)' }),
    label([L], at, 'var(--chart-1)', 'bold'),
  ];
}

/** Exact match over L tokens against per-token probability and against model size: steeper on one axis, only later on the other. */
export const spec = defineWidget({
  name: 'steepness-axis',
  title: 'Steep on which axis?',
  lesson: 'why-abilities-emerge',
  caption: 'Lengthen the answer: against p the rise moves right and narrows; against model size it only moves right, keeping its width. Change α to change that width.',
  params: {
    length: { kind: 'number', label: 'Length L', min: 1, max: 50, step: 1, default: 10, unit: 'tokens or steps' },
    alpha: { kind: 'number', label: 'Loss exponent α', min: 0.3, max: 1, step: 0.01, default: family.alpha },
  },
  describe({ length, alpha }) {
    const onP = chainSuccessRise(length);
    const onN = exactMatchRise(length, { Nc: family.Nc, alpha });
    const tenfold = Math.log10(exactMatchRise(10 * length, { Nc: family.Nc, alpha }).midpoint / onN.midpoint);
    const single = chainSuccessRise(1).width;
    return `With L = ${length}: against the per-token probability p, exact match rises from 10% to 90% across ${formatFixed(onP.width, 3)} in p`
      + ` (${formatFixed(single, 3)} for L = 1: the span narrows as L grows).`
      + ` Against model size with α = ${formatFixed(alpha)}, the midpoint is at ${formatCount(onN.midpoint)} parameters and the rise takes`
      + ` ${formatFixed(onN.width)} decades whatever L is; a tenfold longer answer moves it ${formatFixed(tenfold)} decades (1/α).`;
  },
  plots({ length, alpha }) {
    const onP = chainSuccessRise(length);
    const onN = exactMatchRise(length, { Nc: family.Nc, alpha });
    const pLow = probabilityAt(length, LOW);
    const pHigh = probabilityAt(length, HIGH);
    const nLow = Math.max(sizeAt(length, LOW, alpha), sizeDomain[0]);
    const nHigh = Math.min(sizeAt(length, HIGH, alpha), sizeDomain[1]);
    const onSize = (m: number, level: number) => sizeAt(m, level, alpha);
    const againstP = (m: number) => {
      let curve = againstPCurves.get(m);
      if (!curve) againstPCurves.set(m, (curve = ps.map((p) => ({ x: p, value: chainSuccess(p, m) }))));
      return curve;
    };
    // Every point lies inside the fixed axis: the sizes are sampled across it.
    const againstN = (m: number) => exponents.map((e) => ({ x: 10 ** e, value: successAtSize(10 ** e, m, alpha) }));
    const y = (label: string) => ({ domain: [0, 1], grid: true, label });
    return [
      {
        label: `Exact match over ${length} tokens against per-token probability p, beside lengths ${references.join(', ')}: it rises from 10% to 90% across ${formatFixed(onP.width, 3)} in p, between p = ${formatFixed(pLow, 3)} and ${formatFixed(pHigh, 3)}`,
        options: {
          ...chartOptions(),
          x: { domain: [0, 1], label: 'Per-token probability p →' },
          y: y('↑ Exact match pᴸ'),
          marks: marks(length, [pLow, pHigh], againstP, probabilityAt),
        },
      },
      {
        label: `Exact match over ${length} tokens against model size on a log scale, with α = ${formatFixed(alpha)}, beside lengths ${references.join(', ')}: half right at ${formatCount(onN.midpoint)} parameters, rising from 10% to 90% over ${formatFixed(onN.width)} decades, the same width for every length`,
        options: {
          ...chartOptions(),
          x: sizeAxis,
          y: y('↑ Exact match'),
          marks: marks(length, [nLow, nHigh], againstN, onSize),
        },
      },
    ];
  },
});
