import type { Pair, ResultDuty, Unit, UnitMatrix } from '../model.ts';
import { round } from '../util/round.ts';

/** What the matrix reads of a pair. */
export type MatrixPair = Pick<Pair, 'a' | 'b' | 'relation' | 'conflict'>;

/**
 * The units an organisation's matrix shows. Up to `maxUnits` units: all of them.
 * Beyond that (a group-wide table of thousands of posts) each unit is shown
 * through its top-level unit, when that brings the count within the limit;
 * otherwise the `maxUnits` units in most conflicts are shown. Returns the
 * shown units and, for every unit of the organisation, the shown unit it counts
 * for (or none).
 */
export function matrixUnits(
  docUnits: readonly Unit[],
  pairs: readonly MatrixPair[],
  unitOfDuty: ReadonlyMap<string, string>,
  maxUnits: number,
): { shown: Unit[]; shownAs: Map<string, number> } {
  if (docUnits.length <= maxUnits) return { shown: [...docUnits], shownAs: new Map(docUnits.map((u, i) => [u.id, i])) };
  const byId = new Map(docUnits.map((u) => [u.id, u]));
  const topOf = (u: Unit): Unit => {
    let t = u;
    const seen = new Set<string>();
    while (t.parentId && byId.has(t.parentId) && !seen.has(t.id)) {
      seen.add(t.id);
      t = byId.get(t.parentId)!;
    }
    return t;
  };
  const tops = docUnits.filter((u) => u.parentId === null || !byId.has(u.parentId));
  if (tops.length <= maxUnits) {
    const index = new Map(tops.map((u, i) => [u.id, i]));
    return { shown: tops, shownAs: new Map(docUnits.map((u) => [u.id, index.get(topOf(u).id)!])) };
  }
  const conflicts = new Map<string, number>();
  for (const p of pairs) {
    if (!p.conflict) continue;
    for (const d of [p.a, p.b]) {
      const u = unitOfDuty.get(d);
      if (u) conflicts.set(u, (conflicts.get(u) ?? 0) + 1);
    }
  }
  const shown = docUnits
    .map((u, i) => ({ u, i, c: conflicts.get(u.id) ?? 0 }))
    .sort((x, y) => y.c - x.c || x.i - y.i)
    .slice(0, maxUnits)
    .sort((x, y) => x.i - y.i)
    .map((x) => x.u);
  return { shown, shownAs: new Map(shown.map((u, i) => [u.id, i])) };
}

/**
 * The unit × unit matrix of one organisation, from its units (of all its
 * documents), duties and pairs. coverage[i][j] is the share of unit i's non-boilerplate
 * duties that have a duplicate or overlap in unit j (asymmetric: a small unit
 * can sit entirely inside a large one); score is how alike the two units'
 * work reads as a whole (`similarity`, row-major in the shown units' order),
 * or the mean of the two coverages when no similarity is given; counts holds
 * the pairs of each relation. Cells are filled from the pairs alone (no
 * per-cell objects until the end), and organisations with more than `maxUnits`
 * units are shown through matrixUnits.
 */
export function unitMatrix(
  organisation: string,
  docUnits: readonly Unit[],
  docDuties: readonly ResultDuty[],
  docPairs: readonly MatrixPair[],
  similarity?: Float64Array,
  maxUnits = 1000,
): UnitMatrix {
  const unitOfDuty = new Map(docDuties.map((d) => [d.id, d.unitId]));
  const { shown, shownAs } = matrixUnits(docUnits, docPairs, unitOfDuty, maxUnits);
  const n = shown.length;
  const own = new Array<number>(n).fill(0);
  for (const d of docDuties) {
    const i = shownAs.get(d.unitId);
    if (i !== undefined && d.category !== 'generic') own[i]++;
  }
  const covered = new Map<number, Set<string>>();
  const cellCounts = new Map<number, Record<string, number>>();
  const bump = (cell: number, relation: string) => {
    const c = cellCounts.get(cell) ?? {};
    c[relation] = (c[relation] ?? 0) + 1;
    cellCounts.set(cell, c);
  };
  const cover = (cell: number, duty: string) => {
    const set = covered.get(cell) ?? new Set<string>();
    set.add(duty);
    covered.set(cell, set);
  };
  for (const p of docPairs) {
    const i = shownAs.get(unitOfDuty.get(p.a) ?? '');
    const j = shownAs.get(unitOfDuty.get(p.b) ?? '');
    if (i === undefined || j === undefined || i === j) continue;
    bump(i * n + j, p.relation);
    bump(j * n + i, p.relation);
    if (p.conflict) {
      cover(i * n + j, p.a);
      cover(j * n + i, p.b);
    }
  }
  const rows = Array.from({ length: n }, (_, i) => i);
  const coverage = rows.map((i) => rows.map((j) => (own[i] === 0 ? 0 : round((covered.get(i * n + j)?.size ?? 0) / own[i], 4))));
  const score = rows.map((i) =>
    rows.map((j) => (i === j ? 0 : round(similarity && similarity.length === n * n ? similarity[i * n + j] : (coverage[i][j] + coverage[j][i]) / 2, 4))),
  );
  const counts = rows.map((i) => rows.map((j) => cellCounts.get(i * n + j) ?? {}));
  return { organisation, unitIds: shown.map((u) => u.id), order: seriate(score), coverage, score, counts };
}

/**
 * Orders units so that entangled ones sit together: start from the unit with
 * the highest total score, then repeatedly append the unplaced unit closest
 * to the last one placed (ties broken by input order). O(n²), fine for
 * 923 units; deterministic.
 */
export function seriate(score: readonly (readonly number[])[]): number[] {
  const n = score.length;
  if (n === 0) return [];
  const total = score.map((row) => row.reduce((s, x) => s + x, 0));
  const placed = new Uint8Array(n);
  let current = total.reduce((best, t, i) => (t > total[best] ? i : best), 0);
  const order = [current];
  placed[current] = 1;
  while (order.length < n) {
    let next = -1;
    let bestScore = -1;
    for (let j = 0; j < n; j++) {
      if (placed[j]) continue;
      const s = score[current][j] > 0 ? score[current][j] : total[j] * 1e-9;
      if (s > bestScore) {
        bestScore = s;
        next = j;
      }
    }
    placed[next] = 1;
    order.push(next);
    current = next;
  }
  return order;
}
