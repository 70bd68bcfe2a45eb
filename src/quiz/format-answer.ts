import { formatNumber } from '@/common/number';
import { acceptedRange, type Tolerance } from './';

/** Decimals to show an answer with: one finer than the tolerance (±0.01 → 3 decimals). */
function digitsFor(answer: number, tolerance: Tolerance): number {
  const bound = tolerance.kind === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(answer);
  return Math.max(0, Math.ceil(-Math.log10(bound)) + 1);
}

/** The right answer, to the precision its tolerance asks for. */
export function formatAnswer(answer: number, tolerance: Tolerance): string {
  return formatNumber(answer, { decimals: digitsFor(answer, tolerance) });
}

/** "anything from 0.582 to 0.602 counts" */
export function formatTolerance(answer: number, tolerance: Tolerance): string {
  const [low, high] = acceptedRange(answer, tolerance);
  const digits = digitsFor(answer, tolerance);
  return `anything from ${formatNumber(low, { decimals: digits })} to ${formatNumber(high, { decimals: digits })} counts`;
}
