import * as Plot from '@observablehq/plot';
import { phaseChangeStep, type InductionPoint } from '@/sim';
import { chartOptions, keyRowHeight, marginKey, yLabelAboveFrame, type Chart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { STEPS } from './run';

/** The dashed rule and label at the phase change, once it has come. */
function phaseMarks(history: readonly InductionPoint[], top: number): Plot.Markish[] {
  const change = phaseChangeStep(history);
  if (change === undefined) return [];
  return [
    Plot.ruleX([change], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
    // Haloed: on the heads chart, scores that reach 1 run through it.
    Plot.text([change], {
      x: (x: number) => x, y: () => top, text: () => 'phase change', dx: 4, dy: 6, textAnchor: 'start', fill: 'var(--fg-muted)',
      stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
    }),
  ];
}

const note = (text: string, x: number, y: number) =>
  Plot.text(text ? [text] : [], { x: () => x, y: () => y, text: (t: string) => t, fill: 'var(--fg-muted)', fontSize: 13 });

/**
 * The overall loss's name on the chart, beside the line's latest point: to its right while there
 * is room, to its left near the end, above the line so it clears the others at the start.
 */
function overallLabel(history: readonly InductionPoint[]): Plot.Markish[] {
  const last = history.at(-1);
  if (!last || history.length < 2) return []; // one point draws no line to name
  const right = last.step < STEPS / 2;
  return [Plot.text([last], {
    x: 'step', y: 'loss', text: () => 'overall', dx: right ? 6 : -6, dy: -9,
    textAnchor: right ? 'start' : 'end', fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke',
  })];
}

/**
 * Loss over training: overall (every position, what training minimises), on the repeated part
 * (what induction pays on) and on the first run, with the other model's repeated-part loss (one
 * layer against two) for comparison when it has been trained.
 */
export function lossChart(history: readonly InductionPoint[], layers: number, other: readonly InductionPoint[] | undefined): Chart {
  const top = Math.max(4.5, Math.ceil(Math.max(...history.map((p) => p.firstLoss), ...(other ?? []).map((p) => p.firstLoss))));
  const last = history.at(-1);
  const otherName = layers === 2 ? 'one-layer model' : 'two-layer model';
  return {
    label: !last ? 'Loss over training steps: not measured yet' :
      `Loss over training steps: overall from ${formatFixed(history[0]!.loss)} to ${formatFixed(last.loss)} nats, ` +
      `repeated part from ${formatFixed(history[0]!.repeatLoss)} to ${formatFixed(last.repeatLoss)} nats, ` +
      `first run from ${formatFixed(history[0]!.firstLoss)} to ${formatFixed(last.firstLoss)} nats` +
      (other ? `; the ${otherName}'s repeated part ends at ${formatFixed(other.at(-1)!.repeatLoss)} nats` : '') +
      (phaseChangeStep(history) !== undefined ? `; phase change at step ${phaseChangeStep(history)}` : ''),
    options: {
      ...chartOptions(340, 240),
      x: { domain: [0, STEPS], label: 'Training steps →' },
      y: { domain: [0, top], grid: true, label: '↑ Loss (nats per token)' },
      marks: [
        ...(other ? [Plot.line(other, { x: 'step', y: 'repeatLoss', stroke: 'var(--chart-3)', strokeWidth: 1.5, strokeDasharray: '2,3' })] : []),
        Plot.line(history, { x: 'step', y: 'firstLoss', stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
        Plot.line(history, { x: 'step', y: 'loss', stroke: 'currentColor', strokeWidth: 1.5 }),
        Plot.line(history, { x: 'step', y: 'repeatLoss', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        ...overallLabel(history),
        ...phaseMarks(history, top),
        note(history.length <= 1 ? 'Not trained yet: press Train' : '', STEPS / 2, top / 2),
      ],
    },
  };
}

/** The in-context learning score (loss early in the context minus loss late in it) over training. */
export function iclChart(history: readonly InductionPoint[]): Chart {
  const top = Math.max(4, Math.ceil(Math.max(...history.map((p) => p.icl))));
  const bottom = Math.min(0, Math.floor(Math.min(...history.map((p) => p.icl))));
  return {
    label: history.length === 0
      ? 'In-context learning score over training steps: not measured yet'
      : `In-context learning score over training steps: from ${formatFixed(history[0]!.icl)} to ${formatFixed(history.at(-1)!.icl)} nats`,
    options: {
      ...chartOptions(340, 240),
      x: { domain: [0, STEPS], label: 'Training steps →' },
      y: { domain: [bottom, top], grid: true, label: '↑ In-context learning score (nats)' },
      marks: [
        Plot.ruleY([0], { stroke: 'var(--border)' }),
        Plot.line(history, { x: 'step', y: 'icl', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        ...phaseMarks(history, top),
      ],
    },
  };
}

/** One line of the heads chart: a head and the score that says what it has become. */
interface HeadSeries {
  name: string;
  score: 'previousToken' | 'prefixMatching' | 'copying';
  layer: number;
  head: number;
}

/** The scores of the heads chart, each with its row of the key and its colour. */
const scoreStyle = {
  previousToken: { row: 0, colour: 'var(--chart-2)', words: 'previous token' },
  prefixMatching: { row: 1, colour: 'var(--chart-1)', words: 'prefix matching' },
  copying: { row: 2, colour: 'var(--chart-3)', words: 'copying' },
} as const;

/**
 * Previous-token scores of the first layer's heads, then prefix-matching and copying scores of the
 * last layer's (all of layer 1 for one layer): the two halves of an induction head beside the head
 * it reads from.
 */
export function headSeries(layers: number, heads: number): HeadSeries[] {
  const series: HeadSeries[] = [];
  for (const score of ['previousToken', 'prefixMatching', 'copying'] as const) {
    const layer = score === 'previousToken' ? 1 : layers;
    for (let h = 1; h <= heads; h++) series.push({ name: `L${layer} H${h} ${scoreStyle[score].words}`, score, layer, head: h });
  }
  return series;
}

/** Each series' value over training, as rows for Plot. */
function headRows(history: readonly InductionPoint[], series: readonly HeadSeries[]) {
  return series.flatMap((s, i) => history.map((p) => {
    const head = p.heads.find((h) => h.layer === s.layer && h.head === s.head)!;
    return { step: p.step, value: head[s.score], series: s.name, index: i };
  }));
}

/** Room above the frame for the key's three rows (previous token, prefix matching, copying), then the y-axis label. */
const headsMarginTop = 30 + 3 * keyRowHeight;

/**
 * Per-head scores over training: the heads that change at the phase change, named in a key (their
 * lines start together, so end labels would collide). Previous-token and prefix-matching scores
 * are shares of attention; copying is the share of tokens the head's value–output path maps to
 * themselves, so the axis reads as a score from 0 to 1.
 */
export function headsChart(history: readonly InductionPoint[], layers: number): Chart {
  const last = history.at(-1);
  const series = last ? headSeries(layers, last.heads.filter((h) => h.layer === 1).length) : [];
  const rows = headRows(history, series);
  const ends = series.map((s) => ({ ...s, value: last!.heads.find((h) => h.layer === s.layer && h.head === s.head)![s.score] }));
  const key = series.map((s) => ({
    glyph: s.head === 1 ? '—' : '- -',
    fill: scoreStyle[s.score].colour,
    text: s.name,
    row: scoreStyle[s.score].row,
    at: (s.head - 1) * 165,
  }));
  return {
    label: !last ? 'Head scores over training steps: not measured yet' : 'Head scores over training steps, now: ' + ends.map((s) => `${s.name.replace(/^L(\d) H(\d)/, 'layer $1 head $2')} ${formatFixed(s.value)}`).join(', '),
    options: {
      ...chartOptions(340, 240 + 3 * keyRowHeight),
      marginTop: headsMarginTop,
      marginRight: 10,
      x: { domain: [0, STEPS], label: 'Training steps →' },
      y: { domain: [0, 1], grid: true, label: null },
      marks: [
        ...marginKey(key, headsMarginTop),
        yLabelAboveFrame('↑ Score (0 to 1)'),
        ...series.map((s, i) => Plot.line(rows.filter((r) => r.index === i), {
          x: 'step', y: 'value', stroke: scoreStyle[s.score].colour, strokeWidth: 2, strokeDasharray: s.head === 1 ? undefined : '5,3',
        })),
        ...phaseMarks(history, 1),
      ],
    },
  };
}

/** One cell of the heatmap: query position t, attended position s, weight w. */
interface Cell {
  t: number;
  s: number;
  w: number;
}

/** The heatmap's selection: which head, and which query position is highlighted. */
export interface Selection {
  layer: number;
  head: number;
  position: number;
}

/**
 * Attention of one head on the sample sequence: row t (query position) against column s (the
 * position attended to), darker for more weight; the selected row is outlined, and the repeat's
 * start marked.
 */
export function attentionChart(pattern: readonly (readonly number[])[] | undefined, { layer, head, position }: Selection, period: number, T = 32): Chart {
  const cells: Cell[] = (pattern ?? []).flatMap((row, t) => row.slice(0, t + 1).map((w, s) => ({ t, s, w })));
  const row = pattern?.[position] ?? [1];
  let best = 0;
  for (let s = 1; s <= position && s < row.length; s++) if (row[s]! > row[best]!) best = s;
  return {
    label: !pattern ? `Attention of layer ${layer} head ${head} on the sample sequence: not measured yet` : `Attention of layer ${layer} head ${head} on the sample sequence, each row a position attending to the positions before it; ` +
      `position ${position} attends most to position ${best} (${formatFixed(row[best]!)})`,
    options: {
      ...chartOptions(340, 320),
      marginLeft: 40,
      opacity: { domain: [0, 1] },
      x: { domain: [0, T], label: 'Attended position →', ticks: [0, 8, 16, 24, 32] },
      y: { domain: [0, T], reverse: true, label: '↓ Position', ticks: [0, 8, 16, 24, 32] },
      marks: [
        Plot.rect(cells, { x1: 's', x2: (c: Cell) => c.s + 1, y1: 't', y2: (c: Cell) => c.t + 1, fill: 'var(--chart-1)', fillOpacity: 'w' }),
        Plot.rect([position], { x1: () => 0, x2: () => T, y1: (t: number) => t, y2: (t: number) => t + 1, stroke: 'var(--chart-2)', strokeWidth: 1.5, fill: 'none' }),
        Plot.dot(pattern ? [best] : [], { x: (s: number) => s + 0.5, y: () => position + 0.5, r: 5, stroke: 'var(--chart-2)', strokeWidth: 2 }),
        Plot.ruleX([period], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
        Plot.ruleY([period], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
      ],
    },
  };
}
