/**
 * pairs.csv: one row per duty pair, in the report's language (headers,
 * relations, roles and reasons); the documents' own text (unit names, duty
 * texts, terms) as it is.
 */
import type { Result } from '../model.ts';
import { toCsv, type CsvValue } from './csv.ts';
import { formatSource } from './format.ts';
import { label, pairReasonText, relationLabel, roleLabel, type LabelKey, type ReportLang } from './i18n.ts';
import { indexResult } from './result-index.ts';

/** The label keys of pairs.csv's columns, in order. */
const COLUMNS: readonly LabelKey[] = ['organisation', 'unitA', 'unitB', 'relation', 'score', 'roleA', 'roleB', 'dutyA', 'dutyB', 'sourceA', 'sourceB', 'sharedTerms', 'reason'];

/** Column headers of pairs.csv in a language. */
export function pairsCsvHeader(lang: ReportLang): string[] {
  return COLUMNS.map((k) => label(lang, k));
}

/** Rows of pairs.csv (header first), in result order. */
export function pairsRows(result: Result, lang: ReportLang): CsvValue[][] {
  const index = indexResult(result);
  const rows: CsvValue[][] = [pairsCsvHeader(lang)];
  for (const p of result.pairs) {
    const a = index.dutyById.get(p.a);
    const b = index.dutyById.get(p.b);
    rows.push([
      index.organisationById.get(p.organisation)?.name ?? p.organisation,
      a ? index.unitById.get(a.unitId)?.name ?? '' : '',
      b ? index.unitById.get(b.unitId)?.name ?? '' : '',
      relationLabel(lang, p.relation),
      p.score,
      roleLabel(lang, p.roles[0]),
      roleLabel(lang, p.roles[1]),
      a?.text ?? p.a,
      b?.text ?? p.b,
      a ? formatSource(a.source) : '',
      b ? formatSource(b.source) : '',
      p.sharedTerms.join('; '),
      pairReasonText(lang, p.reason),
    ]);
  }
  return rows;
}

/** pairs.csv content. */
export function pairsCsv(result: Result, lang: ReportLang): string {
  return toCsv(pairsRows(result, lang));
}
