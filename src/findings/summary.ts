import type { Gap, GenericGroup, OrgDocument, Pair, Relation, ResultDuty, Summary, Unit } from '../model.ts';
import { RelationSchema } from '../model.ts';

/** Counts of a result (or of one organisation's part of it), with every relation present, in schema order. */
export function summarize(
  organisations: number,
  documents: readonly OrgDocument[],
  copies: number,
  units: readonly Unit[],
  duties: readonly ResultDuty[],
  pairs: Iterable<Pick<Pair, 'relation' | 'conflict' | 'bothLead'>>,
  pairCount: number,
  genericGroups: readonly GenericGroup[],
  gaps: readonly Gap[],
): Summary {
  const byRelation = Object.fromEntries(RelationSchema.options.map((r) => [r, 0])) as Record<Relation, number>;
  let conflicts = 0;
  let bothLeadConflicts = 0;
  for (const p of pairs) {
    byRelation[p.relation]++;
    if (p.conflict) conflicts++;
    if (p.conflict && p.bothLead) bothLeadConflicts++;
  }
  return {
    organisations,
    documents: documents.length,
    copies,
    units: units.length,
    duties: duties.length,
    pairs: pairCount,
    byRelation,
    conflicts,
    bothLeadConflicts,
    genericGroups: genericGroups.length,
    gaps: gaps.filter((g) => g.kind !== 'orphan').length,
  };
}
