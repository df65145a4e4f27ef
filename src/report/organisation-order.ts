/**
 * The order organisations are presented in. A scraped compilation gives
 * dozens of small one-document organisations; the reader wants those with
 * findings first, and the one-unit fragments with nothing to report out of
 * the way (still reachable).
 */
import type { OrganisationStats } from './organisation-stats.ts';

/** One organisation as the front page lists it. */
export interface OrganisationRow {
  /** Position of the organisation in result.organisations (its section is #doc-<index>). */
  index: number;
  /** The organisation's counts. */
  stats: OrganisationStats;
  /** True for an organisation with fewer than two units with duties and no finding: it goes into the "other documents" group. */
  minor: boolean;
}

/** True when an organisation has fewer than two units with duties (nothing to compare) and no conflict or gap, open or accepted. */
export function isMinorOrganisation(stats: OrganisationStats): boolean {
  return (stats.unitsWithDuties ?? stats.units) < 2 && stats.conflicts + stats.acceptedConflicts + stats.gaps + stats.acceptedGaps === 0;
}

/** Both-lead conflicts first, then conflicts, gaps and units (more first), then result order. */
export function compareOrganisationRows(x: OrganisationRow, y: OrganisationRow): number {
  return (
    y.stats.bothLead - x.stats.bothLead ||
    y.stats.conflicts - x.stats.conflicts ||
    y.stats.gaps - x.stats.gaps ||
    y.stats.units - x.stats.units ||
    x.index - y.index
  );
}

/** The organisations in presentation order, each marked minor or not. */
export function organisationRows(stats: readonly OrganisationStats[]): OrganisationRow[] {
  return stats.map((s, index) => ({ index, stats: s, minor: isMinorOrganisation(s) })).sort(compareOrganisationRows);
}
