import { phaseChangeStep, type InductionPoint } from '@/sim';
import { charts, renderChart } from '../kit/chart';
import { Staggered } from '../kit/staggered';
import { TrainingToolbar } from '../kit/training-toolbar';
import type { LiveView } from '../kit/widget-spec';
import { attentionChart, headsChart, iclChart, lossChart, type Selection } from './charts';
import { STEPS, attentionReading, measure, newModel, sampleSequence, summarise, type InductionProgress, type InductionRequest } from './run';

type State = { layers: '1' | '2'; seed: number };

/** A run's record: every measurement so far and the latest attention on the sample. */
interface Record {
  history: InductionPoint[];
  attention: number[][][][];
  finished: boolean;
}

/** Finished runs on this page by setting, so one layer and two can be compared. */
const finished = new Map<string, Record>();
const key = ({ layers, seed }: InductionRequest) => `${layers}:${seed}`;
const requestOf = (state: State): InductionRequest => ({ layers: Number(state.layers), seed: state.seed });

/**
 * The untrained model of a setting, measured: what the widget shows before Train. Given the
 * build's measurement of that setting, only the attention on the sample is computed (one forward
 * pass), so mounting the figure costs the page's thread almost nothing.
 */
export function untrained(request: InductionRequest, known?: InductionPoint): Record {
  if (known) {
    const model = newModel(request);
    return { history: [known], attention: model.attention(Int32Array.from(sampleSequence(model.context, model.vocab).tokens)), finished: false };
  }
  const id = key(request);
  const measured = untrainedMeasurements.get(id) ?? measure(newModel(request));
  untrainedMeasurements.set(id, measured);
  return { history: [measured.point], attention: measured.attention, finished: false };
}

/** Untrained measurements by setting, so a setting revisited on the page is not measured again. */
const untrainedMeasurements = new Map<string, InductionProgress>();

/**
 * The browser view of the induction-heads widget. Train starts a Web Worker that trains the
 * transformer in chunks and reports a measurement after each; the charts and the heatmap follow.
 * The same button pauses and resumes; Reset training stops the run and shows the untrained model again.
 * The heatmap steps through heads (← →) and positions (↑ ↓) from the keyboard and says in words
 * where the selected position attends most.
 */
export class InductionView implements LiveView<State> {
  readonly #figure: HTMLElement;
  readonly #announce: (text: string) => void;
  readonly #toolbar: TrainingToolbar;
  readonly #chartsBox: HTMLElement;
  readonly #heatBox: HTMLElement;
  readonly #headSelect: HTMLSelectElement;
  readonly #positionInput: HTMLInputElement;
  readonly #attentionText: HTMLElement;
  readonly #sample = sampleSequence();
  #request: InductionRequest;
  #record: Record;
  #selection: Selection;
  /** One slot per chart, redrawn one per frame while training (see Staggered). */
  readonly #slots: HTMLElement[];
  readonly #parts: Staggered;

