/**
 * Per-document counts for the overview. The result's summary covers the
 * whole run; a report with several documents shows each on its own, so the
 * same counts are taken per document here (counting, not analysis).
 */
import { RelationSchema, type Relation } from '../model.ts';
import type { ResultIndex } from './result-index.ts';

/** Counts for one document. */
export interface DocumentStats {
  /** The document. */
  documentId: string;
  /** Number of units. */
  units: number;
  /** Number of duties (nested ones included). */
  duties: number;
  /** Number of pairs. */
  pairs: number;
  /** Pairs by relation, every relation present (0 when none). */
  byRelation: Record<Relation, number>;
  /** Duplicate and overlap pairs. */
  conflicts: number;
  /** Conflicts where both units lead. */
  bothLead: number;
  /** Generic (boilerplate) groups. */
  genericGroups: number;
  /** Gap findings. */
  gaps: number;
}

/** All relations in schema order. */
export const RELATIONS: readonly Relation[] = RelationSchema.options;

/** Counts units, duties, pairs by relation, conflicts and gaps of one document. */
export function documentStats(index: ResultIndex, documentId: string): DocumentStats {
  const units = index.unitsByDocument.get(documentId) ?? [];
  const pairs = index.pairsByDocument.get(documentId) ?? [];
  const byRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  for (const p of pairs) byRelation[p.relation]++;
  return {
    documentId,
    units: units.length,
    duties: units.reduce((n, u) => n + (index.dutiesByUnit.get(u.id)?.length ?? 0), 0),
    pairs: pairs.length,
    byRelation,
    conflicts: pairs.filter((p) => p.conflict).length,
    bothLead: pairs.filter((p) => p.bothLead).length,
    genericGroups: index.genericByDocument.get(documentId)?.length ?? 0,
    gaps: index.result.gaps.filter((g) => g.documentId === documentId).length,
  };
}
