/**
 * RFC 4180 CSV as Excel opens it without an import dialog: a UTF-8 byte
 * order mark (so Excel reads Chinese as UTF-8), CRLF line ends, and fields
 * quoted when they hold a comma, quote, CR or LF (quotes doubled).
 *
 * Text cells that a spreadsheet would run as a formula (starting with
 * `= + - @`, a tab or a carriage return: duty texts come from documents
 * nobody vetted) are neutralised as OWASP recommends for CSV injection: a
 * leading `'` makes the spreadsheet show the cell as text, and the cell is quoted.
 */

/** One CSV cell value. */
export type CsvValue = string | number | boolean | null;

/** The first characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one field when RFC 4180 requires it; a text that would start a formula gets a leading `'`. Numbers are written as they are. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to a CSV file body: BOM, CRLF line ends, a final CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
