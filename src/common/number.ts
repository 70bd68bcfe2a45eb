/** How many digits a number keeps: at most `decimals` after the point, or `significant` in all. */
export interface NumberDigits {
  decimals?: number;
  significant?: number;
}

/**
 * A number as a reader writes it: `0.592`, `42`, and, from a million up or below 0.0001,
 * `3.15 × 10^23` (`numberHtml` raises the exponent). The quiz's answers and the notebook's outputs
 * are both written this way.
 */
export function formatNumber(value: number, { decimals = 10, significant }: NumberDigits = {}): string {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
    const [mantissa, exponent] = value.toExponential(significant === undefined ? 3 : significant - 1).split('e');
    return `${Number(mantissa)} × 10^${Number(exponent)}`;
  }
  const kept = significant === undefined ? value : Number(value.toPrecision(significant));
  return String(Number(kept.toFixed(Math.min(decimals, 10))));
}

/** A number written by `formatNumber` as HTML, with powers of ten as superscripts: `3.15 × 10<sup>23</sup>`. */
export function numberHtml(text: string): string {
  return text.replace(/10\^(-?\d+)/g, '10<sup>$1</sup>');
}
