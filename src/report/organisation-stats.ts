/**
 * Per-organisation counts for the overview, as the result's
 * organisationSummaries state them: the report reads the counts, it never
 * counts findings itself (findings/summary.ts does, once).
 */
import { RelationSchema, type OrganisationSummary, type Relation } from '../model.ts';
import type { ResultIndex } from './result-index.ts';

/** Counts for one organisation (all its documents). */
export interface OrganisationStats {
  /** The organisation. */
  organisation: string;
  /** Number of documents. */
  documents: number;
  /** Number of units. */
  units: number;
  /** Units with duties of their own (an organisation that only holds its departments has none); absent in totals. */
  unitsWithDuties?: number;
  /** Number of duties (nested ones included). */
  duties: number;
  /** Number of pairs. */
  pairs: number;
  /** Pairs by relation, every relation present (0 when none). */
  byRelation: Record<Relation, number>;
  /** Open duplicate and overlap pairs: conflicts with no unexpired acceptance. */
  conflicts: number;
  /** Open conflicts where both units lead. */
  bothLead: number;
  /** Conflicts the organisation has accepted (acceptance not expired), counted apart from the open ones. */
  acceptedConflicts: number;
  /** Generic (boilerplate) groups. */
  genericGroups: number;
  /** Open gap findings, orphan duties not counted (as in the result's summary: an orphan is a note on a duty, not a missing owner). */
  gaps: number;
  /** Gap findings (orphans not counted) with an unexpired acceptance. */
  acceptedGaps: number;
}

/** All relations in schema order. */
export const RELATIONS: readonly Relation[] = RelationSchema.options;

/** The counts of one organisation (accepted findings apart), from its summary in the result. */
export function organisationStats(index: ResultIndex, organisation: string): OrganisationStats {
  const s = index.summaryByOrganisation.get(organisation);
  if (!s) throw new Error(`result has no summary of organisation ${organisation}`);
  const unitsWithDuties = (index.unitsByOrganisation.get(organisation) ?? []).filter((u) => (index.dutiesByUnit.get(u.id)?.length ?? 0) > 0).length;
  return { ...statsOf(s), unitsWithDuties };
}

/** A summary as the overview's counts. */
export function statsOf(s: Omit<OrganisationSummary, 'organisation'> & { organisation?: string }): OrganisationStats {
  return {
    organisation: s.organisation ?? '',
    documents: s.documents,
    units: s.units,
    duties: s.duties,
    pairs: s.pairs,
    byRelation: s.byRelation,
    conflicts: s.conflicts,
    bothLead: s.bothLeadConflicts,
    acceptedConflicts: s.acceptedConflicts,
    genericGroups: s.genericGroups,
    gaps: s.gaps,
    acceptedGaps: s.acceptedGaps,
  };
}
