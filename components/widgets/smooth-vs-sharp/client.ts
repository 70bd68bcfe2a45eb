import { bindSlider } from '../kit/slider';
import { defaults, describe, draw, type State } from './view';

/** Brings one smooth-vs-sharp figure to life: the slider redraws both charts and the reading. */
export function hydrate(figure: HTMLElement): void {
  const state: State = { scale: Number(figure.dataset.scale ?? defaults.scale) };
  const reading = figure.querySelector<HTMLElement>('[data-reading]')!;
  const update = () => {
    figure.querySelector('.charts')!.replaceWith(draw(state, document));
    reading.textContent = describe(state);
  };
  bindSlider(figure, 'scale', (scale) => {
    state.scale = scale;
    update();
  }, (x) => `10^${x}`);
  figure.dataset.hydrated = '';
}
