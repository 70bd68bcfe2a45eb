import type { GrokkingPoint } from '@/sim';
import { renderCharts } from '../kit/chart';
import { defineWidget } from '../kit/widget-spec';
import { accuracyChart, normChart, spectrumChart } from './charts';
import { STEPS, summarise, type GrokkingRequest } from './run';
import { GrokkingView, untrainedPoint } from './view';

/** The untrained network of the lesson's setting, measured at build time. */
interface Prepared extends GrokkingRequest {
  point: GrokkingPoint;
}

const matches = (request: GrokkingRequest, data: Prepared | undefined): data is Prepared =>
  data !== undefined && data.trainFraction === request.trainFraction && data.weightDecay === request.weightDecay && data.seed === request.seed;

/** Train a small network on modular addition and watch test accuracy jump long after the training set is memorised. */
export const spec = defineWidget({
  name: 'grokking',
  title: 'Grokking',
  lesson: 'emergence-during-training',
  caption:
    'A small network learns (a + b) mod 47 from part of the table. Press Train: it gets every training pair right within a ' +
    'hundred or so steps while the held-out pairs stay at chance, then, much later, test accuracy jumps and the embedding ' +
    'settles on a few frequencies; the weight norm, which grows all along, peaks while test accuracy is climbing and then falls. ' +
    'Try less training data, or no weight decay.',
  params: {
    trainFraction: { kind: 'number', label: 'Training fraction', min: 0.2, max: 0.8, step: 0.05, default: 0.4 },
    weightDecay: { kind: 'number', label: 'Weight decay', min: 0, max: 2, step: 0.1, default: 1 },
    seed: { kind: 'number', label: 'Seed', min: 1, max: 20, step: 1, default: 1 },
  },
  // The build measures the lesson's setting untrained (a fraction of a second), so the page opens on it.
  prepare(state): Prepared {
    return { ...state, point: untrainedPoint(state) };
  },
  describe(state, data) {
    if (!matches(state, data)) return `(a + b) mod 47, untrained. Press Train to train ${STEPS.toLocaleString('en')} steps.`;
    return summarise(state, [data.point]);
  },
  draw(state, document, data) {
    const history = matches(state, data) ? [data.point] : [];
    return renderCharts([accuracyChart(history, state.trainFraction), normChart(history, state.weightDecay), spectrumChart(history)], document);
  },
  live(figure, state, { data, announce }) {
    return new GrokkingView(figure, state, matches(state, data) ? data.point : undefined, announce);
  },
});
