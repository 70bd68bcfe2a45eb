/**
 * A CSV cell (RFC 4180): quoted when it must be. Spreadsheets run a cell that starts with
 * = + - @ (or a tab or return) as a formula, so such a text gets an apostrophe in front and stays
 * text (OWASP, "CSV injection"); numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, CRLF line ends and a final line end. */
export function csvText(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
