/** How many digits a number keeps: at most `decimals` after the point, or `significant` in all. */
export interface NumberDigits {
  decimals?: number;
  significant?: number;
}

/**
 * A number as a reader writes it: `0.592`, `42`, and, from a million up or below 0.0001,
 * `3.15 × 10^23`. The quiz's answers and the notebook's outputs are both written this way; shown
 * to a reader, the exponent is raised: `numberHtml` for HTML, `numberText` for plain text (`10²³`).
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

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** An integer written in Unicode superscripts, with a superscript minus: -5 → "⁻⁵". */
export function superscript(n: number): string {
  return String(Math.round(n)).replace(/-/, '⁻').replace(/\d/g, (d) => superscriptDigits[Number(d)]!);
}

/**
 * A power of ten as text, its exponent raised: `powerOfTen(24)` → "10²⁴", `powerOfTen(-5)` → "10⁻⁵".
 * A log₁₀ value between integers is written as the value it stands for, two significant digits
 * in the same form: `powerOfTen(9.5)` → "3.2 × 10⁹", `powerOfTen(23.8)` → "6.3 × 10²³".
 */
export function powerOfTen(exponent: number): string {
  if (Math.abs(exponent - Math.round(exponent)) < 1e-9) return `10${superscript(exponent)}`;
  const [mantissa, power] = (10 ** exponent).toExponential(1).split('e');
  return `${Number(mantissa)} × 10${superscript(Number(power))}`;
}

/** A number written by `formatNumber` as plain text, with powers of ten raised in Unicode: `3.15 × 10²³`. */
export function numberText(text: string): string {
  return text.replace(/10\^(-?\d+)/g, (_, exponent: string) => `10${superscript(Number(exponent))}`);
}

/** A number written by `formatNumber` as HTML, with powers of ten as superscripts: `3.15 × 10<sup>23</sup>`. */
export function numberHtml(text: string): string {
  return text.replace(/10\^(-?\d+)/g, '10<sup>$1</sup>');
}
