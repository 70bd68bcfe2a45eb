import { parseState, writeSettings, type Params } from './params';
import type { WidgetSpec } from './widget-spec';

const specs = import.meta.glob<{ spec: WidgetSpec<Params> }>('../*/spec.ts', { eager: true });

/** A widget to open with settings: from a predict-then-check question or a session's activity. */
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
  /** The preset in words: "Model size 10¹¹". */
  settings: string;
}

/**
 * The deep link that opens a widget with a preset, `/lessons/<lesson>/?<id>.<param>=<value>#<id>`,
 * after checking the widget exists and accepts every setting; throws a message naming the bad
 * part otherwise. Every preset value is written, even one equal to the widget's default, because
 * the lesson may have started the figure elsewhere. Given the lessons' MDX `sources`, it also checks
 * that the lesson places the widget (with that id), so the link's `#<id>` lands on the figure.
 */
export function widgetLink(widget: WidgetRef, lessons: readonly string[], base = '/', sources?: Readonly<Record<string, string>>): WidgetLink {
  const spec = specs[`../${widget.name}/spec.ts`]?.spec;
  const names = Object.keys(specs).map((path) => path.split('/')[1]).join(', ');
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
  if (sources && !placesWidget(sources[lesson] ?? '', spec.name, id)) {
    throw new Error(`widget.lesson: lesson "${lesson}" does not show widget "${widget.name}"${widget.id ? ` with id "${id}"` : ''}: name the lesson that does`);
  }
  const search = writeSettings(widget.preset, id, new URLSearchParams());
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

/**
 * Whether a lesson's MDX source places the widget: its component (`metric-lens` is `<MetricLens`),
 * with `id="<id>"` when the id is not the widget's name.
 */
function placesWidget(source: string, name: string, id: string): boolean {
  const component = name.replace(/(^|-)([a-z0-9])/g, (_, __, letter: string) => letter.toUpperCase());
  const tags = source.match(new RegExp(`<${component}\\b[^>]*>`, 'g')) ?? [];
  return tags.some((tag) => (id === name ? !/\bid=/.test(tag) : tag.includes(`id="${id}"`)));
}
