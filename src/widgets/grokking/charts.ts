import * as Plot from '@observablehq/plot';
import { GROKKED_ACCURACY, grokStep, memorisedStep, trainPairCount, type GrokkingPoint } from '@/sim';
import { chartOptions, type Chart } from '../kit/chart';
import { MODULUS, STEPS } from './run';

const stepAxis = { type: 'log', domain: [1, STEPS], label: 'Training steps (log scale) →', ticks: [1, 10, 100, 1000], tickFormat: (x: number) => x.toLocaleString('en') } as const;

/** The points after training started: a log axis has no step 0. */
const trained = (history: readonly GrokkingPoint[]) => history.filter((p) => p.step > 0);

const note = (text: string, x: number, y: number) =>
  Plot.text(text ? [text] : [], { x: () => x, y: () => y, text: (t: string) => t, fill: 'var(--fg-muted)', fontSize: 13 });

const percent = (x: number) => `${Math.round(100 * x)} %`;

/**
 * Training and test accuracy against steps on a log axis, with chance and the steps of memorising
 * and of the jump marked, and the split written in the corner.
 */
export function accuracyChart(history: readonly GrokkingPoint[], trainFraction: number): Chart {
  const points = trained(history);
  const pairs = MODULUS * MODULUS;
  const train = trainPairCount(MODULUS, trainFraction);
  const split = `${train.toLocaleString('en')} training pairs, ${(pairs - train).toLocaleString('en')} test`;
  const last = points.at(-1);
  const memorised = memorisedStep(history);
  const grokked = grokStep(history);
  const events = [
    ...(memorised !== undefined ? [{ step: memorised, text: 'train 100 %' }] : []),
    ...(grokked !== undefined ? [{ step: grokked, text: `test ${percent(GROKKED_ACCURACY)}` }] : []),
  ];
  return {
    label: !last
      ? `Training and test accuracy against training steps, ${split}: not trained yet`
      : `Training and test accuracy against training steps on a log scale, ${split}: after ${last.step} steps training ${percent(last.trainAccuracy)}, test ${percent(last.testAccuracy)}` +
        events.map((e) => `; ${e.text.replace('train', 'training accuracy').replace('test', 'test accuracy')} at step ${e.step}`).join(''),
    options: {
      ...chartOptions(340, 240),
      x: stepAxis,
      y: { domain: [0, 1], grid: true, label: '↑ Accuracy', tickFormat: (y: number) => `${Math.round(100 * y)}%` },
      marks: [
        Plot.ruleY([1 / MODULUS], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.ruleX(events, { x: 'step', stroke: 'var(--fg-muted)', strokeDasharray: '2,3' }),
        Plot.text(events, { x: 'step', y: (_: unknown, i: number) => 0.55 - 0.12 * i, text: 'text', dx: 4, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.line(points, { x: 'step', y: 'trainAccuracy', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.line(points, { x: 'step', y: 'testAccuracy', stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
        note(last ? '' : 'Not trained yet: press Train', Math.sqrt(STEPS), 0.5),
        Plot.text([split], { x: () => 1, y: () => 1, text: (t: string) => t, dx: 4, dy: 8, textAnchor: 'start', fill: 'var(--fg-muted)' }),
      ],
    },
  };
}

/**
 * The norm of all weights against steps on a log axis, with the weight decay that pulls it down
 * written in the corner, its highest point marked, and the step where test accuracy passed 90 %
 * ruled as on the accuracy chart, so the reader can see which came first.
 */
export function normChart(history: readonly GrokkingPoint[], weightDecay: number): Chart {
  const points = trained(history);
  const norms = history.map((p) => p.weightNorm);
  const top = Math.ceil((Math.max(...norms, 10) * 1.1) / 10) * 10;
  const decay = `weight decay ${weightDecay}`;
  const peak = points.reduce<GrokkingPoint | undefined>((best, p) => (!best || p.weightNorm > best.weightNorm ? p : best), undefined);
  // The peak is marked once the norm has turned down from it and had risen to it: at either end of the line it is no peak.
  const turned = peak && peak !== points.at(-1) && peak !== points[0] ? [peak] : [];
  const grokked = grokStep(history);
  const jump = grokked !== undefined ? [grokked] : [];
  return {
    label: points.length === 0
      ? `Weight norm against training steps, ${decay}: ${history[0] ? history[0].weightNorm.toFixed(1) : 'not measured'} before training`
      : `Weight norm against training steps on a log scale, ${decay}: from ${history[0]!.weightNorm.toFixed(1)} to ${points.at(-1)!.weightNorm.toFixed(1)}, ` +
        `highest ${peak!.weightNorm.toFixed(1)} at step ${peak!.step.toLocaleString('en')}` +
        (grokked !== undefined ? `; test accuracy passed ${percent(GROKKED_ACCURACY)} at step ${grokked.toLocaleString('en')}` : ''),
    options: {
      ...chartOptions(340, 240),
      x: stepAxis,
      y: { domain: [0, top], grid: true, label: '↑ Weight norm' },
      marks: [
        Plot.ruleX(jump, { stroke: 'var(--fg-muted)', strokeDasharray: '2,3' }),
        // Left of the rule: the jump comes late on the log axis, where the right margin has no room.
        Plot.text(jump, { x: (x: number) => x, y: () => top * 0.2, text: () => `test ${percent(GROKKED_ACCURACY)}`, dx: -4, textAnchor: 'end', fill: 'var(--fg-muted)' }),
        Plot.line(points, { x: 'step', y: 'weightNorm', stroke: 'var(--chart-3)', strokeWidth: 2 }),
        Plot.dot(turned, { x: 'step', y: 'weightNorm', r: 3.5, fill: 'var(--chart-3)' }),
        Plot.text(turned, { x: 'step', y: 'weightNorm', text: () => 'highest', dy: -10, fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' }),
        Plot.text([decay], { x: () => 1, y: () => top, text: (t: string) => t, dx: 4, dy: 8, textAnchor: 'start', fill: 'var(--fg-muted)' }),
      ],
    },
  };
}

/** The embedding's share of variation at each frequency now (bars) and before training (ticks). */
export function spectrumChart(history: readonly GrokkingPoint[]): Chart {
  const first = history[0];
  const last = history.at(-1);
  const bars = (last?.spectrum ?? []).map((share, i) => ({ k: i + 1, share }));
  const start = (first?.spectrum ?? []).map((share, i) => ({ k: i + 1, share }));
  const top = Math.max(0.3, Math.ceil(Math.max(...bars.map((b) => b.share), 0) * 10) / 10);
  const strongest = [...bars].sort((a, b) => b.share - a.share).slice(0, 5);
  return {
    label: !last
      ? 'Fourier spectrum of the embedding: not measured yet'
      : `Fourier spectrum of the embedding at step ${last.step}: ${last.keyFrequencies} frequencies hold 80 % of it; the largest shares are ` +
        strongest.map((b) => `frequency ${b.k} ${percent(b.share)}`).join(', '),
    options: {
      ...chartOptions(340, 240),
      x: { type: 'band', domain: Array.from({ length: (MODULUS - 1) / 2 }, (_, i) => i + 1), label: 'Frequency k →', tickFormat: (k: number) => (k % 5 === 0 || k === 1 ? String(k) : '') },
      y: { domain: [0, top], grid: true, label: '↑ Share of the embedding', tickFormat: (y: number) => `${Math.round(100 * y)}%` },
      marks: [
        Plot.barY(bars, { x: 'k', y: 'share', fill: 'var(--chart-1)' }),
        Plot.tickY(start, { x: 'k', y: 'share', stroke: 'var(--fg-muted)', strokeWidth: 1.5 }),
      ],
    },
  };
}
