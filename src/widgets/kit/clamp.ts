/** The range a numeric control accepts. */
export interface Bounds {
  /** Smallest accepted value. */
  min: number;
  /** Largest accepted value. */
  max: number;
  /** Values snap to min + k·step; 0 or absent means no snapping. */
  step?: number;
}

/** A value safe to pass on, and why it differs from what was typed, if it does. */
export interface Reading {
  value: number;
  note?: string;
}

/**
 * Turns what a learner typed into a value inside `bounds`.
 * Anything that is not a finite number keeps `fallback`; out-of-range values
 * are clamped; in both cases the note says what happened, so nothing silent
 * and never NaN reaches a model.
 */
export function readNumber(raw: string, bounds: Bounds, fallback: number, label = (x: number) => String(x)): Reading {
  const text = raw.trim();
  const parsed = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(parsed)) {
    return { value: fallback, note: `“${text || 'empty'}” is not a number; kept ${label(fallback)}.` };
  }
  const clamped = Math.min(bounds.max, Math.max(bounds.min, snap(parsed, bounds)));
  if (parsed < bounds.min) return { value: clamped, note: `${label(parsed)} is below the minimum; using ${label(clamped)}.` };
  if (parsed > bounds.max) return { value: clamped, note: `${label(parsed)} is above the maximum; using ${label(clamped)}.` };
  return { value: clamped };
}

/** Rounds to the nearest step from `min`, removing floating-point dust such as 0.30000000000000004. */
function snap(x: number, { min, step }: Bounds): number {
  if (!step) return x;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((min + Math.round((x - min) / step) * step).toFixed(decimals));
}
