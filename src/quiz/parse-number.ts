/**
 * Reads a number the way people type one: `0.35`, `.35`, `0,35`, `35%`, `-2`, `3.15e23`,
 * `3.15 × 10^23`, `10^23`, `1 000 000`. Returns null for anything else, including an empty box
 * and the ambiguous `1,000` (a thousand, or one?), so that "not a number" and "wrong number"
 * get different feedback.
 */
export function parseNumber(input: string): number | null {
  let text = input.replace(/[\s\u00a0\u2009\u202f]+/g, '').replace(/\u2212/g, '-');
  if (text === '') return null;
  let scale = 1;
  if (text.endsWith('%')) {
    scale = 0.01;
    text = text.slice(0, -1);
  }
  const power = /^(?:(.*?)[×x*·])?10\^\{?([+-]?\d+)\}?$/i.exec(text);
  if (power) text = `${power[1] || '1'}e${power[2]}`;
  const comma = /^([+-]?\d*),(\d+)(e[+-]?\d+)?$/i.exec(text);
  if (comma) {
    if (comma[2]!.length === 3 && !/^[+-]?0?$/.test(comma[1]!)) return null;
    text = `${comma[1]}.${comma[2]}${comma[3] ?? ''}`;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const value = Number(text) * scale;
  return Number.isFinite(value) ? value : null;
}
