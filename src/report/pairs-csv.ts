/**
 * pairs.csv: one row per duty pair. Headers and relation/role values stay
 * in English codes whatever the UI language, so scripts can read the file.
 */
import type { Result } from '../model.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { formatSource } from './format.ts';
import { indexResult } from './result-index.ts';

/** Column headers of pairs.csv. */
export const PAIRS_CSV_HEADER = [
  'organisation', 'unit A', 'unit B', 'relation', 'score', 'role A', 'role B', 'duty A', 'duty B', 'source A', 'source B', 'shared terms', 'reason',
] as const;

/** Rows of pairs.csv (header first), in result order. */
export function pairsRows(result: Result): CsvValue[][] {
  const index = indexResult(result);
  const rows: CsvValue[][] = [[...PAIRS_CSV_HEADER]];
  for (const p of result.pairs) {
    const a = index.dutyById.get(p.a);
    const b = index.dutyById.get(p.b);
    rows.push([
      index.organisationById.get(p.organisation)?.name ?? p.organisation,
      a ? index.unitById.get(a.unitId)?.name ?? '' : '',
      b ? index.unitById.get(b.unitId)?.name ?? '' : '',
      p.relation,
      p.score,
      p.roles[0],
      p.roles[1],
      a?.text ?? p.a,
      b?.text ?? p.b,
      a ? formatSource(a.source) : '',
      b ? formatSource(b.source) : '',
      p.sharedTerms.join('; '),
      p.reason,
    ]);
  }
  return rows;
}

/** pairs.csv content. */
export function pairsCsv(result: Result): string {
  return toCsv(pairsRows(result));
}
