import type { Gap, GenericGroup, OrgDocument, Pair, Relation, ResultDuty, Summary, Unit } from '../model.ts';
import { RelationSchema } from '../model.ts';

/** Counts of a result (or of one document's part of it), with every relation present, in schema order. */
export function summarize(
  documents: readonly OrgDocument[],
  units: readonly Unit[],
  duties: readonly ResultDuty[],
  pairs: readonly Pair[],
  genericGroups: readonly GenericGroup[],
  gaps: readonly Gap[],
): Summary {
  const byRelation = Object.fromEntries(RelationSchema.options.map((r) => [r, 0])) as Record<Relation, number>;
  for (const p of pairs) byRelation[p.relation]++;
  return {
    documents: documents.length,
    units: units.length,
    duties: duties.length,
    pairs: pairs.length,
    byRelation,
    conflicts: pairs.filter((p) => p.conflict).length,
    bothLeadConflicts: pairs.filter((p) => p.conflict && p.bothLead).length,
    genericGroups: genericGroups.length,
    gaps: gaps.filter((g) => g.kind !== 'orphan').length,
  };
}
