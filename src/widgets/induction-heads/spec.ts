import { charts, renderChart } from '../kit/chart';
import { defineWidget } from '../kit/widget-spec';
import { attentionChart, headsChart, iclChart, lossChart } from './charts';
import { inductionDefaults, type InductionPoint } from '@/sim';
import { STEPS, sampleSequence, summarise, type InductionRequest } from './run';
import { InductionView, untrained } from './view';

/** The untrained model of the lesson's setting, measured at build time, with the attention of the head drawn then. */
interface Prepared extends InductionRequest {
  point: InductionPoint;
  pattern: number[][];
}

const matches = (request: InductionRequest, data: Prepared | undefined): data is Prepared =>
  data !== undefined && data.layers === request.layers && data.seed === request.seed;

const { minRepeat, maxRepeat, context } = inductionDefaults;

/** Train a small attention-only transformer on repeated random tokens and watch induction heads form in a sudden drop of the loss. */
export const spec = defineWidget({
  name: 'induction-heads',
  title: 'Induction heads form',
  lesson: 'emergence-during-training',
  caption:
    `A two-layer attention-only transformer learns to predict sequences made of a run of ${minRepeat} to ${maxRepeat} random tokens, ` +
    `repeated until the context of ${context} is full. ` +
    'Press Train: the loss on the repeated part creeps down, then falls in a few dozen steps, just as a layer-1 head starts ' +
    'attending to the previous token and a layer-2 head to the token after the earlier occurrence. Then try one layer.',
  params: {
    layers: {
      kind: 'choice', label: 'Attention layers', default: '2',
      options: [{ value: '2', label: 'Two layers' }, { value: '1', label: 'One layer' }] as const,
    },
    seed: { kind: 'number', label: 'Seed', min: 1, max: 20, step: 1, default: 1 },
  },
  // The build measures the lesson's setting untrained (a fraction of a second), so the page opens on it.
  prepare({ layers, seed }): Prepared {
    const request = { layers: Number(layers), seed };
    const { history, attention } = untrained(request);
    const pattern = attention[request.layers - 1]![0]!.map((row) => row.map((w) => Math.round(w * 1e4) / 1e4));
    return { ...request, point: history[0]!, pattern };
  },
  describe({ layers, seed }, data) {
    const request = { layers: Number(layers), seed };
    if (!matches(request, data)) return `${request.layers === 1 ? 'One' : 'Two'}-layer model, seed ${seed}, untrained. Press Train to train it for ${STEPS} steps.`;
    return summarise(request, [data.point], Math.log(32));
  },
  draw({ layers, seed }, document, data) {
    const request = { layers: Number(layers), seed };
    const history = matches(request, data) ? [data.point] : [];
    const sample = sampleSequence();
    const selection = { layer: request.layers, head: 1, position: Math.min(31, sample.period + 3) };
    const figure = document.createElement('div');
    figure.append(
      charts(document,
        renderChart(lossChart(history, request.layers, undefined), document),
        renderChart(iclChart(history), document),
        renderChart(headsChart(history, request.layers), document),
        renderChart(attentionChart(matches(request, data) ? data.pattern : undefined, selection, sample.period), document),
      ),
    );
    return figure;
  },
  live(figure, state, { data, announce }) {
    const request = { layers: Number(state.layers), seed: state.seed };
    return new InductionView(figure, state, matches(request, data) ? data.point : undefined, announce);
  },
});
