/**
 * matrix.csv: for each document a block whose header row names the units and
 * whose cells are coverage[row][column] (share of the row unit's duties with
 * a conflict in the column unit); blocks are separated by an empty line.
 */
import type { Result } from '../model.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { axisOrder } from './heatmap-layout.ts';

/** Rows of matrix.csv in the given unit order. */
export function matrixRows(result: Result, order: 'cluster' | 'document'): CsvValue[][] {
  const names = new Map(result.units.map((u) => [u.id, u.name]));
  const titles = new Map(result.organisations.map((o) => [o.id, o.name]));
  const rows: CsvValue[][] = [];
  for (const m of result.matrix) {
    if (rows.length > 0) rows.push([]);
    const ordered = axisOrder(m, order);
    rows.push([titles.get(m.organisation) ?? m.organisation, ...ordered.map((j) => names.get(m.unitIds[j]) ?? m.unitIds[j])]);
    for (const i of ordered) rows.push([names.get(m.unitIds[i]) ?? m.unitIds[i], ...ordered.map((j) => m.coverage[i]?.[j] ?? 0)]);
  }
  return rows;
}

/** matrix.csv content. */
export function matrixCsv(result: Result, order: 'cluster' | 'document'): string {
  return toCsv(matrixRows(result, order));
}
