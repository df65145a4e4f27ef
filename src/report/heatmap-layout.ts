/**
 * Which rows and columns the heatmap draws and what each cell says. Up to
 * `maxUnits` units are drawn one by one; beyond that the units are
 * aggregated to the deepest ancestor level that fits (when units have
 * parents), or else only the `maxUnits` most entangled units are drawn and the
 * rest are reached through the unit finder. Either way the drill-down still
 * reaches every pair.
 */
import { max } from 'd3';
import type { Pair, UnitMatrix } from '../model.ts';
import type { ResultIndex } from './result-index.ts';

/** How rows and columns are chosen. */
export type HeatmapMode = 'full' | 'parent' | 'top';

/** One row (and the same column): a unit, or a parent unit standing for its subtree. */
export interface HeatmapAxisEntry {
  /** The unit id (the ancestor's id in parent mode). */
  key: string;
  /** Display name. */
  label: string;
  /** The matrix units this entry stands for. */
  unitIds: string[];
}

/** One non-empty off-diagonal cell. */
export interface HeatmapCell {
  /** Row position in `axis`. */
  row: number;
  /** Column position in `axis`. */
  col: number;
  /** Share of the row's duties with a conflict in the column. */
  coverage: number;
  /** Share of the column's duties with a conflict in the row. */
  reverse: number;
  /** Symmetric entanglement score. */
  score: number;
  /** Pair counts by relation. */
  counts: Record<string, number>;
}

/** What the heatmap of one document draws. */
export interface HeatmapLayout {
  /** The organisation. */
  organisation: string;
  /** How rows were chosen. */
  mode: HeatmapMode;
  /** Rows, and columns in the same order. */
  axis: HeatmapAxisEntry[];
  /** Non-empty off-diagonal cells, row-major. */
  cells: HeatmapCell[];
  /** Units in the matrix. */
  totalUnits: number;
}

const hasCounts = (c: Record<string, number> | undefined): boolean => !!c && Object.values(c).some((n) => n > 0);

/** The matrix order to use: the result's seriation when it is a permutation, else document order. */
export function axisOrder(matrix: UnitMatrix, order: 'cluster' | 'document'): number[] {
  const n = matrix.unitIds.length;
  const identity = [...Array(n).keys()];
  if (order === 'document') return identity;
  const valid = matrix.order.length === n && new Set(matrix.order).size === n && matrix.order.every((i) => i >= 0 && i < n);
  return valid ? matrix.order : identity;
}

/** Chooses rows, columns and cells for a document's heatmap. */
export function heatmapLayout(index: ResultIndex, matrix: UnitMatrix, order: 'cluster' | 'document', maxUnits: number): HeatmapLayout {
  const n = matrix.unitIds.length;
  const ordered = axisOrder(matrix, order);
  const name = (id: string) => index.unitById.get(id)?.name ?? id;
  if (n <= maxUnits) {
    // A unit without duties of its own (an organisation that only holds its departments) has nothing to compare: no row.
    return fullLayout(matrix, ordered.filter((i) => (index.dutiesByUnit.get(matrix.unitIds[i])?.length ?? 0) > 0), name, 'full');
  }
  const grouping = parentGrouping(index, matrix, maxUnits);
  if (grouping) return parentLayout(index, matrix, ordered, grouping, name);
  const strength = matrix.score.map((row) => row.reduce((s, x) => s + x, 0));
  const chosen = new Set([...Array(n).keys()].sort((x, y) => strength[y] - strength[x] || x - y).slice(0, maxUnits));
  return fullLayout(matrix, ordered.filter((i) => chosen.has(i)), name, 'top');
}

function fullLayout(matrix: UnitMatrix, rows: number[], name: (id: string) => string, mode: HeatmapMode): HeatmapLayout {
  const cells: HeatmapCell[] = [];
  rows.forEach((i, r) =>
    rows.forEach((j, c) => {
      if (i === j) return;
      const coverage = matrix.coverage[i]?.[j] ?? 0;
      const reverse = matrix.coverage[j]?.[i] ?? 0;
      const counts = matrix.counts[i]?.[j] ?? {};
      if (coverage > 0 || reverse > 0 || hasCounts(counts)) cells.push({ row: r, col: c, coverage, reverse, score: matrix.score[i]?.[j] ?? 0, counts });
    }),
  );
  return {
    organisation: matrix.organisation,
    mode,
    axis: rows.map((i) => ({ key: matrix.unitIds[i], label: name(matrix.unitIds[i]), unitIds: [matrix.unitIds[i]] })),
    cells,
    totalUnits: matrix.unitIds.length,
  };
}

