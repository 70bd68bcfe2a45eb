import { charts } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';
import { birdsPath } from './birds';
import { orderChart, type OrderPoint } from './chart';
import { describeSetting } from './describe';
import { fly, startFlock } from './flock';
import { FlockView } from './view';

/** Steps the build-time figure runs: enough for v_a to climb from disorder at low noise. */
const buildSteps = 200;
/** Width of the build-time flock drawing, in SVG units. */
const side = 340;

/** What the build prepares: the setting it flew and v_a at each step, to 3 decimals. */
interface BuildFlight {
  noise: number;
  birds: number;
  order: number[];
}

/** The Vicsek model: a flock on a canvas, a noise slider and the order parameter over time. */
export const spec = defineWidget({
  name: 'flocking',
  title: 'Flocking',
  lesson: 'phase-transitions',
  caption:
    'With little noise, birds that only copy their neighbours soon fly as one flock: the order parameter climbs towards 1. ' +
    'Raise the noise towards 5 radians and the order melts; lower it again and it returns. No bird leads.',
  animated: true,
  params: {
    noise: { kind: 'number', label: 'Noise η', min: 0, max: 6.28, step: 0.02, default: 1.5, unit: 'radians' },
    birds: { kind: 'number', label: 'Birds', min: 200, max: 2000, step: 100, default: 1000 },
  },
  // Flying the flock takes a few hundred ms, so it happens once, at build time; without the
  // prepared flight (some unit tests) the drawing shows the flock at its random start.
  prepare({ noise, birds }): BuildFlight {
    return { noise, birds, order: fly(birds, noise, buildSteps).history.map((point) => Number(point.order.toFixed(3))) };
  },
  describe({ noise, birds }) {
    return describeSetting(noise, birds, startFlock(birds, noise).boxSize);
  },
  draw({ noise, birds }, document, data) {
    const flown = data?.noise === noise && data.birds === birds;
    const flock = flown ? fly(birds, noise, buildSteps).flock : startFlock(birds, noise);
    const history: OrderPoint[] = flown ? data.order.map((order, step) => ({ step, order })) : [{ step: 0, order: flock.polarization() }];
    const steps = history.length - 1;
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
    svg.setAttribute('class', 'lattice flock');
    svg.setAttribute('role', 'img');
    svg.setAttribute(
      'aria-label',
      `${birds} birds after ${steps} steps at noise ${formatFixed(noise)}, each drawn as a short stroke ending in a dot where it flies to; order parameter ${formatFixed(flock.polarization())}`,
    );
    const { tails, heads } = birdsPath(flock, side);
    for (const [d, width] of [[tails, '1.5'], [heads, '3.5']] as const) {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('d', d);
      path.setAttribute('stroke', 'var(--chart-1)');
      path.setAttribute('stroke-width', width);
      path.setAttribute('stroke-linecap', 'round');
      svg.append(path);
    }
    return charts(document, svg, orderChart(document, history, birds));
  },
  live(figure, { noise, birds }) {
    return new FlockView(figure, noise, birds);
  },
});
