/**
 * Comparisons of an output sequence with its target: strings (compared by UTF-16 code unit) or
 * arrays of tokens (compared with ===).
 */
export type Sequence = string | ArrayLike<unknown>;

function checkSequence(x: Sequence, name: string): void {
  if (typeof x !== 'string' && (x == null || typeof x !== 'object' || !Number.isSafeInteger(x.length) || x.length < 0)) {
    throw new RangeError(`invalid ${name}: ${String(x)} (expected a string or an array of tokens)`);
  }
}

/**
 * Levenshtein edit distance: the fewest insertions, deletions and substitutions that turn `a`
 * into `b` (Levenshtein, 1966). Wagner–Fischer dynamic programming with one row, O(|a|·|b|)
 * time and O(|b|) memory. "Token edit distance" in Schaeffer et al. 2023 is this over tokens.
 */
export function levenshtein(a: Sequence, b: Sequence): number {
  checkSequence(a, 'a');
  checkSequence(b, 'b');
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const row = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= m; j++) {
      const above = row[j]!;
      const cost = ai === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[m]!;
}

/** Exact string match (the BIG-bench metric): true when the sequences are identical. */
export function exactMatch(a: Sequence, b: Sequence): boolean {
  checkSequence(a, 'a');
  checkSequence(b, 'b');
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
