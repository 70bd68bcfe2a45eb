const names = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
  [1e3, 'thousand'],
] as const;

/** A large count in words a reader can say aloud: 3.2e10 → "32 billion". */
export function formatCount(n: number): string {
  for (const [size, name] of names) {
    if (Math.abs(n) >= size) return `${trim(n / size)} ${name}`;
  }
  return trim(n);
}

/** Two significant digits at most, no trailing zeros: 31.62 → "32", 1.5 → "1.5". */
function trim(x: number): string {
  return String(Number(x.toPrecision(2)));
}

/** A probability or score with a fixed number of decimals, as in "0.27". */
export function formatFixed(x: number, digits = 2): string {
  return x.toFixed(digits);
}
