import type { Params, StateOf } from './params';

/** A view that keeps state between updates, such as an animated canvas. */
export interface LiveView<S> {
  /** Shows `state`; called after every change of a control. */
  update(state: S): void;
}

/**
 * Everything the kit needs to know about one widget. The kit renders its
 * controls, reads and writes its state (attributes, URL), and calls these
 * functions; the widget itself only computes with `src/sim` and draws.
 */
export interface WidgetSpec<P extends Params> {
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
  /** Text alternative: what the chart shows for `state`, read out politely on change. */
  describe(state: StateOf<P>): string;
  /** The figure's drawing for `state`, with `document` (the page's, or a server-side one for the build). */
  draw(state: StateOf<P>, document: Document): Element;
  /** Replaces `draw` in the browser for widgets that animate or keep a simulation running. */
  live?(figure: HTMLElement, state: StateOf<P>): LiveView<StateOf<P>>;
}

/** Identity helper that keeps the state type of `params` for the other members. */
export function defineWidget<P extends Params>(spec: WidgetSpec<P>): WidgetSpec<P> {
  return spec;
}
