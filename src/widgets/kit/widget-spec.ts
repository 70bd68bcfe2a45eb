import { renderCharts, type Chart } from './chart';
import type { Params, StateOf } from './params';

/** A view that keeps state between updates, such as an animated canvas. */
export interface LiveView<S> {
  /** Shows `state`; called after every change of a control. */
  update(state: S): void;
  /**
   * Advances the model and redraws, once per animation frame while the widget plays
   * (`now` is the frame's timestamp in ms). Only called when the spec is `animated`.
   */
  frame?(now: number): void;
  /**
   * What the running model has measured since the last change, as a sentence
   * ("Measured |m| ≈ 0.85 over the last 200 sweeps."), or '' when nothing yet.
   * Added to the reading when the reader pauses, so it is read out once rather than every frame.
   */
  measured?(): string;
  /** The reading for `state` when it depends on what the view holds (results of a run); replaces `describe` in the browser. */
  describe?(state: S): string;
}

/** What a live view receives besides its figure and state. */
export interface LiveContext<D> {
  /** What `prepare` computed at build time for the lesson's setting (undefined without `prepare`). */
  data: D | undefined;
  /** Replaces the reading, read out politely: for news the view learns later, such as a finished run. */
  announce(text: string): void;
}

/**
 * Everything the kit needs to know about one widget. The kit renders its
 * controls, reads and writes its state (attributes, URL), and calls these
 * functions; the widget itself only computes with `src/sim` and draws.
 * `D` is the type of the data `prepare` computes at build time.
 */
export interface WidgetSpec<P extends Params, D = unknown> {
  /** The `data-widget` name, e.g. "metric-lens"; its folder and component share it. */
  name: string;
  /** Heading on the page of all interactives, e.g. "Metric lens". */
  title: string;
  /** Id of the lesson the widget belongs to, e.g. "mirage-or-real". */
  lesson: string;
  /** What to try, shown under the widget on the page of all interactives. */
  caption: string;
  /** Where real data comes from, printed under the figure wherever it appears. */
  source?: string;
  /** The settings a reader can change, in the order the controls appear. */
  params: P;
  /**
   * The widget animates: the kit adds a Play/Pause button and calls the live view's `frame`
   * on every animation frame while playing and visible. It starts paused when the reader
   * prefers reduced motion.
   */
  animated?: boolean;
  /**
   * Results too costly to compute on every change (Monte Carlo curves, a training run),
   * computed once at build time for the lesson's setting and shipped with the figure as JSON,
   * so the browser starts from them instead of recomputing. Must be JSON-safe.
   */
  prepare?(state: StateOf<P>): D;
  /**
   * Text alternative: what the chart shows for `state`, read out politely on change. `data` is
   * what `prepare` made for the lesson's setting, which may differ from `state`; callers that
   * have none (unit tests) leave it out, and a widget then computes what it needs or says it has nothing.
   */
  describe(state: StateOf<P>, data?: D): string;
  /**
   * The figure's drawing for `state`, with `document` (the page's, or a server-side one for the build); `data` as for `describe`;
   * `room`, in the browser, the width in px each chart has on the page (charts drawn by `plots` fit it; see `fittedWidth`).
   */
  draw(state: StateOf<P>, document: Document, data?: D, room?: number): Element;
  /**
   * The charts of a curve widget for `state`: one Plot options object per chart, with its label
   * (see `chart.ts`). The kit renders them with Plot at build time and again in the browser after
   * a change, at most once per animation frame. Given instead of `draw` and `live`.
   */
  plots?(state: StateOf<P>, data?: D): Chart[];
  /** Replaces `draw` in the browser for widgets that animate or keep a simulation running. */
  live?(figure: HTMLElement, state: StateOf<P>, context: LiveContext<D>): LiveView<StateOf<P>>;
}

/** What a widget's file defines: `draw` (with `live` if it keeps state), or `plots`. */
export type WidgetDefinition<P extends Params, D> = Omit<WidgetSpec<P, D>, 'draw'> & Partial<Pick<WidgetSpec<P, D>, 'draw'>>;

/**
 * Keeps the state type of `params` (and of prepared data) for the other members, and gives a
 * widget defined by `plots` its `draw`. `P` is a const type parameter, so the values of a
 * choice's options stay literal types and a lesson's wrong option is a type error.
 */
export function defineWidget<const P extends Params, D = undefined>(definition: WidgetDefinition<P, D>): WidgetSpec<P, D> {
  const { draw, plots } = definition;
  if (plots && (draw || definition.live)) throw new Error(`widget "${definition.name}": give plots, or draw (and live), not both`);
  if (draw) return { ...definition, draw };
  if (!plots) throw new Error(`widget "${definition.name}": give draw or plots`);
  return { ...definition, draw: (state, document, data, room) => renderCharts(plots(state, data), document, room) };
}

/**
 * The props of a widget's Astro wrapper, derived from its spec: the lesson's caption, an optional
 * id, and a starting value for any setting (`type Props = WidgetProps<typeof spec>`).
 */
export type WidgetProps<S> = S extends WidgetSpec<infer P, infer _D> ? { caption: string; id?: string } & Partial<StateOf<P>> : never;
