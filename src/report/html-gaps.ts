/**
 * Coverage and gaps of one document: the function × unit matrix with
 * RACI-style marks (gaps red, unclear ownership amber) and the gap findings
 * by kind with their evidence quoted. Each finding leads with a sentence in
 * the report's language (gap-sentence.ts) and keeps the engine's note below;
 * accepted gaps follow the open ones of their kind, and long lists fold.
 */
import { GapKindSchema, RoleSchema, type Coverage, type CoverageSkip, type Gap } from '../model.ts';
import { acceptanceBadgeHtml, isAccepted } from './acceptance.ts';
import { collapseList } from './collapse-list.ts';
import { escapeHtml } from './escape-html.ts';
import { gapSentence } from './gap-sentence.ts';
import { formatScore, formatSource } from './format.ts';
import { fill, gapKindLabel, gapNoteText, label, outcomeLabel, roleLabel, roleMark, type ReportLang } from './i18n.ts';
import type { ResultIndex } from './result-index.ts';
import { ownerText } from './owner-text.ts';

/** Columns of the coverage matrix: units named by a coverage entry or at the coverage level, in document order. */
export function coverageUnits(index: ResultIndex, organisation: string, coverage: readonly Coverage[], level: number): string[] {
  const named = new Set(coverage.flatMap((c) => [...c.units, ...(c.near ?? [])].map((u) => u.unitId)));
  return (index.unitsByOrganisation.get(organisation) ?? []).filter((u) => named.has(u.id) || u.path.length - 1 === level).map((u) => u.id);
}

