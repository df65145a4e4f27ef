/**
 * Per-organisation counts for the overview. The result's summary covers the
 * whole run; a report with several organisations shows each on its own, so
 * the same counts are taken per organisation here (counting, not analysis).
 */
import { RelationSchema, type Relation } from '../model.ts';
import { isAccepted } from './acceptance.ts';
import type { ResultIndex } from './result-index.ts';

/** Counts for one organisation (all its documents). */
export interface OrganisationStats {
  /** The organisation. */
  organisation: string;
  /** Number of documents. */
  documents: number;
  /** Number of units. */
  units: number;
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

/** Counts units, duties, pairs by relation, conflicts and gaps of one organisation (accepted findings apart). */
export function organisationStats(index: ResultIndex, organisation: string): OrganisationStats {
  const units = index.unitsByOrganisation.get(organisation) ?? [];
  const pairs = index.pairsByOrganisation.get(organisation) ?? [];
  const gaps = index.result.gaps.filter((g) => g.organisation === organisation && g.kind !== 'orphan');
  const open = pairs.filter((p) => p.conflict && !isAccepted(p));
  const byRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  for (const p of pairs) byRelation[p.relation]++;
  return {
    organisation,
    documents: index.organisationById.get(organisation)?.documentIds.length ?? 0,
    units: units.length,
    duties: units.reduce((n, u) => n + (index.dutiesByUnit.get(u.id)?.length ?? 0), 0),
    pairs: pairs.length,
    byRelation,
    conflicts: open.length,
    bothLead: open.filter((p) => p.bothLead).length,
    acceptedConflicts: pairs.filter((p) => p.conflict && isAccepted(p)).length,
    genericGroups: index.genericByOrganisation.get(organisation)?.length ?? 0,
    gaps: gaps.filter((g) => !isAccepted(g)).length,
    acceptedGaps: gaps.filter((g) => isAccepted(g)).length,
  };
}
