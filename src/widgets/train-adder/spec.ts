import { widthSweep } from '@/sim';
import { renderChart } from '../kit/chart';
import { defineWidget } from '../kit/widget-spec';
import { accuracyChart, legend } from './chart';
import { precomputedNote, seeds, summarise, toWidthResult, widthsUpTo, type WidthResult } from './results';
import { TrainAdderView } from './view';

type Prepared = WidthResult[];

/** The results prepared at build time that belong to this setting, if any. */
function resultsFor(digits: number, maxWidth: number, data: Prepared | undefined): WidthResult[] {
  const widths = widthsUpTo(maxWidth);
  return (data ?? []).filter((result) => result.digits === digits && widths.includes(result.width) && (seeds as readonly number[]).includes(result.seed));
}

/** Train networks of growing width on addition in a Web Worker; per-digit accuracy rises smoothly while exact match jumps. */
export const spec = defineWidget({
  name: 'train-adder',
  title: 'Train it yourself',
  lesson: 'why-abilities-emerge',
  caption:
    'Each point is a network trained from scratch to add two numbers, and each width is trained three times from different random seeds, ' +
    'so you can see how much a result owes to the luck of its start. Per-digit accuracy improves steadily with width, ' +
    'but a sum counts only if every digit is right, so exact match stays near zero and then shoots up. Try 4 digits: the jump comes later.',
  params: {
    digits: {
      kind: 'choice', label: 'Digits per number', default: '3',
      options: (['2', '3', '4'] as const).map((value) => ({ value, label: `${value} digits` })),
    },
    maxWidth: {
      kind: 'choice', label: 'Widest network', default: '64',
      options: (['16', '32', '64', '128'] as const).map((value) => ({ value, label: `${value} hidden units` })),
    },
  },
  // The build trains the lesson's setting once with every seed (a few seconds each), so the page opens on real results.
  prepare({ digits, maxWidth }): Prepared {
    const widths = widthsUpTo(Number(maxWidth));
    return seeds.flatMap((seed) => widthSweep(widths, { digits: Number(digits), seed }).map((result) => toWidthResult(result, seed)));
  },
  describe({ digits, maxWidth }, data) {
    return summarise(Number(digits), Number(maxWidth), resultsFor(Number(digits), Number(maxWidth), data));
  },
  draw({ digits, maxWidth }, document, data) {
    const results = resultsFor(Number(digits), Number(maxWidth), data);
    const figure = document.createElement('div');
    figure.append(
      renderChart(accuracyChart(Number(digits), Number(maxWidth), results, results.length === 0 ? 'Not trained yet' : ''), document),
      legend(document),
    );
    if (results.length > 0) {
      const note = document.createElement('p');
      note.className = 'widget-run-status';
      note.textContent = precomputedNote;
      figure.append(note);
    }
    return figure;
  },
  live(figure, state, { data, announce }) {
    return new TrainAdderView(figure, state, data ?? [], announce);
  },
});
