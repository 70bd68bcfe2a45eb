import { readNumber } from './clamp';
import { isShown, parseState, readState, writeState, type NumberParam, type Params, type StateOf } from './params';
import { Animation } from './animation';
import { fittedWidth } from './fitted-width';
import type { LiveView, WidgetSpec } from './widget-spec';

type Value = number | string | boolean;

/**
 * Brings a build-time figure to life: reads its authored state and any
 * setting in the page URL, enables its controls, and redraws after a change,
 * at most once per animation frame (changes in between are drawn together).
 * Marks the figure `data-hydrated` when ready (tests and styles rely on it).
 */
export function mount<P extends Params>(spec: WidgetSpec<P>, figure: HTMLElement): void {
  const authored = parseState(spec.params, JSON.parse(figure.dataset.state ?? '{}')).state;
  const fromUrl = parseState(spec.params, readState(new URLSearchParams(location.search), figure.id), authored);
  let state = fromUrl.state;
  const note = figure.querySelector<HTMLElement>('[data-note]')!;
  const reading = figure.querySelector<HTMLElement>('[data-reading]')!;
  const view = figure.querySelector<HTMLElement>('.widget-view')!;
  note.textContent = fromUrl.notes.join(' ');

  const data: unknown = figure.dataset.prepared === undefined ? undefined : JSON.parse(figure.dataset.prepared);
  const live: LiveView<StateOf<P>> | undefined = spec.live?.(figure, state, { data, announce: (text) => (reading.textContent = text) });
  // While an animation plays, the reading holds only what the settings determine; what the model
  // measured is added when the reader pauses, so a screen reader hears it once, not every frame.
  const describe = () => {
    const text = live?.describe?.(state) ?? spec.describe(state, data);
    const measured = animation && !animation.playing ? live?.measured?.() : '';
    return measured ? `${text} ${measured}` : text;
  };
  const animation = animate(figure, live, () => (reading.textContent = describe()));
  // The build's drawing stays until the first change; each change asks for one frame, and the
  // frame draws the latest state and its reading.
  let pending = 0;
  const draw = () => {
    pending = 0;
    if (live) live.update(state);
    else view.replaceChildren(spec.draw(state, document, data, room()));
    reading.textContent = describe();
  };
  const render = () => {
    pending ||= requestAnimationFrame(draw);
  };
  // The width each chart has: the charts sit in a grid of equal columns, one svg per cell.
  const room = () => view.querySelector('svg')?.getBoundingClientRect().width || view.clientWidth;
  const cramped = () => [...view.querySelectorAll('svg')].some((svg) => fittedWidth(svg.viewBox.baseVal.width, room()) < svg.viewBox.baseVal.width);
  const controls = Object.keys(spec.params).map((key) => figure.querySelector<HTMLElement>(`[data-control="${key}"]`)!);
  // A setting that does not apply to the current mode hides its control, at once, not a frame later.
  const showControls = () => Object.values(spec.params).forEach((param, i) => (controls[i]!.hidden = !isShown(param, state)));
  const change = (key: keyof P, value: Value) => {
    state = { ...state, [key]: value };
    showControls();
    render();
  };

  const setters = Object.entries(spec.params).map(([key, param], i) => {
    const root = controls[i]!;
    if (param.kind === 'number') return bindNumber(root, param, (value) => change(key, value));
    if (param.kind === 'choice') return bindInput(root, 'select', (input) => change(key, input.value), (input, value) => (input.value = String(value)));
    return bindInput(root, 'input', (input) => change(key, (input as HTMLInputElement).checked), (input, value) => ((input as HTMLInputElement).checked = value === true));
  });
  const showState = () => {
    Object.keys(spec.params).forEach((key, i) => setters[i]!(state[key as keyof P] as Value));
    showControls();
  };

  const action = (name: string) => figure.querySelector<HTMLButtonElement>(`[data-action="${name}"]`)!;
  action('reset').addEventListener('click', () => {
    state = authored;
    showState();
    note.textContent = '';
    render();
  });
  action('link').addEventListener('click', async () => {
    const url = new URL(location.href);
    writeState(spec.params, state, figure.id, url.searchParams);
    url.hash = figure.id;
    history.replaceState(history.state, '', url);
    try {
      await navigator.clipboard.writeText(url.href);
      note.textContent = 'Link copied: it opens this figure with these settings.';
    } catch {
      note.textContent = `Link to these settings: ${url.href}`;
    }
  });
  for (const button of figure.querySelectorAll<HTMLButtonElement>('[data-action]')) button.disabled = false;

  showState();
  // The build drew the authored state at the charts' own widths: draw again if the link sets
  // another state, or when a chart has too little room for its text to keep its size (a phone).
  if (Object.keys(spec.params).some((key) => fromUrl.state[key] !== authored[key]) || !live && cramped()) render();
  if (!live) {
    let drawnFor = room();
    new ResizeObserver(() => {
      if (Math.abs(room() - drawnFor) < 1) return;
      drawnFor = room();
      if (cramped() || [...view.querySelectorAll('svg')].some((svg) => svg.viewBox.baseVal.width < svg.getBoundingClientRect().width - 1)) render();
    }).observe(view);
  }
  figure.dataset.hydrated = '';
}

/**
 * Wires the Play/Pause button of an animated widget to an {@link Animation} of its live view.
 * The button's label says what pressing it does; `onToggle` runs after each press.
 */
function animate<S>(figure: HTMLElement, live: LiveView<S> | undefined, onToggle: () => void): Animation | undefined {
  const button = figure.querySelector<HTMLButtonElement>('[data-action="play"]');
  if (!button) return undefined;
  if (!live?.frame) {
    button.remove();
    return undefined;
  }
  const frame = live.frame.bind(live);
  const animation = new Animation(figure, frame, (running) => figure.toggleAttribute('data-running', running));
  const show = () => (button.textContent = animation.playing ? 'Pause' : 'Play');
  button.addEventListener('click', () => {
    if (animation.playing) animation.pause();
    else animation.play();
    show();
    onToggle();
  });
  show();
  return animation;
}

/** A slider and number box kept in step; typed values are clamped with a note beside them. */
function bindNumber(root: HTMLElement, param: NumberParam, onChange: (value: number) => void) {
  const range = root.querySelector<HTMLInputElement>('input[type="range"]')!;
  // The number box takes the place of the stand-in that showed the value until now (Slider.astro).
  const template = root.querySelector<HTMLTemplateElement>('template[data-number-box]')!;
  const box = template.content.firstElementChild!.cloneNode() as HTMLInputElement;
  root.querySelector('[data-number-stand-in]')!.replaceWith(box);
  template.remove();
  const note = root.querySelector<HTMLElement>('.note')!;
  const show = (value: Value) => {
    range.value = String(value);
    box.value = String(value);
  };
  range.addEventListener('input', () => {
    note.textContent = '';
    box.value = range.value;
    onChange(Number(range.value));
  });
  box.addEventListener('change', () => {
    const { value, note: why } = readNumber(box.value, param, Number(range.value), param.format);
    note.textContent = why ?? '';
    show(value);
    onChange(value);
  });
  range.disabled = false;
  return show;
}

/** A select or checkbox: one element, one value. */
function bindInput(
  root: HTMLElement,
  selector: string,
  onChange: (input: HTMLInputElement | HTMLSelectElement) => void,
  show: (input: HTMLInputElement | HTMLSelectElement, value: Value) => void,
) {
  const input = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.addEventListener('change', () => onChange(input));
  input.disabled = false;
  return (value: Value) => show(input, value);
}
