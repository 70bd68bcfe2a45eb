/**
 * What a spreadsheet may read as the start of a formula: = + - @ (OWASP, "CSV injection"), once
 * it has folded look-alike forms (fullwidth ＝, small ﹦), dropped invisible characters (a zero-width
 * space) and trimmed white space, tabs and returns, as some importers do.
 */
const FORMULA = /^[=+\-@]/;
const INVISIBLE = /[\p{Cc}\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\s]/gu;
/** Field separators an importer may be set to; text after one may become a cell of its own. */
const SEPARATOR = /[,;\t|]/;

const folded = (text: string): string => text.normalize('NFKC').replace(INVISIBLE, '');

/** Whether some cell a spreadsheet could cut `text` into (whatever its separator) starts a formula. */
export const readsAsFormula = (text: string): boolean => text.split(SEPARATOR).some((part) => FORMULA.test(folded(part)));

/**
 * A CSV cell (RFC 4180). A text that could run as a formula gets an apostrophe in front and stays
 * text, and is quoted when it holds a separator of any locale (`;` as well as `,`) so no importer
 * splits it; numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && readsAsFormula(text)) text = `'${text}`;
  return /[",;\t|\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF line ends and a final line end. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
