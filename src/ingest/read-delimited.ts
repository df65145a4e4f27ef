import { csvParseRows, tsvParseRows } from 'd3';
import { decodeText } from './decode.ts';
import { gridToTable } from './table-grid.ts';
import type { ColumnOverrides, IngestedFile } from './types.ts';

/**
 * Reads a .csv (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks) or a .tsv duty table, in any encoding decodeText knows. Row
 * numbers count records, the header being 1; a quoted line break does not
 * start a new record.
 */
export function readDelimited(
  bytes: Uint8Array,
  file: string,
  format: 'csv' | 'tsv',
  overrides?: ColumnOverrides,
): IngestedFile {
  const { text } = decodeText(bytes, file);
  const grid = format === 'csv' ? csvParseRows(text) : tsvParseRows(text);
  return gridToTable(grid, file, format, overrides, (i) => i + 1);
}
