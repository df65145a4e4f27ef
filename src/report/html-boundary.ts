/**
 * The boundary list (职责边界清单) of one document as a table: one row per
 * shared piece of work with its lead, supporting, approving and overseeing
 * units; several leads are highlighted as a conflict.
 */
import type { BoundaryList } from './boundary-list.ts';
import { escapeHtml } from './escape-html.ts';
import { label, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';
import { ownerText } from './owner-text.ts';

/** The boundary-list section of one document. */
export function boundarySectionHtml(index: ResultIndex, list: BoundaryList, lang: ReportLang): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const unitName = (id: string) => index.unitById.get(id)?.name ?? id;
  const names = (ids: readonly string[]) => escapeHtml(ids.map((id) => index.unitById.get(id)?.name ?? id).join(lang === 'zh' ? '、' : ', '));
  const rows = list.clusters.map((c, i) => {
    const text = index.dutyById.get(c.labelDutyId)?.text ?? '';
    const lead = c.conflict ? `${names(c.lead)} <span class="badge-lead">${t('twoLeads')}</span>` : names(c.lead);
    return `<tr class="${c.conflict ? 'is-conflict' : ''}"><td class="num">${i + 1}</td><td>${escapeHtml(text)} <span class="meta">(${c.dutyIds.length} ${t('ofDuties')})</span></td>` +
      `<td>${lead}</td><td>${names(c.support)}</td><td>${names(c.approve)}</td><td>${names(c.oversee)}</td><td>${names(c.unspecified)}</td><td class="num">${c.conflictPairs}</td>` +
      `<td class="owner">${c.owner ? escapeHtml(ownerText(lang, c.owner, unitName)) : ''}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="boundary"><thead><tr><th class="num">#</th><th>${t('cluster')}</th><th>${t('leadUnits')}</th><th>${t('supportUnits')}</th><th>${t('approveUnits')}</th><th>${t('overseeUnits')}</th><th>${t('otherUnits')}</th><th class="num">${t('conflicts')}</th><th>${t('suggestedLead')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p class="empty">${t('noClusters')}</p>`;
  return `<section class="part boundary-part"><h3>${t('boundaryList')}</h3>${table}<p class="meta">${t('unsharedDuties')}: ${list.unsharedDuties}</p></section>`;
}