/** Ancestor of each matrix unit at the deepest depth giving 2..maxUnits groups, or null. */
function parentGrouping(index: ResultIndex, matrix: UnitMatrix, maxUnits: number): Map<string, string> | null {
  const chain = (id: string): string[] => {
    const path: string[] = [];
    for (let u = index.unitById.get(id); u; u = u.parentId ? index.unitById.get(u.parentId) : undefined) path.unshift(u.id);
    return path;
  };
  const chains = new Map(matrix.unitIds.map((id) => [id, chain(id)]));
  const deepest = Math.max(0, max(chains.values(), (c) => c.length - 1) ?? 0);
  for (let depth = deepest - 1; depth >= 0; depth--) {
    const group = new Map([...chains].map(([id, c]) => [id, c[Math.min(depth, c.length - 1)]]));
    const count = new Set(group.values()).size;
    if (count >= 2 && count <= maxUnits) return group;
  }
  return null;
}

function parentLayout(
  index: ResultIndex,
  matrix: UnitMatrix,
  ordered: number[],
  group: Map<string, string>,
  name: (id: string) => string,
): HeatmapLayout {
  const axis: HeatmapAxisEntry[] = [];
  const position = new Map<string, number>();
  for (const i of ordered) {
    const id = matrix.unitIds[i];
    const key = group.get(id)!;
    if (!position.has(key)) {
      position.set(key, axis.length);
      axis.push({ key, label: name(key), unitIds: [] });
    }
    axis[position.get(key)!].unitIds.push(id);
  }
  const g = axis.length;
  const posOfUnit = new Map(matrix.unitIds.map((id) => [id, position.get(group.get(id)!)!]));
  const dutyTotal = axis.map((e) => e.unitIds.reduce((s, u) => s + (index.dutiesByUnit.get(u)?.length ?? 0), 0));
  const conflicted = Array.from({ length: g }, () => Array.from({ length: g }, () => new Set<string>()));
  const counts = Array.from({ length: g }, () => Array.from({ length: g }, () => ({}) as Record<string, number>));
  const score = Array.from({ length: g }, () => new Array<number>(g).fill(0));
  const addPair = (p: Pair) => {
    const ga = posOfUnit.get(index.dutyById.get(p.a)?.unitId ?? '');
    const gb = posOfUnit.get(index.dutyById.get(p.b)?.unitId ?? '');
    if (ga === undefined || gb === undefined || ga === gb) return;
    counts[ga][gb][p.relation] = (counts[ga][gb][p.relation] ?? 0) + 1;
    counts[gb][ga][p.relation] = (counts[gb][ga][p.relation] ?? 0) + 1;
    if (p.conflict) {
      conflicted[ga][gb].add(p.a);
      conflicted[gb][ga].add(p.b);
    }
  };
  for (const p of index.pairsByOrganisation.get(matrix.organisation) ?? []) addPair(p);
  matrix.unitIds.forEach((a, i) =>
    matrix.unitIds.forEach((b, j) => {
      const ga = posOfUnit.get(a)!;
      const gb = posOfUnit.get(b)!;
      if (ga !== gb) score[ga][gb] = Math.max(score[ga][gb], matrix.score[i]?.[j] ?? 0);
    }),
  );
  const cov = (r: number, c: number) => (dutyTotal[r] === 0 ? 0 : Math.round((conflicted[r][c].size / dutyTotal[r]) * 10000) / 10000);
  const cells: HeatmapCell[] = [];
  for (let r = 0; r < g; r++)
    for (let c = 0; c < g; c++) {
      if (r === c) continue;
      const coverage = cov(r, c);
      const reverse = cov(c, r);
      const sorted = Object.fromEntries(Object.entries(counts[r][c]).sort(([x], [y]) => (x < y ? -1 : 1)));
      if (coverage > 0 || reverse > 0 || hasCounts(sorted)) cells.push({ row: r, col: c, coverage, reverse, score: score[r][c], counts: sorted });
    }
  return { organisation: matrix.organisation, mode: 'parent', axis, cells, totalUnits: matrix.unitIds.length };
}
