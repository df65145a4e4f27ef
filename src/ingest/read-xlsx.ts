import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { InputError } from '../util/errors.ts';
import { figure, inputLimits, overLimit, type InputLimits } from './limits.ts';
import { gridToTable } from './table-grid.ts';
import type { ColumnOverrides, IngestedFile, TableRow } from './types.ts';
import { checkInflatedSize } from './zip-limits.ts';

/** The first bytes of a zip archive (every .xlsx is one). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The first bytes of an OLE compound file: a legacy .xls, or an .xlsx Excel encrypted with a password. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** True when the bytes start with the given prefix. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** The text a cell shows: rich text joined, a formula's cached result, a hyperlink's text, a date as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || result === null || typeof result === 'object' ? '' : String(result);
  }
  if ('hyperlink' in value) return cellText((value as { text?: ExcelJS.CellValue }).text ?? null);
  return ''; // an error value (#N/A …) carries no duty text
}

/** A worksheet's non-empty rows as cell texts, with each row's number in the sheet. */
interface SheetGrid {
  /** The sheet's position among the workbook's tabs. */
  position: number;
  /** Whether the sheet is hidden. */
  hidden: boolean;
  /** Cell texts of each non-empty row, column A first. */
  grid: string[][];
  /** The sheet row number of each grid row. */
  lines: number[];
}

/** Counts rows and cells across the workbook and throws once a limit is passed. */
function budget(file: string, limits: InputLimits): (cells: number) => void {
  let rows = 0;
  let cells = 0;
  return (rowCells) => {
    rows += 1;
    cells += rowCells;
    if (rows > limits.rows) throw overLimit(file, `more than ${figure(limits.rows)} rows`, `${figure(limits.rows)} rows`, limits);
    if (cells > limits.cells) throw overLimit(file, `more than ${figure(limits.cells)} cells`, `${figure(limits.cells)} cells`, limits);
  };
}

/**
 * The worksheets of an .xlsx read as a stream (exceljs's WorkbookReader):
 * only the rows and cells the sheets hold are visited, so a sheet whose
 * dimension claims A1:XFD1048576 because of one stray corner cell costs that
 * cell, not 17 billion, and a million rows stop at the row limit instead of
 * loading whole. Each row is as wide as its last non-empty cell.
 */
async function sheetGrids(bytes: Uint8Array, file: string, limits: InputLimits): Promise<SheetGrid[]> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const count = budget(file, limits);
  const sheets: SheetGrid[] = [];
  for await (const sheet of reader) {
    const meta = sheet as unknown as { id?: number; state?: string };
    const tabs = ((reader as unknown as { model?: { sheets?: { id: number }[] } }).model?.sheets ?? []).map((t) => t.id);
    const read: SheetGrid = { position: tabs.indexOf(meta.id ?? -1), hidden: meta.state !== undefined && meta.state !== 'visible', grid: [], lines: [] };
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const text = cellText(cell.value);
        if (text !== '') cells[col - 1] = text;
      });
      if (cells.length === 0) continue;
      count(cells.length);
      read.grid.push(Array.from(cells, (c) => c ?? ''));
      read.lines.push(row.number);
    }
    sheets.push(read);
  }
  return sheets.sort((a, b) => a.position - b.position);
}

/**
 * Reads an .xlsx duty table. Every visible worksheet whose header row (found
 * in its first rows) names a duty column and unit columns contributes its
 * rows, in workbook order, since workbooks often keep one sheet per 部门;
 * other sheets (notes, lookups) are skipped. Row numbers are the sheet's own
 * (header = 1 when the header is the sheet's first row); the columns named in
 * the result are those of the first sheet read. A merged cell's value is in
 * its top-left cell; the blank unit cells below it inherit from the row
 * above. The archive's inflated size, the rows and the cells are held to
 * `limits`.
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  overrides?: ColumnOverrides,
  limits: InputLimits = inputLimits(),
): Promise<IngestedFile> {
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new InputError(file, 'password-protected or legacy .xls: save it as an unprotected .xlsx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new InputError(file, 'not a valid .xlsx (corrupt or not a zip)');
  await checkInflatedSize(bytes, file, '.xlsx', limits);
  let sheets: SheetGrid[];
  try {
    sheets = await sheetGrids(bytes, file, limits);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, 'not a valid .xlsx (corrupt or not a zip)');
  }
  let table: Extract<IngestedFile, { kind: 'table' }> | null = null;
  let firstError: unknown = null;
  const rows: TableRow[] = [];
  for (const sheet of sheets.filter((s) => !s.hidden)) {
    try {
      const read = gridToTable(sheet.grid, file, 'xlsx', overrides, (i) => sheet.lines[i]);
      table ??= read;
      rows.push(...read.rows);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      firstError ??= error;
    }
  }
  if (table === null) throw firstError ?? new InputError(file, 'empty file');
  return { ...table, rows };
}
