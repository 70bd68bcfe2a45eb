import { parseState, type Params } from '../widgets/kit/params';
import type { WidgetSpec } from '../widgets/kit/widget-spec';

const specs = import.meta.glob<{ spec: WidgetSpec<Params> }>('../widgets/*/spec.ts', { eager: true });

/** What a predict-then-check question says about its widget. */
export interface WidgetRef {
  name: string;
  id?: string;
  lesson?: string;
  preset: Record<string, number | string | boolean>;
}

export interface WidgetLink {
  href: string;
  /** The widget's title, e.g. "Smooth versus sharp". */
  title: string;
  /** The preset in words: "Model size 10^11". */
  settings: string;
}

/**
 * The deep link that opens a widget with a preset, `/lessons/<lesson>/?<id>.<param>=<value>#<id>`,
 * after checking the widget exists and accepts every setting; throws a message naming the bad
 * part otherwise. Every preset value is written, even one equal to the widget's default, because
 * the lesson may have started the figure elsewhere.
 */
export function widgetLink(widget: WidgetRef, lessons: readonly string[], base = '/'): WidgetLink {
  const spec = specs[`../widgets/${widget.name}/spec.ts`]?.spec;
  const names = Object.keys(specs).map((path) => path.split('/')[2]).join(', ');
  if (!spec) throw new Error(`widget.name: no widget "${widget.name}" (widgets: ${names})`);
  const lesson = widget.lesson ?? spec.lesson;
  if (!lessons.includes(lesson)) throw new Error(`widget.lesson: no lesson "${lesson}" in the site to show widget "${widget.name}"`);
  const unknown = Object.keys(widget.preset).filter((key) => !(key in spec.params));
  if (unknown.length > 0) {
    throw new Error(`widget.preset: widget "${widget.name}" has no setting ${unknown.map((key) => `"${key}"`).join(', ')} (settings: ${Object.keys(spec.params).join(', ')})`);
  }
  const { state, notes } = parseState(spec.params, widget.preset);
  const mismatched = Object.entries(widget.preset).filter(([key, value]) => state[key] !== value);
  if (notes.length > 0 || mismatched.length > 0) {
    throw new Error(`widget.preset: ${notes.join(' ') || mismatched.map(([key, value]) => `${key} = ${String(value)} is not a value the widget accepts`).join('; ')}`);
  }
  const id = widget.id ?? spec.name;
  const search = new URLSearchParams(Object.entries(widget.preset).map(([key, value]) => [`${id}.${key}`, String(value)]));
  const settings = Object.entries(widget.preset)
    .map(([key, value]) => {
      const param = spec.params[key]!;
      if (param.kind === 'number') return `${param.label} ${param.format ? param.format(value as number) : value}`;
      if (param.kind === 'choice') return `${param.label}: ${param.options.find((option) => option.value === value)?.label ?? value}`;
      return `${param.label}: ${value ? 'on' : 'off'}`;
    })
    .join(', ');
  return { href: `${base}lessons/${lesson}/?${search}#${id}`, title: spec.title, settings };
}
