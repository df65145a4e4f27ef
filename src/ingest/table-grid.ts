import { InputError } from '../util/errors.ts';
import { findColumns, type ColumnIndices } from './table-columns.ts';
import { gridToRows } from './table-rows.ts';
import type { ColumnOverrides, IngestedFile } from './types.ts';

/** The header row of a table and the columns it names. */
export interface HeaderRow {
  /** 0-based index of the header row in the grid. */
  index: number;
  /** The unit-path and duty columns. */
  columns: ColumnIndices;
}

/**
 * The first row, among the first `scanRows` non-empty ones, whose cells name
 * a duty column and unit columns. Spreadsheets often put a title row
 * ("XX公司部门职责一览表") above the header, hence the scan. When no row
 * qualifies, throws the error the first non-empty row gave, since that is
 * the row the user most likely meant as the header.
 */
export function findHeaderRow(
  grid: readonly (readonly string[])[],
  overrides: ColumnOverrides | undefined,
  file: string,
  scanRows: number,
): HeaderRow {
  let firstError: InputError | null = null;
  let scanned = 0;
  for (let i = 0; i < grid.length && scanned < scanRows; i++) {
    if (grid[i].every((c) => c.trim() === '')) continue;
    scanned += 1;
    try {
      return { index: i, columns: findColumns(grid[i], overrides, file) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      firstError ??= error;
    }
  }
  throw firstError ?? new InputError(file, 'empty file');
}

/**
 * A table file from its grid of cell texts: finds the header, reads the
 * duty rows and names the columns used. `lineOf` maps a grid index to the
 * row number the user sees (a spreadsheet's row number, a CSV's record number).
 */
export function gridToTable(
  grid: readonly (readonly string[])[],
  file: string,
  format: 'xlsx' | 'csv' | 'tsv',
  overrides: ColumnOverrides | undefined,
  lineOf: (gridIndex: number) => number,
  scanRows = 10,
): Extract<IngestedFile, { kind: 'table' }> {
  const header = findHeaderRow(grid, overrides, file, scanRows);
  const headers = grid[header.index];
  const rows = gridToRows(grid, header.index, header.columns, lineOf);
  if (rows.length === 0) throw new InputError(file, 'no duty rows below the header');
  return {
    kind: 'table',
    file,
    format,
    columns: { unit: header.columns.unit.map((i) => headers[i].trim()), duty: headers[header.columns.duty].trim() },
    rows,
  };
}
