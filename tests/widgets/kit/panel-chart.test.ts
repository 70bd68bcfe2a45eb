import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dot, line } from '@/widgets/kit/layer-marks';
import { builtCharts, drawPanels, PanelChart, PanelsView, renderPanel, type Panel } from '@/widgets/kit/panel-chart';

const document = () => parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;

/** A panel over x in [0, 10] and y in [0, 1] whose frame counts its renders in `renders`. */
function panel(key: string, x: number, renders: string[] = []): Panel {
  return {
    key,
    frame: (document) => {
      renders.push(key);
      return {
        document, width: 300, height: 200, marginLeft: 40, marginRight: 20, marginTop: 20, marginBottom: 30,
        x: { domain: [0, key === 'wide' ? 20 : 10] }, y: { domain: [0, 1] }, marks: [Plot.frame()],
      };
    },
    label: `A dot at ${x}`,
    layer: [line([0, x], [0, 1], { stroke: 'var(--chart-1)' }), dot(x, 0.5, { r: 5, fill: 'var(--chart-2)' })],
  };
}

describe('renderPanel', () => {
  it("places the layer's marks with the chart's own scales", () => {
    const svg = renderPanel(panel('narrow', 5), document());
    const scale = (svg as unknown as Plot.Plot).scale('x')!;
    const circle = svg.querySelector('circle')!;
    expect(Number(circle.getAttribute('cx'))).toBe(scale.apply(5));
    expect(Number(circle.getAttribute('cy'))).toBe(95); // halfway between 170 and 20 px
    expect(circle.getAttribute('fill')).toBe('var(--chart-2)');
    expect(svg.querySelector('g[data-key] path')!.getAttribute('d')).toBe(`M40.0,170.0L${scale.apply(5).toFixed(1)},20.0`);
  });

  it('keeps the chart an image with a label and hides the layer from assistive technology', () => {
    const svg = renderPanel(panel('narrow', 5), document());
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A dot at 5');
    const layer = svg.lastElementChild!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.querySelector('circle')).not.toBeNull();
  });

  it('leaves out marks outside the frame and the points of a line beyond its x domain', () => {
    const svg = renderPanel({ ...panel('narrow', 5), layer: [dot(12, 0.5), dot(5, 1.5), line([2, 4, 15], [0, 1, 1])] }, document());
    expect(svg.querySelectorAll('circle')).toHaveLength(0);
    expect(svg.lastElementChild!.querySelector('path')!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(2);
  });

  it('draws a step line that changes value halfway between points', () => {
    const svg = renderPanel({ ...panel('narrow', 5), layer: [line([0, 10], [0, 1], { step: true })] }, document());
    expect(svg.lastElementChild!.querySelector('path')!.getAttribute('d')).toBe('M40.0,170.0H160.0V20.0H280.0');
  });
});

describe('PanelChart', () => {
  it('renders the frame once per key and moves the layer in place while the key stays', () => {
    const renders: string[] = [];
    const host = document().body;
    const chart = new PanelChart(panel('narrow', 2, renders), host.ownerDocument);
    host.append(chart.element);
    const circle = chart.element.querySelector('circle')!;
    const path = chart.element.querySelector('g[data-key] path')!;
    const before = { cx: circle.getAttribute('cx'), d: path.getAttribute('d') };

    chart.update(panel('narrow', 8, renders));
    expect(renders).toEqual(['narrow']);
    expect(chart.element.querySelector('circle')).toBe(circle);
    expect(circle.getAttribute('cx')).not.toBe(before.cx);
    expect(chart.element.querySelector('g[data-key] path')).toBe(path);
    expect(path.getAttribute('d')).not.toBe(before.d);
    expect(chart.element.getAttribute('aria-label')).toBe('A dot at 8');
  });

  it('renders a new frame when the key changes, in place of the old one, and keeps recent frames', () => {
    const renders: string[] = [];
    const host = document().body;
    const chart = new PanelChart(panel('narrow', 2, renders), host.ownerDocument);
    host.append(chart.element);
    const narrow = chart.element;

    chart.update(panel('wide', 15, renders));
    expect(renders).toEqual(['narrow', 'wide']);
    expect(host.children).toHaveLength(1);
    expect(host.firstElementChild).toBe(chart.element);
    expect(chart.element).not.toBe(narrow);
    expect(chart.element.querySelector('circle')!.getAttribute('cx')).toBe('220.0'); // 15 of 20 over 40…280 px

    chart.update(panel('narrow', 3, renders));
    expect(renders).toEqual(['narrow', 'wide']);
    expect(host.firstElementChild).toBe(narrow);
    expect(narrow.querySelector('circle')!.getAttribute('cx')).toBe('112.0');
  });

  it("takes over the build's markup of the same key without rendering, and updates it", () => {
    const markup = renderPanel(panel('narrow', 5), document()).outerHTML;
    const page = parseHTML(`<!doctype html><html><body><div>${markup}</div></body></html>`).document as unknown as Document;
    const built = builtCharts(page.body)[0]!;
    const renders: string[] = [];
    const chart = new PanelChart(panel('narrow', 5, renders), page, built);
    expect(renders).toEqual([]);
    expect(chart.element).toBe(built);
    expect(page.body.innerHTML).toContain(markup);
    chart.update(panel('narrow', 10, renders));
    expect(renders).toEqual([]);
    expect(built.querySelector('circle')!.getAttribute('cx')).toBe('280.0');
  });

  it('renders afresh, in place of the build markup, when the build shows another key', () => {
    const page = parseHTML(`<!doctype html><html><body><div>${renderPanel(panel('narrow', 5), document()).outerHTML}</div></body></html>`).document as unknown as Document;
    const renders: string[] = [];
    const chart = new PanelChart(panel('wide', 5, renders), page, builtCharts(page.body)[0]);
    expect(renders).toEqual(['wide']);
    expect(page.body.firstElementChild!.firstElementChild).toBe(chart.element);
  });

  it('removes layer elements that a new state no longer has', () => {
    const chart = new PanelChart(panel('narrow', 5), document());
    chart.update({ ...panel('narrow', 5), layer: [dot(1, 0.5)] });
    expect(chart.element.querySelector('g[data-key]')!.children).toHaveLength(1);
  });
});

describe('PanelsView', () => {
  it("takes over a figure's build-time charts and updates each on a change of state", () => {
    const panels = (state: { x: number }) => [panel('narrow', state.x), panel('wide', 2 * state.x)];
    const markup = drawPanels(panels({ x: 1 }), document()).outerHTML;
    const page = parseHTML(`<!doctype html><html><body><figure><div class="widget-view">${markup}</div></figure></body></html>`).document as unknown as Document;
    const figure = page.querySelector('figure') as unknown as HTMLElement;
    const view = new PanelsView(figure, { x: 1 }, undefined, panels);
    expect(figure.querySelector('.widget-view')!.innerHTML).toBe(markup);
    view.update({ x: 5 });
    expect([...figure.querySelectorAll('circle')].map((circle) => circle.getAttribute('cx'))).toEqual(['160.0', '160.0']);
  });
});
