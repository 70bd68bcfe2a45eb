import * as Plot from '@observablehq/plot';
import { element, table } from './dom';
import { renderChart } from '@/widgets/kit/chart';

/** Graded scores in ten bands of 10 points; 100% falls in the top band. */
export function scoreBands(scores: number[]): { band: string; count: number }[] {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const score of scores) counts[Math.min(9, Math.max(0, Math.floor(score * 10)))]! += 1;
  return counts.map((count, index) => ({ band: index === 9 ? '90–100%' : `${index * 10}–${index * 10 + 9}%`, count }));
}

/** How graded scores are spread, as a bar chart with the same numbers in a table for screen readers and print. */
/** Ticks of a count axis: whole numbers only, at most about six of them. */
export function countTicks(largest: number): number[] {
  const top = Math.max(1, Math.ceil(largest));
  const step = Math.ceil(top / 5);
  return Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
}

export function scoreChart(scores: number[]): HTMLElement {
  const bands = scoreBands(scores);
  const figure = element('figure', undefined, { class: 'chart' });
  figure.append(
    renderChart({
      options: {
        width: 560,
        height: 240,
        marginLeft: 40,
        marginBottom: 40,
        style: { background: 'transparent', fontSize: '12px' },
        x: { domain: bands.map((band) => band.band), label: 'Graded score', tickRotate: -30 },
        y: { grid: true, label: 'Learner-lessons', ticks: countTicks(Math.max(...bands.map((band) => band.count))), tickFormat: 'd' },
        marks: [Plot.barY(bands, { x: 'band', y: 'count', fill: 'currentColor' }), Plot.ruleY([0])],
      },
      label: `Bar chart of graded quiz scores in bands of ten percentage points, over ${scores.length} learner-lesson pairs.`,
    }, document),
    element('figcaption', 'How the graded scores spread: one count per learner and lesson with an attempt that counts.'),
  );
  const details = element('details');
  details.append(element('summary', 'The chart’s numbers'), table('Learner-lessons per band of graded score', ['Band', 'Count'], bands.map((band) => [band.band, band.count])));
  figure.append(details);
  return figure;
}
