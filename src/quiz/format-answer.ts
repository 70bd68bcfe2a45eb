import { acceptedRange, type Tolerance } from './';

/** Decimals to show an answer with: one finer than the tolerance (±0.01 → 3 decimals). */
function digitsFor(answer: number, tolerance: Tolerance): number {
  const bound = tolerance.kind === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(answer);
  return Math.max(0, Math.ceil(-Math.log10(bound)) + 1);
}

/** A number as a reader writes it: `0.592`, `3.15 × 10^23`. */
export function formatNumber(value: number, decimals: number): string {
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
    const [mantissa, exponent] = value.toExponential(3).split('e');
    return `${Number(mantissa)} × 10^${Number(exponent)}`;
  }
  return String(Number(value.toFixed(Math.min(decimals, 10))));
}

/** The right answer, to the precision its tolerance asks for. */
export function formatAnswer(answer: number, tolerance: Tolerance): string {
  return formatNumber(answer, digitsFor(answer, tolerance));
}

/** "anything from 0.582 to 0.602 counts" */
export function formatTolerance(answer: number, tolerance: Tolerance): string {
  const [low, high] = acceptedRange(answer, tolerance);
  const digits = digitsFor(answer, tolerance);
  return `anything from ${formatNumber(low, digits)} to ${formatNumber(high, digits)} counts`;
}

/** The same text as HTML, with powers of ten as superscripts: `3.15 × 10<sup>23</sup>`. */
export function numberHtml(text: string): string {
  return text.replace(/10\^(-?\d+)/g, '10<sup>$1</sup>');
}
