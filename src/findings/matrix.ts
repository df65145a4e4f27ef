import type { Pair, ResultDuty, Unit, UnitMatrix } from '../model.ts';
import { round } from '../util/round.ts';

/**
 * The unit × unit matrix of one document. coverage[i][j] is the share of unit
 * i's non-boilerplate duties that have a duplicate or overlap in unit j
 * (asymmetric: a small unit can sit entirely inside a large one); score is
 * how alike the two units' work reads as a whole (`similarity`, row-major in
 * the document's unit order), or the mean of the two coverages when no
 * similarity is given; counts holds the pairs of each relation.
 */
export function unitMatrix(
  documentId: string,
  units: readonly Unit[],
  duties: readonly ResultDuty[],
  pairs: readonly Pair[],
  similarity?: Float64Array,
): UnitMatrix {
  const docUnits = units.filter((u) => u.documentId === documentId);
  const index = new Map(docUnits.map((u, i) => [u.id, i]));
  const n = docUnits.length;
  const unitOfDuty = new Map(duties.map((d) => [d.id, d.unitId]));
  const own = new Array<number>(n).fill(0);
  for (const d of duties) {
    const i = index.get(d.unitId);
    if (i !== undefined && d.category !== 'generic') own[i]++;
  }
  const covered: Set<string>[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => new Set<string>()));
  const counts: Record<string, number>[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => ({})));
  for (const p of pairs) {
    if (p.documentId !== documentId) continue;
    const i = index.get(unitOfDuty.get(p.a) ?? '');
    const j = index.get(unitOfDuty.get(p.b) ?? '');
    if (i === undefined || j === undefined || i === j) continue;
    counts[i][j][p.relation] = (counts[i][j][p.relation] ?? 0) + 1;
    counts[j][i][p.relation] = (counts[j][i][p.relation] ?? 0) + 1;
    if (p.conflict) {
      covered[i][j].add(p.a);
      covered[j][i].add(p.b);
    }
  }
  const coverage = covered.map((row, i) => row.map((set) => (own[i] === 0 ? 0 : round(set.size / own[i], 4))));
  const score = coverage.map((row, i) =>
    row.map((c, j) => (i === j ? 0 : round(similarity ? similarity[i * n + j] : (c + coverage[j][i]) / 2, 4))),
  );
  return { documentId, unitIds: docUnits.map((u) => u.id), order: seriate(score), coverage, score, counts };
}

/**
 * Orders units so that entangled ones sit together: start from the unit with
 * the highest total score, then repeatedly append the unplaced unit closest
 * to the last one placed (ties broken by document order). O(n²), fine for
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
