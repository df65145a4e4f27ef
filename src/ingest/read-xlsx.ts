import ExcelJS from 'exceljs';
import { InputError } from '../util/errors.ts';
import { gridToTable } from './table-grid.ts';
import type { ColumnOverrides, IngestedFile, TableRow } from './types.ts';

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

/** A worksheet as a grid of cell texts, grid index i being sheet row i + 1. Merged cells read as their master cell. */
function sheetGrid(sheet: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    grid.push(cells);
  }
  return grid;
}

/**
 * Reads an .xlsx duty table. Every visible worksheet whose header row (found
 * in its first rows) names a duty column and unit columns contributes its
 * rows, in workbook order, since workbooks often keep one sheet per 部门;
 * other sheets (notes, lookups) are skipped. Row numbers are the sheet's own
 * (header = 1 when the header is the sheet's first row); the columns named in
 * the result are those of the first sheet read. Merged unit cells read as
 * their top-left value, and blank ones inherit from the row above.
 */
export async function readXlsx(bytes: Uint8Array, file: string, overrides?: ColumnOverrides): Promise<IngestedFile> {
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new InputError(file, 'password-protected or legacy .xls: save it as an unprotected .xlsx');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new InputError(file, 'not a valid .xlsx (corrupt or not a zip)');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new InputError(file, 'not a valid .xlsx (corrupt or not a zip)');
  }
  const sheets = workbook.worksheets.filter((s) => s.state === 'visible' || s.state === undefined);
  let table: Extract<IngestedFile, { kind: 'table' }> | null = null;
  let firstError: unknown = null;
  const rows: TableRow[] = [];
  for (const sheet of sheets) {
    const grid = sheetGrid(sheet);
    try {
      const read = gridToTable(grid, file, 'xlsx', overrides, (i) => i + 1);
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
