import * as Plot from '@observablehq/plot';
import type { ChinchillaFit } from '@/sim';
import { range } from '../kit/chart';

/** The map's extent: log₁₀ parameters along x, log₁₀ training tokens along y. */
export const nRange = [7, 13] as const;
export const dRange = [8, 14] as const;

/** One point of a band's upper edge: at log₁₀ parameters `n`, the band reaches up to log₁₀ tokens `d`. */
export interface BandPoint {
  n: number;
  d: number;
  /** The loss threshold: the band covers every allocation whose loss is at least this. */
  loss: number;
  /** The band's colour: the threshold on a reversed viridis scale over the thresholds, as Plot's contour colours it. */
  color: string;
}

const loss = (fit: ChinchillaFit, n: number, d: number) => fit.e + fit.a / 10 ** (fit.alpha * n) + fit.b / 10 ** (fit.beta * d);

/** A round step giving about `count` ticks between `low` and `high` (1, 2 or 5 times a power of ten), as Plot chooses contour thresholds. */
function tickStep(low: number, high: number, count: number): number {
  const step = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(step));
  const error = step / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

/** Loss thresholds about `count` to the map: round values from the last one at or below the lowest loss up to below the highest. */
export function thresholds(fit: ChinchillaFit, count = 14): number[] {
  // The loss falls with both N and D, so its extremes over the map are at two corners.
  const high = loss(fit, nRange[0], dRange[0]);
  const low = loss(fit, nRange[1], dRange[1]);
  const step = tickStep(low, high, count);
  const values = [];
  for (let i = Math.floor(low / step); i * step < high; i++) values.push(Number((i * step).toPrecision(12)));
  return values;
}

/** log₁₀ tokens at which the loss at log₁₀ parameters n equals `threshold`, +∞ when it stays above it. */
function tokensFor(fit: ChinchillaFit, n: number, threshold: number): number {
  const rest = threshold - fit.e - fit.a / 10 ** (fit.alpha * n);
  return rest <= 0 ? Infinity : Math.log10(fit.b / rest) / fit.beta;
}

/** log₁₀ parameters at which the loss at log₁₀ tokens d equals `threshold`, +∞ when it stays above it. */
function parametersFor(fit: ChinchillaFit, d: number, threshold: number): number {
  const rest = threshold - fit.e - fit.b / 10 ** (fit.beta * d);
  return rest <= 0 ? Infinity : Math.log10(fit.a / rest) / fit.alpha;
}

const columns = range(nRange[0], nRange[1], 31);
const cache = new Map<ChinchillaFit, BandPoint[]>();

/**
 * Filled contours of the loss surface L(N, D) over the map, as the upper edges of bands: since the
 * loss falls with both N and D, the allocations with loss ≥ t are everything below a falling curve
 * d_t(n), solved exactly from the fit, so each band is an area from the bottom edge up to that
 * curve (clamped to the map), ending where the curve meets the bottom edge. Computed once per fit,
 * colours included, so a render only draws the areas.
 */
export function lossBands(fit: ChinchillaFit): BandPoint[] {
  let bands = cache.get(fit);
  if (bands) return bands;
  bands = [];
  const levels = thresholds(fit);
  const colors = Plot.scale({ color: { type: 'linear', scheme: 'viridis', reverse: true, domain: [levels[0]!, levels.at(-1)!] } });
  for (const threshold of levels) {
    const end = Math.min(nRange[1], parametersFor(fit, dRange[0], threshold));
    if (end <= nRange[0]) continue;
    // Where the curve leaves the top edge, exactly, so the corner is not cut between columns.
    const top = parametersFor(fit, dRange[1], threshold);
    const color = String(colors.apply(threshold));
    const edge = (n: number) => ({ n, d: Math.min(dRange[1], Math.max(dRange[0], tokensFor(fit, n, threshold))), loss: threshold, color });
    const at = columns.filter((n) => n < end);
    if (top > nRange[0] && top < end) at.push(top);
    at.push(end);
    bands.push(...at.sort((a, b) => a - b).map(edge));
  }
  cache.set(fit, bands);
  return bands;
}