  constructor(figure: HTMLElement, state: State, prepared: InductionPoint | undefined, announce: (text: string) => void) {
    const document = figure.ownerDocument;
    this.#figure = figure;
    this.#announce = announce;
    this.#request = requestOf(state);
    this.#record = finished.get(key(this.#request)) ?? untrained(this.#request, prepared);
    this.#selection = { layer: this.#request.layers, head: 1, position: Math.min(31, this.#sample.period + 3) };

    this.#toolbar = new TrainingToolbar(figure, () => this.#train(), () => this.#resetRun());
    const toolbar = this.#toolbar.element;

    this.#chartsBox = document.createElement('div');
    this.#slots = [0, 1, 2].map(() => document.createElement('div'));
    this.#chartsBox.append(charts(document, ...this.#slots));
    this.#parts = new Staggered([
      () => this.#slots[0]!.replaceChildren(renderChart(lossChart(this.#record.history, this.#request.layers, this.#other()?.history), document)),
      () => this.#slots[1]!.replaceChildren(renderChart(iclChart(this.#record.history), document)),
      () => this.#slots[2]!.replaceChildren(renderChart(headsChart(this.#record.history, this.#request.layers), document)),
      () => this.#drawAttention(),
    ]);
    this.#headSelect = document.createElement('select');
    this.#positionInput = document.createElement('input');
    this.#positionInput.type = 'range';
    this.#positionInput.min = '0';
    this.#positionInput.max = String(this.#sample.tokens.length - 1);
    this.#headSelect.setAttribute('aria-label', 'Head shown in the heatmap');
    this.#positionInput.setAttribute('aria-label', 'Position highlighted in the heatmap');
    this.#headSelect.addEventListener('change', () => {
      const [layer, head] = this.#headSelect.value.split(':').map(Number);
      this.#select({ ...this.#selection, layer: layer!, head: head! });
    });
    this.#positionInput.addEventListener('input', () => this.#select({ ...this.#selection, position: Number(this.#positionInput.value) }));
    const pickers = document.createElement('div');
    pickers.className = 'attention-pickers';
    pickers.append(labelled(document, 'Head', this.#headSelect), labelled(document, 'Position', this.#positionInput));
    this.#heatBox = document.createElement('div');
    this.#heatBox.className = 'attention-map';
    this.#heatBox.tabIndex = 0;
    this.#heatBox.setAttribute('role', 'group');
    this.#heatBox.setAttribute('aria-label', 'Attention heatmap: left and right arrows change head, up and down arrows change position');
    this.#heatBox.addEventListener('keydown', (event) => this.#key(event));
    this.#attentionText = document.createElement('p');
    this.#attentionText.className = 'attention-reading';
    this.#attentionText.setAttribute('aria-live', 'polite');
    const sample = document.createElement('p');
    sample.className = 'widget-legend';
    sample.textContent = `Sample sequence (tokens 0–31; the run of ${this.#sample.period} repeats from position ${this.#sample.period}, dashed): ${this.#sample.tokens.join(' ')}`;
    const attention = document.createElement('div');
    attention.className = 'attention-panel';
    attention.append(pickers, this.#heatBox, this.#attentionText, sample);

    const legend = document.createElement('p');
    legend.className = 'widget-legend';
    legend.innerHTML =
      '<span class="swatch line" style="--swatch: var(--chart-1)"></span> loss on the repeated part ' +
      '<span class="swatch dashed" style="--swatch: var(--chart-2)"></span> loss on the first run ' +
      '<span class="swatch line" style="--swatch: currentColor"></span> overall loss, every position ' +
      '<span class="swatch dashed" style="--swatch: var(--chart-3)"></span> the other model (one layer or two), once trained. ' +
      'Head scores: previous-token (orange) for layer 1; prefix matching (blue) and copying (green) for the last layer; dashed for head 2. ' +
      'Copying is the share of tokens a head makes the top prediction when it attends to them.';

    figure.querySelector('.widget-view')!.replaceChildren(toolbar, this.#chartsBox, legend, attention);
    this.#fillHeads();
    this.#showIdle();
    this.#draw();
  }

  update(state: State): void {
    const request = requestOf(state);
    if (key(request) === key(this.#request)) return;
    this.#request = request;
    this.#record = finished.get(key(request)) ?? untrained(request);
    this.#selection = { ...this.#selection, layer: Math.min(this.#selection.layer, request.layers) };
    this.#fillHeads();
    this.#showIdle();
    this.#draw();
  }

  describe(): string {
    return summarise(this.#request, this.#record.history, Math.log(32));
  }

  #train(): void {
    const request = this.#request;
    finished.delete(key(request));
    const record = this.#record.history.length > 1 ? untrained(request, this.#record.history[0]) : this.#record;
    this.#record = record;
    let changeAnnounced = false;
    this.#toolbar.train<InductionRequest, InductionProgress>({
      create: () => new Worker(new URL('./induction.worker.ts', import.meta.url), { type: 'module' }),
      request,
      steps: STEPS,
      stepOf: ({ point }) => point.step,
      onProgress: ({ point, attention }, done) => {
        record.history.push(point);
        record.attention = attention;
        if (!changeAnnounced && phaseChangeStep(record.history) !== undefined) {
          changeAnnounced = true;
          this.#announce(this.describe());
        }
        if (done) {
          record.finished = true;
          finished.set(key(request), record);
          this.#announce(this.describe());
        }
        this.#scheduleDraw();
      },
    });
    this.#announce(`Training the ${request.layers === 1 ? 'one' : 'two'}-layer model for ${STEPS} steps…`);
    // Charts one per frame from the first: drawn at once, they can hold the page for a frame too long.
    this.#scheduleDraw();
  }

  #resetRun(): void {
    finished.delete(key(this.#request));
    this.#record = untrained(this.#request, this.#record.history[0]);
    this.#draw();
    this.#announce(this.describe());
  }

  /** The toolbar for a record not in training: stopped, saying whether the record is a finished run. */
  #showIdle(): void {
    this.#toolbar.stop(this.#record.finished ? `Trained ${STEPS} steps on this page.` : '');
  }

  #fillHeads(): void {
    const document = this.#figure.ownerDocument;
    const options = [];
    for (let l = 1; l <= this.#request.layers; l++) {
      for (let h = 1; h <= this.#record.history[0]!.heads.filter((x) => x.layer === 1).length; h++) {
        const option = document.createElement('option');
        option.value = `${l}:${h}`;
        option.textContent = `Layer ${l}, head ${h}`;
        options.push(option);
      }
    }
    this.#headSelect.replaceChildren(...options);
  }

  #key(event: KeyboardEvent): void {
    const { layer, head, position } = this.#selection;
    const heads = this.#record.history[0]!.heads.filter((x) => x.layer === 1).length;
    const T = this.#sample.tokens.length;
    const index = (layer - 1) * heads + (head - 1);
    const count = this.#request.layers * heads;
    let next: Selection | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const i = (index + (event.key === 'ArrowRight' ? 1 : count - 1)) % count;
      next = { layer: Math.floor(i / heads) + 1, head: (i % heads) + 1, position };
    } else if (event.key === 'ArrowDown') next = { layer, head, position: Math.min(T - 1, position + 1) };
    else if (event.key === 'ArrowUp') next = { layer, head, position: Math.max(0, position - 1) };
    else if (event.key === 'Home') next = { layer, head, position: 0 };
    else if (event.key === 'End') next = { layer, head, position: T - 1 };
    if (!next) return;
    event.preventDefault();
    this.#select(next);
  }

  #select(selection: Selection): void {
    this.#selection = selection;
    this.#drawAttention();
  }

  #scheduleDraw(): void {
    this.#parts.all();
  }

  /** The finished run of the other model (one layer against two) with the same seed, if any. */
  #other(): Record | undefined {
    return finished.get(key({ ...this.#request, layers: this.#request.layers === 2 ? 1 : 2 }));
  }

  #draw(): void {
    this.#parts.now();
  }

  #drawAttention(): void {
    const document = this.#figure.ownerDocument;
    const { layer, head, position } = this.#selection;
    const pattern = this.#record.attention[layer - 1]![head - 1]!;
    this.#headSelect.value = `${layer}:${head}`;
    this.#positionInput.value = String(position);
    this.#heatBox.replaceChildren(renderChart(attentionChart(pattern, this.#selection, this.#sample.period), document));
    this.#attentionText.textContent =
      `Step ${this.#record.history.at(-1)!.step}. ` + attentionReading(pattern[position]!, position, this.#sample.tokens, this.#sample.period, layer, head);
  }
}

function labelled(document: Document, text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  label.append(`${text} `, control);
  return label;
}
