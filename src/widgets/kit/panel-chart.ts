import type * as Plot from '@observablehq/plot';
import { chart, charts } from './chart';
import { chartOverlay, type ChartOverlay } from './chart-overlay';
import { paintLayer, type LayerMark } from './layer-marks';
import type { LiveView } from './widget-spec';

/**
 * One chart of a widget for one state, split by how often it changes. The frame (axes, grid,
 * scales and the marks this setting fixes) is rendered by Plot, and only when `key` changes;
 * the layer (cursors, dots, curves a slider reshapes, labels that follow them) is a few SVG
 * elements placed in the frame's scales and updated in place.
 */
export interface Panel {
  /** Names everything the frame depends on: the same key must give the same frame. */
  key: string;
  /** Plot options of the frame; called only when the key changes. */
  frame(document: Document): Plot.PlotOptions;
  /** The chart's accessible name for this state. */
  label: string;
  /** The marks that move with the state, in drawing order, above the frame's marks. */
  layer: readonly LayerMark[];
}

/** Renders a panel whole: its frame by Plot, then its layer. The build and the browser both start here. */
export function renderPanel(panel: Panel, document: Document): Element {
  const svg = chart(panel.frame(document), panel.label);
  const overlay = chartOverlay(svg);
  overlay.layer.setAttribute('data-key', panel.key);
  paintLayer(overlay, panel.layer);
  return svg;
}

/** Panels side by side (stacked on a phone), as one view. */
export function drawPanels(panels: readonly Panel[], document: Document): Element {
  return charts(document, ...panels.map((panel) => renderPanel(panel, document)));
}

/** The charts drawn by {@link renderPanel} inside `root`, such as the build's markup of a figure, in order. */
export function builtCharts(root: Element): Element[] {
  return [...root.querySelectorAll('g[data-key]')].map((layer) => layer.parentElement!);
}

/** Frames kept per chart, so switching back to a recent setting needs no render. */
const keptFrames = 8;

/** A panel shown in the page: renders its frame when the key changes and otherwise updates the layer in place. */
export class PanelChart {
  #element: Element;
  #overlay: ChartOverlay;
  #key: string;
  /** Recently shown frames by key, oldest first. */
  readonly #frames = new Map<string, { element: Element; overlay: ChartOverlay }>();

  /** Shows `panel`, taking over `existing` (the build's markup of a panel) when it has the same key. */
  constructor(panel: Panel, document: Document, existing?: Element) {
    const built = existing && chartOverlay(existing);
    if (existing && built?.layer.getAttribute('data-key') === panel.key) {
      this.#element = existing;
      this.#overlay = built;
    } else {
      this.#element = renderPanel(panel, document);
      existing?.replaceWith(this.#element);
      this.#overlay = chartOverlay(this.#element);
    }
    this.#key = panel.key;
    this.#frames.set(panel.key, { element: this.#element, overlay: this.#overlay });
    this.#paint(panel);
  }

  /** The panel's svg; it is another element after a change of key (the old one is replaced in the page). */
  get element(): Element {
    return this.#element;
  }

  update(panel: Panel): void {
    if (panel.key !== this.#key) {
      let frame = this.#frames.get(panel.key);
      if (frame) this.#frames.delete(panel.key);
      else {
        const element = renderPanel(panel, this.#element.ownerDocument);
        frame = { element, overlay: chartOverlay(element) };
      }
      this.#frames.set(panel.key, frame);
      if (this.#frames.size > keptFrames) this.#frames.delete(this.#frames.keys().next().value!);
      this.#element.replaceWith(frame.element);
      this.#element = frame.element;
      this.#overlay = frame.overlay;
      this.#key = panel.key;
    }
    this.#paint(panel);
  }

  #paint(panel: Panel): void {
    if (this.#element.getAttribute('aria-label') !== panel.label) this.#element.setAttribute('aria-label', panel.label);
    paintLayer(this.#overlay, panel.layer);
  }
}

/**
 * The browser view of a widget drawn with panels: takes over the build's charts when they show
 * the same frames (no render when the page opens), then updates each panel on every change.
 */
export class PanelsView<S, D> implements LiveView<S> {
  readonly #charts: PanelChart[];
  readonly #panels: (state: S, data?: D) => Panel[];
  readonly #data: D | undefined;

  constructor(figure: HTMLElement, state: S, data: D | undefined, panels: (state: S, data?: D) => Panel[]) {
    this.#panels = panels;
    this.#data = data;
    const document = figure.ownerDocument;
    const view = figure.querySelector('.widget-view')!;
    const built = builtCharts(view);
    const first = panels(state, data);
    if (built.length === first.length) {
      this.#charts = first.map((panel, i) => new PanelChart(panel, document, built[i]));
    } else {
      this.#charts = first.map((panel) => new PanelChart(panel, document));
      view.replaceChildren(charts(document, ...this.#charts.map((chart) => chart.element)));
    }
  }

  update(state: S): void {
    this.#panels(state, this.#data).forEach((panel, i) => this.#charts[i]!.update(panel));
  }
}
