import * as Plot from '@observablehq/plot';
import { onsagerMagnetization, onsagerTc } from '@/sim';
import { chartOptions, range, renderChart } from '../kit/chart';
import { formatFixed } from '../kit/format';

export const criticalTemperature = onsagerTc();
const bounds = [0.5, 5] as const;

/**
 * Yang's exact |m|(T), sampled densely just below T_c where it falls to zero with a vertical
 * tangent (|m| ∝ (T_c − T)^(1/8)), so the line shows the drop instead of cutting the corner.
 */
const exactCurve = [
  ...range(bounds[0], criticalTemperature * 0.98, 80),
  ...[1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 1e-5, 1e-6].map((gap) => criticalTemperature * (1 - gap)),
  criticalTemperature,
  ...range(criticalTemperature, bounds[1], 20).slice(1),
].map((temperature) => ({ temperature, m: onsagerMagnetization(temperature) }));

/** A measured |m| at one temperature. */
export interface Measurement {
  temperature: number;
  m: number;
}

/** What the chart shows besides the exact curve. */
export interface ChartState {
  temperature: number;
  /** |m| of the lattice now (its running mean), if it has been measured. */
  measured?: Measurement | undefined;
  /** Earlier measurements at other temperatures on the same lattice. */
  trail?: readonly Measurement[];
}

/** |m| against T: the exact curve, T_c, the current temperature and what the lattice measured. */
export function magnetizationChart(document: Document, { temperature, measured, trail = [] }: ChartState): Element {
  const points = measured ? [...trail, measured] : trail;
  return renderChart({
    options: {
      ...chartOptions(),
      x: { domain: bounds, label: 'Temperature T →' },
      y: { domain: [0, 1.05], grid: true, label: '↑ |magnetisation|' },
      marks: [
        Plot.ruleX([criticalTemperature], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([criticalTemperature], { x: (t: number) => t, y: 1.05, text: () => `T_c ≈ ${criticalTemperature.toFixed(3)}`, dx: 4, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.line(exactCurve, { x: 'temperature', y: 'm', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.ruleX([temperature], { stroke: 'var(--fg)', strokeOpacity: 0.5 }),
        Plot.dot(trail, { x: 'temperature', y: 'm', symbol: 'diamond', r: 3.5, fill: 'var(--chart-2)', fillOpacity: 0.45 }),
        Plot.dot(measured ? [measured] : [], { x: 'temperature', y: 'm', symbol: 'diamond', r: 6, fill: 'var(--chart-2)', stroke: 'var(--bg)' }),
      ],
    },
    label: `Absolute magnetisation against temperature: the exact curve falls to zero at the critical temperature, ${criticalTemperature.toFixed(3)}; ` +
      `the current temperature is ${formatFixed(temperature)}` +
      (points.length > 0 ? `; ${points.length} measured point${points.length === 1 ? '' : 's'} from the lattice, the latest |m| ≈ ${formatFixed(points[points.length - 1]!.m)}` : ''),
  }, document);
}

/** A key to the chart's marks, as text so colour is never the only cue. */
export function legend(document: Document): Element {
  const p = document.createElement('p');
  p.className = 'widget-legend';
  p.innerHTML =
    '<span class="swatch line" style="--swatch: var(--chart-1)"></span> exact, infinite lattice (Onsager 1944, Yang 1952) ' +
    '<span class="swatch diamond" style="--swatch: var(--chart-2)"></span> measured on the lattice';
  return p;
}
