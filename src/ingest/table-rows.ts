import type { ColumnIndices } from './table-columns.ts';
import type { TableRow } from './types.ts';

/**
 * The duty rows of a table grid below its header row. Each row gives a unit
 * path (the non-empty unit cells, left to right) and one duty; `lineOf(i)`
 * turns a grid index into the row number shown to the user.
 *
 * A blank unit cell inherits the value of the row above, as merged or
 * "same as above" cells do in Chinese Excel duty tables, but only while
 * every unit cell to its left is the same as the row above: once a row
 * names a new 部门, a blank 处室 means the 部门 itself, not the previous
 * 部门's 处室. Rows without duty text are skipped, yet they still set the
 * units that later rows inherit (a row naming only a 部门 heads its group).
 */
export function gridToRows(
  grid: readonly (readonly string[])[],
  headerIndex: number,
  columns: ColumnIndices,
  lineOf: (gridIndex: number) => number,
): TableRow[] {
  const rows: TableRow[] = [];
  let previous: string[] = columns.unit.map(() => '');
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const cells = grid[i];
    let sameSoFar = true;
    const current = columns.unit.map((col, k) => {
      const raw = (cells[col] ?? '').trim();
      const value = raw !== '' ? raw : sameSoFar ? previous[k] : '';
      sameSoFar = sameSoFar && value === previous[k];
      return value;
    });
    previous = current;
    const duty = (cells[columns.duty] ?? '').trim();
    if (duty === '') continue;
    rows.push({ path: current.filter((v) => v !== ''), duty, line: lineOf(i) });
  }
  return rows;
}
