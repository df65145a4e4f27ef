/**
 * The overview of one document: counts, the both-lead rule called out, pairs
 * by relation, the top open conflicts (then the accepted ones, apart), the
 * most entangled units and the score histogram.
 */
import type { Pair } from '../model.ts';
import { acceptanceBadgeHtml } from './acceptance.ts';
import { organisationStats, RELATIONS } from './organisation-stats.ts';
import { entangledUnits } from './entangled-units.ts';
import { escapeHtml } from './escape-html.ts';
import { formatPercent, formatScore, formatSource } from './format.ts';
import { histogramSvg } from './histogram-svg.ts';
import { label, relationLabel, roleLabel, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';
import { acceptedConflicts, topConflicts } from './top-conflicts.ts';

/** How many rows the overview tables show. */
export interface OverviewLimits {
  /** Rows of the top-conflicts table. */
  conflicts: number;
  /** Rows of the entangled-units table. */
  units: number;
}

function card(value: number, name: string, alert: boolean): string {
  return `<div class="card${alert ? ' alert' : ''}"><b>${value}</b><span>${escapeHtml(name)}</span></div>`;
}

function dutyCell(index: ResultIndex, dutyId: string, lang: ReportLang): string {
  const duty = index.dutyById.get(dutyId);
  if (!duty) return '<td></td><td></td>';
  const unit = index.unitById.get(duty.unitId);
  return `<td><strong>${escapeHtml(unit?.name ?? '')}</strong><span class="role">${escapeHtml(roleLabel(lang, duty.role))}</span></td>` +
    `<td>${escapeHtml(duty.text)}<div class="src">${escapeHtml(formatSource(duty.source))}</div></td>`;
}

function conflictRow(index: ResultIndex, p: Pair, rank: number, lang: ReportLang): string {
  const badge = (p.bothLead ? ` <span class="badge-lead">${escapeHtml(label(lang, 'bothLead'))}</span>` : '') + acceptanceBadgeHtml(lang, p.acceptance);
  return `<tr class="${p.bothLead ? 'is-conflict' : ''}"><td class="num">${rank}</td><td><span class="chip rel-${p.relation}">${escapeHtml(relationLabel(lang, p.relation))}</span>${badge}</td>` +
    `<td class="num">${formatScore(p.score)}</td>${dutyCell(index, p.a, lang)}${dutyCell(index, p.b, lang)}</tr>`;
}

/** The overview section of one document. */
export function overviewHtml(index: ResultIndex, organisation: string, lang: ReportLang, limits: OverviewLimits): string {
  const stats = organisationStats(index, organisation);
  const pairs = index.pairsByOrganisation.get(organisation) ?? [];
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const cards = [
    card(stats.units, label(lang, 'units'), false),
    card(stats.duties, label(lang, 'duties'), false),
    card(stats.pairs, label(lang, 'pairs'), false),
    card(stats.conflicts, label(lang, 'conflicts'), stats.conflicts > 0),
    card(stats.bothLead, label(lang, 'bothLead'), stats.bothLead > 0),
    stats.acceptedConflicts > 0 ? card(stats.acceptedConflicts, label(lang, 'acceptedConflicts'), false) : '',
    card(stats.genericGroups, label(lang, 'genericGroups'), false),
    card(stats.gaps, label(lang, 'gapCount'), stats.gaps > 0),
    stats.acceptedGaps > 0 ? card(stats.acceptedGaps, label(lang, 'acceptedGaps'), false) : '',
  ].join('');
  const rule = stats.bothLead > 0
    ? `<p class="rule"><strong>${t('bothLead')} ${stats.bothLead}</strong> — “${t('bothLeadRule')}”</p>`
    : '';
  const relationRows = RELATIONS.map(
    (r) => `<tr><td><span class="chip rel-${r}">${escapeHtml(relationLabel(lang, r))}</span></td><td class="num">${stats.byRelation[r]}</td></tr>`,
  ).join('');
  const head = `<thead><tr><th class="num">#</th><th>${t('relation')}</th><th class="num">${t('score')}</th><th>${t('unitA')}</th><th>${t('dutyA')}</th><th>${t('unitB')}</th><th>${t('dutyB')}</th></tr></thead>`;
  const top = topConflicts(pairs, limits.conflicts);
  const topTable = top.length
    ? `<table class="top-conflicts">${head}<tbody>` + top.map((p, i) => conflictRow(index, p, i + 1, lang)).join('') + '</tbody></table>'
    : `<p class="empty">${t('noConflicts')}</p>`;
  const accepted = acceptedConflicts(pairs);
  const acceptedTable = accepted.length
    ? `<h4>${t('acceptedConflicts')} ${accepted.length}</h4><table class="accepted-conflicts">${head}<tbody>` +
      accepted.map((p, i) => conflictRow(index, p, i + 1, lang)).join('') + '</tbody></table>'
    : '';
  const entangled = entangledUnits(index, organisation, limits.units);
  const entangledTable = entangled.length
    ? `<table class="entangled"><thead><tr><th>${t('unit')}</th><th class="num">${t('conflictPairs')}</th><th class="num">${t('bothLead')}</th><th class="num">${t('partners')}</th><th class="num">${t('conflictShare')}</th></tr></thead><tbody>` +
      entangled.map((e) => `<tr><td>${escapeHtml(index.unitById.get(e.unitId)?.name ?? e.unitId)}</td><td class="num">${e.conflictPairs}</td><td class="num">${e.bothLead}</td><td class="num">${e.partners}</td><td class="num">${formatPercent(e.conflictShare)}</td></tr>`).join('') +
      '</tbody></table>'
    : `<p class="empty">${t('noEntangled')}</p>`;
  return `<section class="part overview"><h3>${t('overview')}</h3><div class="cards">${cards}</div>${rule}` +
    `<h4>${t('topConflicts')}</h4>${topTable}${acceptedTable}` +
    `<div class="grid2"><div><h4>${t('entangledUnits')}</h4>${entangledTable}<h4>${t('pairsByRelation')}</h4><table class="by-relation"><tbody>${relationRows}</tbody></table></div>` +
    `<div><h4>${t('scoreHistogram')}</h4>${histogramSvg(pairs, index.result.options, lang)}</div></div></section>`;
}
