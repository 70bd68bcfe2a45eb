import { finite, finiteArray, keyword } from './validate';
import { logistic } from './special';

/** A least-squares straight line y = slope·x + intercept. */
export interface LineFit {
  kind: 'line';
  slope: number;
  intercept: number;
  /** Coefficient of determination R² (1 when the points are collinear or all y are equal). */
  r2: number;
}

/** A least-squares logistic y = floor + (ceiling − floor) / (1 + e^(−slope·(x − midpoint))). */
export interface LogisticFit {
  kind: 'logistic';
  midpoint: number;
  slope: number;
  floor: number;
  ceiling: number;
  /** Residual sum of squares of the fit. */
  rss: number;
}

export type Fit = LineFit | LogisticFit;

function checkPoints(xs: ArrayLike<number>, ys: ArrayLike<number>, min: number): void {
  finiteArray(xs, 'xs', min);
  finiteArray(ys, 'ys');
  if (xs.length !== ys.length) {
    throw new RangeError(`invalid ys.length: ${ys.length} (expected the length of xs, ${xs.length})`);
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    lo = Math.min(lo, xs[i]!);
    hi = Math.max(hi, xs[i]!);
  }
  if (!(hi > lo)) throw new RangeError(`invalid xs: all equal to ${lo} (expected at least two distinct values)`);
}

/**
 * Ordinary least squares through (x, y) points: slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)². Fit scores
 * against log10(scale) to extrapolate a trend, the way forecasts of smooth metrics are made.
 * Needs at least two distinct x values.
 */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>): LineFit {
  checkPoints(xs, ys, 2);
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  // Deviations are divided by their largest magnitude first, so that sums of squares neither
  // overflow nor underflow for tiny or huge inputs.
  let ax = 0;
  let ay = 0;
  for (let i = 0; i < n; i++) {
    ax = Math.max(ax, Math.abs(xs[i]! - mx));
    ay = Math.max(ay, Math.abs(ys[i]! - my));
  }
  let suu = 0;
  let suv = 0;
  let svv = 0;
  for (let i = 0; i < n; i++) {
    const u = (xs[i]! - mx) / ax;
    const v = ay === 0 ? 0 : (ys[i]! - my) / ay;
    suu += u * u;
    suv += u * v;
    svv += v * v;
  }
  const slope = ay === 0 ? 0 : (suv / suu) * (ay / ax);
  const r2 = svv === 0 ? 1 : Math.min(1, (suv / suu) * (suv / svv));
  if (!Number.isFinite(slope) || !Number.isFinite(my - slope * mx)) {
    throw new RangeError(`invalid xs: cannot fit a line (expected |x| and |y| below about 1e300)`);
  }
  return { kind: 'line', slope, intercept: my - slope * mx, r2 };
}

/** Options of {@link fitLogistic}. */
export interface FitLogisticOptions {
  /** Fixed lower asymptote, e.g. the chance score. Default 0. */
  floor?: number;
  /** Fixed upper asymptote. Default 1. */
  ceiling?: number;
  /** Largest |slope| searched, in logits per unit of x; bounds fits to points that look like a step. Default 50. */
  maxSlope?: number;
}

const fitLogisticDefaults: Required<FitLogisticOptions> = { floor: 0, ceiling: 1, maxSlope: 50 };

/**
 * Least-squares logistic with fixed floor and ceiling, fitting midpoint and slope. A coarse grid
 * search (midpoints over the x range widened by its span on each side, slopes log-spaced with
 * both signs) picks a start that a Gauss–Newton refinement (Levenberg–Marquardt damping) then
 * improves. Points that are all near the floor hardly constrain the midpoint: that is the
 * "extrapolation trap" lesson 1 shows, and why the search range is bounded.
 */
