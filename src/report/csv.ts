/**
 * RFC 4180 CSV as Excel opens it without an import dialog: a UTF-8 byte
 * order mark (so Excel reads Chinese as UTF-8), CRLF line ends, and fields
 * quoted when they hold a comma, quote, CR or LF (quotes doubled).
 */

/** One CSV cell value. */
export type CsvValue = string | number | boolean | null;

/** Quotes one field when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to a CSV file body: BOM, CRLF line ends, a final CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
