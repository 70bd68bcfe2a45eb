import { evaluate } from '@/schemas/quiz-compute';
import type { QuizValue } from '@/schemas/quiz-computation';

/** A computed number as text and as TeX, for prose and for math. */
export interface FormattedValue {
  html: string;
  tex: string;
  /** Plain text, for attributes. */
  text: string;
}

/** Prints `value` with its digits: `0.35`, `35%`, or with a power of ten when very large or small. */
export function formatValue(value: number, { digits, percent }: Pick<QuizValue, 'digits' | 'percent'>): FormattedValue {
  if (percent) {
    const text = (value * 100).toFixed(digits);
    return { html: `${text}%`, tex: `${text}\\%`, text: `${text}%` };
  }
  if (value !== 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-3)) {
    const [mantissa, exponent] = value.toExponential(digits).split('e');
    const power = Number(exponent);
    return { html: `${mantissa} × 10<sup>${power}</sup>`, tex: `${mantissa} \\times 10^{${power}}`, text: `${mantissa} × 10^${power}` };
  }
  const text = value.toFixed(digits);
  return { html: text, tex: text, text };
}

/** Computes and prints every value of a quiz. */
export function computeValues(values: Record<string, QuizValue>): Record<string, FormattedValue> {
  return Object.fromEntries(Object.entries(values).map(([name, spec]) => [name, formatValue(evaluate(spec), spec)]));
}