export function fitLogistic(xs: ArrayLike<number>, ys: ArrayLike<number>, options: FitLogisticOptions = {}): LogisticFit {
  checkPoints(xs, ys, 2);
  const { floor, ceiling, maxSlope } = { ...fitLogisticDefaults, ...options };
  finite(floor, 'floor');
  finite(ceiling, 'ceiling');
  if (!(ceiling > floor)) throw new RangeError(`invalid ceiling: ${ceiling} (expected ceiling > floor, ${floor})`);
  finite(maxSlope, 'maxSlope');
  if (!(maxSlope > 0)) throw new RangeError(`invalid maxSlope: ${maxSlope} (expected maxSlope > 0)`);
  const n = xs.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    lo = Math.min(lo, xs[i]!);
    hi = Math.max(hi, xs[i]!);
  }
  const span = hi - lo;
  const mLo = lo - span;
  const mHi = hi + span;
  const range = ceiling - floor;
  const rss = (m: number, k: number): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const r = ys[i]! - (floor + range * logistic(k * (xs[i]! - m)));
      s += r * r;
    }
    return s;
  };
  let best = { m: (lo + hi) / 2, k: 1 / span, s: Infinity };
  const kMin = Math.min(0.1 / span, maxSlope * 1e-3);
  for (let a = 0; a <= 40; a++) {
    const m = mLo + ((mHi - mLo) * a) / 40;
    for (let b = 0; b <= 24; b++) {
      const mag = kMin * Math.pow(maxSlope / kMin, b / 24);
      for (const k of [mag, -mag]) {
        const s = rss(m, k);
        if (s < best.s) best = { m, k, s };
      }
    }
  }
  let { m, k, s } = best;
  let lambda = 1e-3;
  for (let iter = 0; iter < 100; iter++) {
    let jmm = 0;
    let jmk = 0;
    let jkk = 0;
    let gm = 0;
    let gk = 0;
    for (let i = 0; i < n; i++) {
      const u = xs[i]! - m;
      const f = logistic(k * u);
      const r = ys[i]! - (floor + range * f);
      const d = range * f * (1 - f);
      const dm = -k * d;
      const dk = u * d;
      jmm += dm * dm;
      jmk += dm * dk;
      jkk += dk * dk;
      gm += dm * r;
      gk += dk * r;
    }
    const amm = jmm * (1 + lambda) + 1e-12;
    const akk = jkk * (1 + lambda) + 1e-12;
    const det = amm * akk - jmk * jmk;
    if (!(det > 0)) break;
    const nm = Math.min(mHi, Math.max(mLo, m + (akk * gm - jmk * gk) / det));
    const nk = Math.max(-maxSlope, Math.min(maxSlope, k + (amm * gk - jmk * gm) / det));
    const ns = rss(nm, nk);
    if (ns < s) {
      const gain = s - ns;
      m = nm;
      k = nk;
      s = ns;
      lambda = Math.max(lambda / 10, 1e-9);
      if (gain < 1e-15 * (1 + s)) break;
    } else {
      lambda *= 10;
      if (lambda > 1e8) break;
    }
  }
  return { kind: 'logistic', midpoint: m, slope: k, floor, ceiling, rss: s };
}

/** A fit as returned by {@link fitLine} or {@link fitLogistic}; anything else is rejected rather than extrapolated to NaN. */
function checkFit(fit: Fit): void {
  if (fit == null || typeof fit !== 'object') throw new RangeError(`invalid fit: ${String(fit)} (expected the result of fitLine or fitLogistic)`);
  keyword(fit.kind, 'fit.kind', ['line', 'logistic']);
  if (fit.kind === 'line') {
    finite(fit.slope, 'fit.slope');
    finite(fit.intercept, 'fit.intercept');
  } else {
    finite(fit.midpoint, 'fit.midpoint');
    finite(fit.slope, 'fit.slope');
    finite(fit.floor, 'fit.floor');
    finite(fit.ceiling, 'fit.ceiling');
  }
}

/**
 * The value a fitted curve predicts at x, usually beyond the fitted range: the extrapolation a
 * forecaster would make. Accepts one x or an array of them.
 */
export function extrapolate(fit: Fit, x: number): number;
export function extrapolate(fit: Fit, xs: ArrayLike<number>): number[];
export function extrapolate(fit: Fit, x: number | ArrayLike<number>): number | number[] {
  checkFit(fit);
  const at = (v: number): number => {
    finite(v, 'x');
    if (fit.kind === 'line') return fit.slope * v + fit.intercept;
    return fit.floor + (fit.ceiling - fit.floor) * logistic(fit.slope * (v - fit.midpoint));
  };
  if (typeof x === 'number') return at(x);
  return Array.from(finiteArray(x, 'xs'), at);
}
