/**
 * What to fix first across the whole organisation set, for the front page:
 * the conflicts grouped by the two units they join (one row per pair of
 * units: both-lead first, then the best score, then how many conflicts the
 * two units share), the units most entangled, and the gaps that call for a
 * decision. Presentation grouping of the result only.
 */
import type { Gap, GapKind, Pair } from '../model.ts';
import { isAccepted } from './acceptance.ts';
import { entangledUnits, type EntangledUnit } from './entangled-units.ts';
import type { ResultIndex } from './result-index.ts';
import { compareConflicts } from './top-conflicts.ts';

/** The conflicts between one pair of units. */
export interface UnitPairConflicts {
  organisation: string;
  /** The two units, in result order. */
  units: [string, string];
  /** The strongest conflict (both-lead first, then score): it names the work and carries the suggestion. */
  best: Pair;
  /** Open conflicts between the two units. */
  count: number;
  /** Of those, both-lead conflicts. */
  bothLead: number;
}

/** Open conflicts grouped by their pair of units, most urgent first, at most `limit`. */
export function rankedConflicts(index: ResultIndex, limit: number): UnitPairConflicts[] {
  const groups = new Map<string, UnitPairConflicts>();
  for (const p of index.result.pairs) {
    if (!p.conflict || isAccepted(p)) continue;
    const ua = index.dutyById.get(p.a)?.unitId;
    const ub = index.dutyById.get(p.b)?.unitId;
    if (ua === undefined || ub === undefined) continue;
    const units: [string, string] = (index.unitPosition.get(ua) ?? 0) <= (index.unitPosition.get(ub) ?? 0) ? [ua, ub] : [ub, ua];
    const key = units.join('\u0000');
    const g = groups.get(key);
    if (!g) groups.set(key, { organisation: p.organisation, units, best: p, count: 1, bothLead: p.bothLead ? 1 : 0 });
    else {
      g.count++;
      if (p.bothLead) g.bothLead++;
      if (compareConflicts(p, g.best) < 0) g.best = p;
    }
  }
  return [...groups.values()].sort((x, y) => compareConflicts(x.best, y.best) || y.count - x.count).slice(0, limit);
}

/** One entangled unit with its organisation. */
export interface RankedUnit extends EntangledUnit {
  organisation: string;
}

/** The units with most conflict pairs over all organisations, at most `limit`. */
export function rankedUnits(index: ResultIndex, limit: number): RankedUnit[] {
  return index.result.organisations
    .flatMap((o) => entangledUnits(index, o.id, limit).map((u) => ({ ...u, organisation: o.id })))
    .sort((x, y) => y.conflictPairs - x.conflictPairs || y.bothLead - x.bothLead || y.partners - x.partners)
    .slice(0, limit);
}

/** Gap kinds that ask for a decision, most pressing first; an orphan (a duty matching no function) is no gap. */
const GAP_URGENCY: Record<GapKind, number> = { 'document-named': 0, 'multi-lead': 1, 'no-lead': 2, gap: 3, orphan: -1 };

/** Open gaps that ask for a decision, the document's own first, then multi-lead, no-lead and unowned; at most `limit`, and how many there are. */
export function rankedGaps(index: ResultIndex, limit: number): { gaps: Gap[]; total: number } {
  const open = index.result.gaps.filter((g) => GAP_URGENCY[g.kind] >= 0 && !isAccepted(g));
  const order = new Map(open.map((g, i) => [g, i]));
  const sorted = open.sort((x, y) => GAP_URGENCY[x.kind] - GAP_URGENCY[y.kind] || y.unitIds.length - x.unitIds.length || order.get(x)! - order.get(y)!);
  return { gaps: sorted.slice(0, limit), total: open.length };
}
