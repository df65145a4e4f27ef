import { CsvError, parse } from 'csv-parse/sync';
import { InputError } from '../util/errors.ts';
import { decodeText } from './decode.ts';
import { figure, inputLimits, overLimit, type InputLimits } from './limits.ts';
import { gridToTable } from './table-grid.ts';
import type { ColumnOverrides, IngestedFile } from './types.ts';

/**
 * Lines one quoted cell may run over before it reads as an unbalanced quote
 * that swallowed the rows after it: a duty cell holds a few line breaks, not
 * a hundred.
 */
const MAX_CELL_LINES = 100;

/**
 * The grid of a .csv or .tsv text with csv-parse (RFC 4180: quoted fields
 * may hold the delimiter, quotes and line breaks). Rows may have any number
 * of cells, and a quote inside an unquoted cell (负责"三重一大"事项) is kept
 * as text, as spreadsheets read it. A quote that never closes is named with
 * the line it opens on, and so is one whose cell runs over more than
 * MAX_CELL_LINES lines, instead of merging every later row into one cell.
 */
export function delimitedGrid(text: string, file: string, format: 'csv' | 'tsv'): string[][] {
  let lastLine = 0;
  let runaway: { from: number; to: number } | null = null;
  try {
    const grid = parse(text, {
      delimiter: format === 'csv' ? ',' : '\t',
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record: string[], context) => {
        if (runaway === null && context.lines - lastLine > MAX_CELL_LINES) runaway = { from: lastLine + 1, to: context.lines };
        lastLine = context.lines;
        return record;
      },
    }) as string[][];
    if (runaway !== null) {
      const { from, to } = runaway;
      throw new InputError(file, `line ${from}: a quoted cell runs on to line ${to} (more than ${MAX_CELL_LINES} lines): is a closing quote missing?`);
    }
    return grid;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new InputError(file, `line ${lastLine + 1}: a quote opens a cell and never closes`);
    throw new InputError(file, `line ${lastLine + 1}: not valid ${format === 'csv' ? 'CSV' : 'TSV'} (${error.message})`);
  }
}

/**
 * Reads a .csv or .tsv duty table, in any encoding decodeText knows. Row
 * numbers count records, the header being 1; a quoted line break does not
 * start a new record. The rows and cells are held to `limits`.
 */
export function readDelimited(
  bytes: Uint8Array,
  file: string,
  format: 'csv' | 'tsv',
  overrides?: ColumnOverrides,
  limits: InputLimits = inputLimits(),
): IngestedFile {
  const { text } = decodeText(bytes, file);
  const grid = delimitedGrid(text, file, format);
  if (grid.length > limits.rows) throw overLimit(file, `${figure(grid.length)} rows`, `${figure(limits.rows)} rows`, limits);
  const cells = grid.reduce((sum, row) => sum + row.length, 0);
  if (cells > limits.cells) throw overLimit(file, `${figure(cells)} cells`, `${figure(limits.cells)} cells`, limits);
  return gridToTable(grid, file, format, overrides, (i) => i + 1);
}
