/**
 * The boundary list (职责边界清单): one row per piece of work shared across
 * units. A piece of work is a connected component of duties joined by pairs
 * whose relation says "the same work" (duplicate, overlap, collaboration,
 * contains by default); it names who leads, supports, approves and oversees
 * it, and flags a conflict when more than one unit leads (a parent unit
 * that leads the work its own sub-unit leads is hierarchy, not a second
 * owner, so it does not count). Duties in no
 * component are only counted. This is presentation grouping of the result's
 * pairs, not analysis: it adds no pair and changes no relation.
 */
import type { OwnerSuggestion, Pair, Relation, ResultDuty, Role } from '../model.ts';
import type { ResultIndex } from './result-index.ts';

/** The relations that join duties into one piece of work, unless the caller passes others. */
export const BOUNDARY_RELATIONS: readonly Relation[] = ['duplicate', 'overlap', 'collaboration', 'contains'];

/** One piece of work shared by several units. */
export interface BoundaryCluster {
  /** The organisation. */
  organisation: string;
  /** Duties in the piece of work, in result order. */
  dutyIds: string[];
  /** The duty whose text names the work: the one with most pairs in the cluster. */
  labelDutyId: string;
  /** Units by their strongest role in the cluster (lead > approve > oversee > support > unspecified), in result order. */
  lead: string[];
  /** Units supporting. */
  support: string[];
  /** Units approving. */
  approve: string[];
  /** Units overseeing. */
  oversee: string[];
  /** Units whose role is not stated. */
  unspecified: string[];
  /** More than one unit leads, not counting a unit that leads only as the ancestor of another lead unit: breaks 一件事情原则上由一个部门负责. */
  conflict: boolean;
  /** Duplicate/overlap pairs inside the cluster. */
  conflictPairs: number;
  /** The owner suggestion of the cluster's strongest conflict pair (a decided one first), when it has one. */
  owner?: OwnerSuggestion;
}

/** The boundary list of one organisation. */
export interface BoundaryList {
  /** The organisation. */
  organisation: string;
  /** Pieces of work, conflicts first, then more conflict pairs, then larger, then result order. */
  clusters: BoundaryCluster[];
  /** Duties of the organisation in no cluster. */
  unsharedDuties: number;
}

const ROLE_STRENGTH: Record<Role, number> = { lead: 4, approve: 3, oversee: 2, support: 1, unspecified: 0 };

/**
 * Groups duties into pieces of work around a centre: repeatedly the duty with
 * the most ungrouped neighbours (ties: lower index) takes them all into its
 * group. Unlike connected components, a chain of look-alikes (A~B, B~C, C~D…)
 * does not merge everything a document does into one row. Returns each
 * duty's group (the centre's index); a duty with no neighbour is its own group.
 *
 * The next centre comes from a max-heap of (ungrouped neighbours, index)
 * with lazy deletion: counts only fall, so an entry whose count is no longer
 * the duty's own is stale and skipped. O((duties + edges) log edges), where
 * scanning every duty for each centre was quadratic in an organisation's duties.
 */
export function starGroups(count: number, edges: readonly (readonly [number, number])[]): number[] {
  const neighbours: number[][] = Array.from({ length: count }, () => []);
  for (const [a, b] of edges) {
    neighbours[a].push(b);
    neighbours[b].push(a);
  }
  const group = new Array<number>(count).fill(-1);
  // Ungrouped neighbours of each duty, counted with multiplicity as the neighbour lists hold them.
  const free = neighbours.map((list) => list.length);
  const heap = new CentreHeap();
  for (let i = 0; i < count; i++) if (free[i] > 0) heap.push(free[i], i);
  const take = (j: number, centre: number) => {
    group[j] = centre;
    for (const k of neighbours[j]) {
      free[k]--;
      if (group[k] === -1 && free[k] > 0) heap.push(free[k], k);
    }
  };
  for (let top = heap.pop(); top !== null; top = heap.pop()) {
    const [count, centre] = top;
    if (group[centre] !== -1 || count !== free[centre]) continue;
    const taken = neighbours[centre].filter((j) => group[j] === -1);
    take(centre, centre);
    for (const j of taken) if (group[j] === -1) take(j, centre);
  }
  return group.map((g, i) => (g === -1 ? i : g));
}

/** A binary max-heap of (count, index): larger count first, then lower index. */
class CentreHeap {
  private readonly counts: number[] = [];
  private readonly indices: number[] = [];

  private before(x: number, y: number): boolean {
    return this.counts[x] > this.counts[y] || (this.counts[x] === this.counts[y] && this.indices[x] < this.indices[y]);
  }

  private swap(x: number, y: number): void {
    [this.counts[x], this.counts[y]] = [this.counts[y], this.counts[x]];
    [this.indices[x], this.indices[y]] = [this.indices[y], this.indices[x]];
  }