function matrixHtml(index: ResultIndex, organisation: string, coverage: readonly Coverage[], lang: ReportLang): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const columns = coverageUnits(index, organisation, coverage, index.result.options.level);
  const head = columns.map((id) => `<th>${escapeHtml(index.unitById.get(id)?.name ?? id)}</th>`).join('');
  const rows = coverage.map((c) => {
    const cells = columns.map((id) => {
      const entry = c.units.find((u) => u.unitId === id);
      const near = c.near?.find((u) => u.unitId === id);
      if (!entry && near) return `<td class="mark mark-near" title="${escapeHtml(`${label(lang, 'nearest')} · ${label(lang, 'score')} ${formatScore(near.score)}`)}">?</td>`;
      if (!entry) return '<td class="mark"></td>';
      const title = `${roleLabel(lang, entry.role)} · ${label(lang, 'score')} ${formatScore(entry.score)}${entry.semantic !== undefined ? ` · ${label(lang, 'semanticScore')} ${formatScore(entry.semantic)}` : ''}`;
      return `<td class="mark mark-${entry.role}" title="${escapeHtml(title)}">${roleMark(lang, entry.role)}</td>`;
    });
    return `<tr class="outcome-${c.outcome}"><td>${escapeHtml(c.functionName)} <span class="meta">${escapeHtml(c.functionId)}</span></td><td>${escapeHtml(outcomeLabel(lang, c.outcome))}</td>${cells.join('')}</tr>`;
  });
  const legend = RoleSchema.options.map((r) => `${roleMark(lang, r)} = ${escapeHtml(roleLabel(lang, r))}`).join(' · ');
  return `<div class="appendix"><h4>${t('coverageMatrix')}</h4><p class="hint">${legend}</p><table class="coverage"><thead><tr><th>${t('function')}</th><th>${t('outcome')}</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

/** The function's own terms that a unit's matching duty shares: a coverage match's evidence. */
function coverageTerms(index: ResultIndex, gap: Gap, unitId: string): string[] {
  if (gap.functionId === null) return [];
  const c = index.result.coverage.find((x) => x.organisation === gap.organisation && x.functionId === gap.functionId);
  return c?.units.find((u) => u.unitId === unitId || u.dutyIds.some((id) => index.dutyById.get(id)?.unitId === unitId))?.terms ?? [];
}

/** A function left to check (weak): its name and the near duty of each near unit, with score and evidence. */
function weakHtml(index: ResultIndex, c: Coverage, lang: ReportLang): string {
  const near = (c.near ?? []).map((u) => {
    const duty = index.dutyById.get(u.dutyIds[0]);
    const terms = u.terms?.length ? ` <span class="match-terms">${escapeHtml(label(lang, 'matchTerms'))}: ${escapeHtml(u.terms.join(' · '))}</span>` : '';
    const semantic = u.semantic !== undefined ? ` · ${escapeHtml(label(lang, 'semanticScore'))} ${formatScore(u.semantic)}` : '';
    const where = `${escapeHtml(index.unitById.get(u.unitId)?.name ?? u.unitId)}${duty ? ` · ${escapeHtml(formatSource(duty.source))}` : ''} · ${escapeHtml(label(lang, 'score'))} ${formatScore(u.score)}${semantic}`;
    return `<blockquote>${escapeHtml(duty?.text ?? '')} <span class="src">${where}</span>${terms}</blockquote>`;
  });
  return `<li><span class="gap-sentence">${escapeHtml(c.functionName)}</span> <span class="meta">${escapeHtml(c.functionId)} · ${escapeHtml(label(lang, 'nearest'))}</span>${near.join('')}</li>`;
}

function gapHtml(index: ResultIndex, gap: Gap, lang: ReportLang): string {
  const evidence = gap.dutyIds
    .map((id) => index.dutyById.get(id))
    .filter((d) => d !== undefined)
    .map((d) => {
      const terms = coverageTerms(index, gap, d.unitId);
      const matched = terms.length ? ` <span class="match-terms">${escapeHtml(label(lang, 'matchTerms'))}: ${escapeHtml(terms.join(' · '))}</span>` : '';
      return `<blockquote>${escapeHtml(d.text)} <span class="src">${escapeHtml(index.unitById.get(d.unitId)?.name ?? '')} · ${escapeHtml(formatSource(d.source))}</span>${matched}</blockquote>`;
    })
    .join('');
  const cls = isAccepted(gap) ? ' class="is-accepted"' : '';
  return `<li${cls}><span class="gap-sentence">${escapeHtml(gapSentence(index, gap, lang))}</span>${acceptanceBadgeHtml(lang, gap.acceptance)}` +
    (gap.owner ? `<div class="owner">${escapeHtml(ownerText(lang, gap.owner, (id) => index.unitById.get(id)?.name ?? id))}</div>` : '') +
    `<div class="engine-note">${escapeHtml(label(lang, 'engineNote'))}: ${escapeHtml(gapNoteText(lang, gap.note))}</div>${evidence}</li>`;
}

/** The coverage-and-gaps section of one document. */
export function gapsSectionHtml(index: ResultIndex, organisation: string, lang: ReportLang, listLimit: number): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const { result } = index;
  const title = `<h3>${t('gaps')}</h3>`;
  if (result.coverage.length === 0 && result.gaps.length === 0) {
    return `<section class="part gaps-part">${title}<p class="empty no-catalogue">${t('noCatalogue')}</p></section>`;
  }
  const coverage = result.coverage.filter((c) => c.organisation === organisation);
  const skip = (result.coverageSkipped ?? []).find((s) => s.organisation === organisation);
  const skipped = skip ? `<p class="not-checked"><strong>${t('notChecked')}</strong>: ${escapeHtml(skipText(skip, lang))}</p>` : '';
  const all = result.gaps.filter((g) => g.organisation === organisation);
  const gaps = all.filter((g) => g.kind !== 'orphan');
  // A duty no function describes is no gap: listed apart, folded (and printed only with the appendix).
  const orphans = all.filter((g) => g.kind === 'orphan');
  const orphanList = orphans.length
    ? `<details class="orphans appendix"><summary>${t('orphansNotGaps')} (${orphans.length})</summary>${collapseList(orphans.map((g) => gapHtml(index, g, lang)), listLimit, 'gap-list', lang)}</details>`
    : '';
  const catalogue = result.options.catalogue ? `<p class="meta">${t('catalogue')}: ${escapeHtml(result.options.catalogue)}</p>` : '';
  const matrix = coverage.length ? matrixHtml(index, organisation, coverage, lang) : skip ? '' : `<p class="empty">${t('noCoverageForDocument')}</p>`;
  const byKind = GapKindSchema.options
    .map((kind) => {
      const ofKind = gaps.filter((g) => g.kind === kind);
      if (!ofKind.length) return '';
      const list = [...ofKind.filter((g) => !isAccepted(g)), ...ofKind.filter((g) => isAccepted(g))];
      const accepted = list.length - ofKind.filter((g) => !isAccepted(g)).length;
      const acceptedNote = accepted ? ` <span class="meta">(${t('accepted')} ${accepted})</span>` : '';
      const amber = kind === 'multi-lead' || kind === 'no-lead' ? ' amber' : '';
      return `<h4><span class="badge${amber}">${escapeHtml(gapKindLabel(lang, kind))}</span> ${list.length - accepted}${acceptedNote}</h4>` +
        collapseList(list.map((g) => gapHtml(index, g, lang)), listLimit, `gap-list kind-${kind}`, lang);
    })
    .join('');
  const none = byKind || skip ? '' : `<p class="empty">${t('noGaps')}</p>`;
  // Near matches are no gaps either: listed apart and folded, for the consultant to settle.
  const weak = coverage.filter((c) => c.outcome === 'weak');
  const weakList = weak.length
    ? `<details class="weak-checks appendix"><summary>${t('weakChecks')} (${weak.length})</summary><p class="hint">${t('weakHint')}</p>${collapseList(weak.map((c) => weakHtml(index, c, lang)), listLimit, 'gap-list kind-weak', lang)}</details>`
    : '';
  return `<section class="part gaps-part">${title}${catalogue}${skipped}${matrix}${byKind}${none}${weakList}${orphanList}</section>`;
}

/** Why an organisation was not checked, in the report's language. */
function skipText(skip: CoverageSkip, lang: ReportLang): string {
  const values = { n: skip.count, min: skip.limit, total: skip.limit, names: (skip.names ?? []).join(lang === 'zh' ? '、' : ', ') };
  switch (skip.reason) {
    case 'other-unit':
      return fill(label(lang, 'skipOtherUnit'), values);
    case 'too-small':
      return fill(label(lang, 'skipTooSmall'), values);
    case 'not-whole':
      return fill(label(lang, 'skipNotWhole'), values);
    case 'partial':
      return fill(label(lang, 'skipPartial'), values);
  }
}
