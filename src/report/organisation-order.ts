/**
 * The order documents are presented in. A scraped compilation gives dozens
 * of small documents; the reader wants those with findings first, and the
 * one-unit fragments with nothing to report out of the way (still reachable).
 */
import type { DocumentStats } from './document-stats.ts';

/** One document as the front page lists it. */
export interface DocumentRow {
  /** Position of the document in result.documents (its section is #doc-<index>). */
  index: number;
  /** The document's counts. */
  stats: DocumentStats;
  /** True for a document with fewer than two units and no finding: it goes into the "other documents" group. */
  minor: boolean;
}

/** True when a document has fewer than two units and no conflict or gap, open or accepted. */
export function isMinorDocument(stats: DocumentStats): boolean {
  return stats.units < 2 && stats.conflicts + stats.acceptedConflicts + stats.gaps + stats.acceptedGaps === 0;
}

/** Both-lead conflicts first, then conflicts, gaps and units (more first), then result order. */
export function compareDocumentRows(x: DocumentRow, y: DocumentRow): number {
  return (
    y.stats.bothLead - x.stats.bothLead ||
    y.stats.conflicts - x.stats.conflicts ||
    y.stats.gaps - x.stats.gaps ||
    y.stats.units - x.stats.units ||
    x.index - y.index
  );
}

/** The documents in presentation order, each marked minor or not. */
export function documentRows(stats: readonly DocumentStats[]): DocumentRow[] {
  return stats.map((s, index) => ({ index, stats: s, minor: isMinorDocument(s) })).sort(compareDocumentRows);
}
