import { readNumber } from './clamp';

/** What every setting may declare besides its kind and values. */
interface ParamBase {
  label: string;
  /**
   * For a setting that matters in some modes only: the control shows while this holds for the
   * current state and is hidden otherwise (its value is kept). Shown always when absent.
   */
  shownWhen?: (state: Readonly<Record<string, number | string | boolean>>) => boolean;
}

/** A numeric setting, shown as a slider with a number box. */
export interface NumberParam extends ParamBase {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
  /** Unit after the number box, e.g. "log₁₀ FLOPs" for a log-scale slider. */
  unit?: string;
  /** How a value reads in notes and URLs' previews, e.g. `powerOfTen` for a log₁₀ slider (10¹¹, 3.2 × 10⁹). */
  format?: (value: number) => string;
}

/** One of a few named options, shown as a select. */
export interface ChoiceParam extends ParamBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
  default: string;
}

/** On or off, shown as a checkbox. */
export interface ToggleParam extends ParamBase {
  kind: 'toggle';
  default: boolean;
}

export type Param = NumberParam | ChoiceParam | ToggleParam;
/** The value a setting holds; a choice's is the union of its options' values when they are literal types. */
export type ParamValue<P extends Param> = P extends NumberParam ? number : P extends ChoiceParam ? P['options'][number]['value'] : boolean;
export type Params = Record<string, Param>;
export type StateOf<P extends Params> = { [K in keyof P]: ParamValue<P[K]> };

/** A state read from untrusted text (attributes, a URL), and what had to be corrected. */
export interface ParsedState<P extends Params> {
  state: StateOf<P>;
  notes: string[];
}

/** The default state of a widget. */
export function defaultState<P extends Params>(params: P): StateOf<P> {
  return Object.fromEntries(Object.entries(params).map(([key, param]) => [key, param.default])) as StateOf<P>;
}

/**
 * Reads each setting from `raw` (absent keys keep `base`), clamping numbers,
 * rejecting unknown choices and malformed toggles with a note. Never throws,
 * never yields NaN.
 */
export function parseState<P extends Params>(params: P, raw: Record<string, unknown>, base = defaultState(params)): ParsedState<P> {
  const state = { ...base } as Record<string, number | string | boolean>;
  const notes: string[] = [];
  for (const [key, param] of Object.entries(params)) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const text = String(value);
    if (param.kind === 'number') {
      const reading = readNumber(text, param, state[key] as number, param.format);
      state[key] = reading.value;
      if (reading.note) notes.push(`${param.label}: ${reading.note}`);
    } else if (param.kind === 'choice') {
      if (param.options.some((option) => option.value === text)) state[key] = text;
      else notes.push(`${param.label}: “${text.slice(0, 40)}” is not an option; kept ${String(state[key])}.`);
    } else if (text === 'true' || text === 'false') {
      state[key] = text === 'true';
    } else {
      notes.push(`${param.label}: “${text.slice(0, 40)}” is not on or off; kept ${state[key] ? 'on' : 'off'}.`);
    }
  }
  return { state: state as StateOf<P>, notes };
}

/** A setting's name in a URL: `<id>.<param>`, e.g. `metric-lens.length`. */
const urlName = (id: string, key: string) => `${id}.${key}`;

/** Writes the settings that differ from the defaults into `search`, each key prefixed by the widget's id. */
export function writeState<P extends Params>(params: P, state: StateOf<P>, id: string, search: URLSearchParams): URLSearchParams {
  for (const [key, param] of Object.entries(params)) {
    const value = state[key as keyof P];
    if (value === param.default) search.delete(urlName(id, key));
    else writeSettings({ [key]: value }, id, search);
  }
  return search;
}

/** Writes every one of `settings` into `search`, defaults included: for links that must set a figure whatever it shows now. */
export function writeSettings(settings: Record<string, number | string | boolean>, id: string, search: URLSearchParams): URLSearchParams {
  for (const [key, value] of Object.entries(settings)) search.set(urlName(id, key), String(value));
  return search;
}

/** The raw settings a URL holds for the widget `id`. */
export function readState(search: URLSearchParams, id: string): Record<string, string> {
  const prefix = urlName(id, '');
  const raw: Record<string, string> = {};
  for (const [name, value] of search) {
    if (name.startsWith(prefix)) raw[name.slice(prefix.length)] = value;
  }
  return raw;
}

/** Whether a setting's control shows for `state` (see `shownWhen`). */
export const isShown = (param: Param, state: Readonly<Record<string, number | string | boolean>>): boolean => param.shownWhen?.(state) ?? true;
