/**
 * The first screen of the report: what to fix first across all documents
 * (see priorities.ts), each row linking to its organisation's section.
 */
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import { gapSentence } from './gap-sentence.ts';
import { fill, label, relationLabel, type LabelKey, type ReportLang } from './i18n.ts';
import { ownerLead } from './owner-text.ts';
import { rankedConflicts, rankedGaps, rankedUnits } from './priorities.ts';
import type { ResultIndex } from './result-index.ts';

/** How many rows each list of the first screen shows. */
export interface PriorityLimits {
  conflicts: number;
  units: number;
  gaps: number;
}

/** Cuts a duty text to `max` characters for a table cell (the whole text is in the tooltip). */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** The "fix these first" section (id "priorities"), or '' when there is nothing to fix. */
export function prioritiesHtml(index: ResultIndex, lang: ReportLang, limits: PriorityLimits): string {
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const section = new Map(index.result.organisations.map((o, i) => [o.id, i]));
  const orgName = (id: string) => index.organisationById.get(id)?.name ?? id;
  const unitName = (id: string) => index.unitById.get(id)?.name ?? id;
  const link = (organisation: string, html: string) => `<a href="#doc-${section.get(organisation)}">${html}</a>`;
  const conflicts = rankedConflicts(index, limits.conflicts);
  const units = rankedUnits(index, limits.units);
  const { gaps, total } = rankedGaps(index, limits.gaps);
  if (conflicts.length === 0 && gaps.length === 0) return '';

  const conflictRows = conflicts.map((c, i) => {
    const duty = index.dutyById.get(c.best.a);
    const text = duty?.text ?? '';
    const owner = c.best.owner;
    const lead = owner ? ownerLead(owner) : null;
    const basis = owner && lead !== null ? label(lang, owner.override ? 'ownerDecided' : owner.basis === 'name' ? 'ownerName' : owner.basis === 'role' ? 'ownerRole' : 'ownerMandate') : owner ? label(lang, 'ownerTie') : '';
    const badge = c.bothLead > 0 ? ` <span class="badge-lead">${t('bothLeadShort')}</span>` : '';
    return `<tr class="${c.bothLead > 0 ? 'is-conflict' : ''}"><td class="num">${i + 1}</td>` +
      `<td>${link(c.organisation, `<strong>${escapeHtml(unitName(c.units[0]))}</strong> ↔ <strong>${escapeHtml(unitName(c.units[1]))}</strong>`)} <span class="src">${escapeHtml(clip(orgName(c.organisation), 20))}</span></td>` +
      `<td title="${escapeHtml(text)}">${escapeHtml(clip(text, 40))}</td>` +
      `<td><span class="chip rel-${c.best.relation}">${escapeHtml(relationLabel(lang, c.best.relation))}</span>${badge}</td>` +
      `<td class="num">${formatScore(c.best.score)}</td><td class="num">${c.count}</td>` +
      `<td class="owner" title="${escapeHtml(basis)}">${lead !== null ? `<strong>${escapeHtml(unitName(lead))}</strong>` : `<span class="meta">${escapeHtml(basis)}</span>`}</td></tr>`;
  });
  const conflictTable = conflictRows.length
    ? `<table class="priorities"><thead><tr><th class="num">#</th><th>${t('units')}</th><th>${t('work')}</th><th>${t('relation')}</th><th class="num">${t('score')}</th><th class="num">${t('pairsBetween')}</th><th>${t('suggestedLead')}</th></tr></thead><tbody>${conflictRows.join('')}</tbody></table>`
    : `<p class="empty">${t('noConflicts')}</p>`;

  const unitList = units.length
    ? `<ol class="ranked-units">${units.map((u) => `<li>${link(u.organisation, escapeHtml(unitName(u.unitId)))} <span class="meta">${u.conflictPairs} ${t('conflictPairs')} · ${u.partners} ${t('partners')}${u.bothLead > 0 ? ` · ${u.bothLead} ${t('bothLeadShort')}` : ''}</span></li>`).join('')}</ol>`
    : `<p class="empty">${t('noEntangled')}</p>`;
  const gapList = gaps.length
    ? `<ol class="ranked-gaps">${gaps.map((g) => {
        const lead = g.owner ? ownerLead(g.owner) : null;
        const suggestion = lead !== null ? ` <span class="meta">${t('suggestedLead')}: ${escapeHtml(unitName(lead))}</span>` : '';
        return `<li>${link(g.organisation, escapeHtml(gapSentence(index, g, lang)))}${suggestion}</li>`;
      }).join('')}</ol>${total > gaps.length ? `<p class="meta">${escapeHtml(fill(label(lang, 'allGapsIn'), { n: total }))}</p>` : ''}`
    : `<p class="empty">${t('noGaps')}</p>`;
  // Functions left to check are no gaps: counted under the list, never in it.
  const weak = index.result.coverage.filter((c) => c.outcome === 'weak').length;
  const weakNote = weak > 0 ? `<p class="meta">${escapeHtml(fill(label(lang, 'weakCount'), { n: weak }))}</p>` : '';
  return `<section class="priorities-part" id="priorities"><h2>${t('fixFirst')}</h2><p class="hint">${t('fixFirstHint')}</p>${conflictTable}` +
    `<div class="priority-columns"><div><h3>${t('entangledUnits')}</h3>${unitList}</div><div><h3>${t('gapsToDecide')}</h3>${gapList}${weakNote}</div></div></section>`;
}
