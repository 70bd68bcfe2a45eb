import { readNumber, type Bounds } from './clamp';

/**
 * Wires the slider rendered by `Slider.astro` for state key `name` inside
 * `figure`: range and number box stay in step, typed values are read with
 * `readNumber` (clamped, with a visible note), and `onChange` receives only
 * safe values. Returns a setter for moving the control from code.
 */
export function bindSlider(
  figure: HTMLElement,
  name: string,
  onChange: (value: number) => void,
  label?: (x: number) => string,
): (value: number) => void {
  const root = figure.querySelector<HTMLElement>(`[data-control="${name}"]`);
  const range = root?.querySelector<HTMLInputElement>('input[type="range"]');
  const box = root?.querySelector<HTMLInputElement>('input[type="number"]');
  const note = root?.querySelector<HTMLElement>('.note');
  if (!root || !range || !box || !note) throw new Error(`widget has no slider named "${name}"`);

  const bounds: Bounds = { min: Number(range.min), max: Number(range.max), step: Number(range.step) };
  let current = Number(range.value);
  const set = (value: number) => {
    current = value;
    range.value = String(value);
    box.value = String(value);
  };

  range.addEventListener('input', () => {
    note.textContent = '';
    set(Number(range.value));
    onChange(current);
  });
  box.addEventListener('change', () => {
    const reading = readNumber(box.value, bounds, current, label);
    note.textContent = reading.note ?? '';
    set(reading.value);
    onChange(current);
  });
  range.disabled = false;
  box.disabled = false;
  return set;
}
