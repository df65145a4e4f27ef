/**
 * The print appendix of all pairs (asked for with `--appendix`): every
 * pair of every organisation as one table, conflicts first, for a reader
 * of the printed report who has no drill-down. Not rendered otherwise, so
 * the page stays small.
 */
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import { label, relationLabel, type LabelKey, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';
import { compareConflicts } from './top-conflicts.ts';

/** The all-pairs appendix (print only). */
export function allPairsAppendixHtml(index: ResultIndex, lang: ReportLang): string {
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const side = (dutyId: string) => {
    const d = index.dutyById.get(dutyId);
    return `<td><strong>${escapeHtml(index.unitById.get(d?.unitId ?? '')?.name ?? '')}</strong></td><td>${escapeHtml(d?.text ?? dutyId)}</td>`;
  };
  const parts = index.result.organisations.map((o) => {
    const pairs = [...(index.pairsByOrganisation.get(o.id) ?? [])].sort((x, y) => Number(y.conflict) - Number(x.conflict) || compareConflicts(x, y));
    if (pairs.length === 0) return '';
    const rows = pairs.map((p, i) => `<tr><td class="num">${i + 1}</td><td>${escapeHtml(relationLabel(lang, p.relation))}</td><td class="num">${formatScore(p.score)}</td>${side(p.a)}${side(p.b)}</tr>`);
    return `<h3>${escapeHtml(o.name)}</h3><table class="all-pairs"><thead><tr><th class="num">#</th><th>${t('relation')}</th><th class="num">${t('score')}</th><th>${t('unitA')}</th><th>${t('dutyA')}</th><th>${t('unitB')}</th><th>${t('dutyB')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  });
  return `<section class="appendix-pairs print-only" id="all-pairs"><h2>${t('drilldown')}</h2>${parts.join('')}</section>`;
}