  push(count: number, index: number): void {
    let at = this.counts.length;
    this.counts.push(count);
    this.indices.push(index);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(at, parent)) break;
      this.swap(at, parent);
      at = parent;
    }
  }

  pop(): [number, number] | null {
    if (this.counts.length === 0) return null;
    const top: [number, number] = [this.counts[0], this.indices[0]];
    const lastCount = this.counts.pop()!;
    const lastIndex = this.indices.pop()!;
    if (this.counts.length > 0) {
      this.counts[0] = lastCount;
      this.indices[0] = lastIndex;
      for (let at = 0; ; ) {
        const left = 2 * at + 1;
        const right = left + 1;
        let best = at;
        if (left < this.counts.length && this.before(left, best)) best = left;
        if (right < this.counts.length && this.before(right, best)) best = right;
        if (best === at) break;
        this.swap(at, best);
        at = best;
      }
    }
    return top;
  }
}

/** Groups an organisation's duties (of all its documents) into shared pieces of work. */
export function boundaryList(index: ResultIndex, organisation: string, relations: readonly Relation[]): BoundaryList {
  // Only the organisation's own units, duties and pairs are visited (through the index), so
  // the lists of all organisations together cost one pass over the result.
  const documents = new Set(index.organisationById.get(organisation)?.documentIds ?? []);
  const duties: ResultDuty[] = (index.unitsByOrganisation.get(organisation) ?? [])
    .filter((u) => documents.has(u.documentId))
    .flatMap((u) => index.dutiesByUnit.get(u.id) ?? [])
    .sort((x, y) => index.dutyPosition.get(x.id)! - index.dutyPosition.get(y.id)!);
  const position = new Map(duties.map((d, i) => [d.id, i]));
  const joining = new Set(relations);
  const pairs = (index.pairsByOrganisation.get(organisation) ?? []).filter((p) => joining.has(p.relation) && position.has(p.a) && position.has(p.b));
  const group = starGroups(
    duties.length,
    pairs.map((p) => [position.get(p.a)!, position.get(p.b)!] as const),
  );
  const members = new Map<number, number[]>();
  duties.forEach((_, i) => {
    const r = group[i];
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  const degree = new Map<string, number>();
  const conflictsByRoot = new Map<number, number>();
  const ownerPair = new Map<number, Pair>();
  const ownerRank = (p: Pair) => (p.owner?.override ? 2 : 0) + p.score;
  for (const p of pairs) {
    degree.set(p.a, (degree.get(p.a) ?? 0) + 1);
    degree.set(p.b, (degree.get(p.b) ?? 0) + 1);
    const r = group[position.get(p.a)!];
    if (p.conflict && r === group[position.get(p.b)!]) {
      conflictsByRoot.set(r, (conflictsByRoot.get(r) ?? 0) + 1);
      const had = ownerPair.get(r);
      if (p.owner && (!had || ownerRank(p) > ownerRank(had))) ownerPair.set(r, p);
    }
  }
  const unitOrder = index.unitPosition;
  const parentOf = (unitId: string) => index.unitById.get(unitId)?.parentId;
  const ancestors = (unitId: string): Set<string> => {
    const found = new Set<string>();
    for (let p = parentOf(unitId); p && !found.has(p); p = parentOf(p)) found.add(p);
    return found;
  };
  // The label is the most connected duty; among equals a leading duty names the work better.
  const labelRank = (d: ResultDuty): number => (degree.get(d.id) ?? 0) * 2 + (d.role === 'lead' ? 1 : 0);
  const clusters: (BoundaryCluster & { first: number })[] = [];
  let unshared = 0;
  for (const [root, list] of members) {
    if (list.length < 2) {
      unshared++;
      continue;
    }
    const roleOfUnit = new Map<string, Role>();
    for (const i of list) {
      const d = duties[i];
      const had = roleOfUnit.get(d.unitId);
      if (had === undefined || ROLE_STRENGTH[d.role] > ROLE_STRENGTH[had]) roleOfUnit.set(d.unitId, d.role);
    }
    const unitsWith = (role: Role) =>
      [...roleOfUnit.entries()].filter(([, r]) => r === role).map(([u]) => u).sort((x, y) => unitOrder.get(x)! - unitOrder.get(y)!);
    const labelIndex = list.reduce((best, i) => (labelRank(duties[i]) > labelRank(duties[best]) ? i : best), list[0]);
    const lead = unitsWith('lead');
    const owners = lead.filter((u) => !lead.some((other) => other !== u && ancestors(other).has(u)));
    clusters.push({
      organisation,
      dutyIds: list.map((i) => duties[i].id),
      labelDutyId: duties[labelIndex].id,
      lead,
      support: unitsWith('support'),
      approve: unitsWith('approve'),
      oversee: unitsWith('oversee'),
      unspecified: unitsWith('unspecified'),
      conflict: owners.length > 1,
      conflictPairs: conflictsByRoot.get(root) ?? 0,
      ...(ownerPair.get(root)?.owner ? { owner: ownerPair.get(root)!.owner } : {}),
      first: list[0],
    });
  }
  clusters.sort(
    (x, y) => Number(y.conflict) - Number(x.conflict) || y.conflictPairs - x.conflictPairs || y.dutyIds.length - x.dutyIds.length || x.first - y.first,
  );
  return { organisation, clusters: clusters.map(({ first: _first, ...c }) => c), unsharedDuties: unshared };
}
