/**
 * The units most caught up in conflicts, for the overview: counted from the
 * conflict pairs of one document.
 */
import type { ResultIndex } from './result-index.ts';

/** One unit's conflict figures. */
export interface EntangledUnit {
  /** The unit. */
  unitId: string;
  /** Conflict pairs the unit takes part in. */
  conflictPairs: number;
  /** Of those, both-lead conflicts. */
  bothLead: number;
  /** Other units it has a conflict with. */
  partners: number;
  /** Share of its duties in at least one conflict. */
  conflictShare: number;
}

/** Units with at least one conflict, most conflict pairs first, at most `limit`. */
export function entangledUnits(index: ResultIndex, organisation: string, limit: number): EntangledUnit[] {
  const units = index.unitsByOrganisation.get(organisation) ?? [];
  const order = new Map(units.map((u, i) => [u.id, i]));
  const figures = new Map<string, { pairs: number; bothLead: number; partners: Set<string>; duties: Set<string> }>();
  const entry = (unitId: string) => {
    let f = figures.get(unitId);
    if (!f) figures.set(unitId, (f = { pairs: 0, bothLead: 0, partners: new Set(), duties: new Set() }));
    return f;
  };
  for (const p of index.pairsByOrganisation.get(organisation) ?? []) {
    if (!p.conflict) continue;
    const ua = index.dutyById.get(p.a)?.unitId;
    const ub = index.dutyById.get(p.b)?.unitId;
    if (ua === undefined || ub === undefined) continue;
    for (const [self, other, duty] of [[ua, ub, p.a], [ub, ua, p.b]] as const) {
      const f = entry(self);
      f.pairs++;
      if (p.bothLead) f.bothLead++;
      f.partners.add(other);
      f.duties.add(duty);
    }
  }
  return [...figures.entries()]
    .map(([unitId, f]) => ({
      unitId,
      conflictPairs: f.pairs,
      bothLead: f.bothLead,
      partners: f.partners.size,
      conflictShare: f.duties.size / Math.max(1, index.dutiesByUnit.get(unitId)?.length ?? 0),
    }))
    .sort((x, y) => y.conflictPairs - x.conflictPairs || y.conflictShare - x.conflictShare || (order.get(x.unitId) ?? 0) - (order.get(y.unitId) ?? 0))
    .slice(0, limit);
}
