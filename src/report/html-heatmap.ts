/**
 * The heatmap section of one document: the static SVG, the unit finder that
 * reaches every unit (also those a large heatmap leaves out) and the
 * drill-down panel the inline script fills.
 */
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import type { HeatmapLayout } from './heatmap-layout.ts';
import { heatmapSvg, NUMBERED_FROM } from './heatmap-svg.ts';
import { fill, label, relationLabel, type ReportLang } from './i18n.ts';
import { RELATIONS } from './organisation-stats.ts';
import { isConflict, type Unit } from '../model.ts';

/** The drill-down panel: relation, score and search filters over a list the script fills. */
export function drillPanelHtml(docIndex: number, lang: ReportLang, minScore: number): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const boxes = RELATIONS.map(
    (r) => `<label><input type="checkbox" class="f-rel" value="${r}"${isConflict(r) ? ' checked' : ''}> <span class="chip rel-${r}">${escapeHtml(relationLabel(lang, r))}</span></label>`,
  ).join(' ');
  return `<div class="drill" data-doc="${docIndex}" hidden><div class="drill-bar">` +
    `<fieldset class="f-relations"><legend>${t('filterRelation')}</legend>${boxes}</fieldset>` +
    `<label>${t('filterScore')} <input type="range" class="f-score" min="0" max="1" step="0.01" value="${formatScore(minScore)}"> <output class="f-score-value">${formatScore(minScore)}</output></label>` +
    `<label>${t('filterSearch')} <input type="search" class="f-search" placeholder="${t('searchPlaceholder')}"></label>` +
    `<button type="button" class="drill-close">${t('close')}</button></div>` +
    `<h4 class="drill-title"></h4><div class="drill-count"></div><div class="drill-list"></div></div>`;
}

/** The heatmap section of one document. */
export function heatmapSectionHtml(
  layout: HeatmapLayout | null,
  units: readonly Unit[],
  unitIndex: ReadonlyMap<string, number>,
  docIndex: number,
  lang: ReportLang,
  minScore: number,
): string {
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  let picture: string;
  if (!layout || layout.axis.length < 2) {
    picture = `<p class="empty">${t('emptyMatrix')}</p>`;
  } else {
    const note = layout.mode === 'parent'
      ? `<p class="hint">${t('aggregatedNote')}</p>`
      : layout.mode === 'top'
        ? `<p class="hint">${escapeHtml(fill(label(lang, 'topNote'), { n: layout.axis.length }))}</p>`
        : '';
    const key = layout.axis.length >= NUMBERED_FROM ? `<p class="hint">${t('columnKey')}</p>` : '';
    picture = `${note}<p class="hint">${t('heatmapHint')}</p>${key}<div class="heatmap-wrap">${heatmapSvg(layout, lang, `hm${docIndex}`)}</div>`;
  }
  const options = units.map((u) => `<option value="${unitIndex.get(u.id)}">${escapeHtml(u.path.join(' / '))}</option>`).join('');
  const finder = `<div class="finder"><label>${t('findUnit')} <select class="finder-unit"><option value="">${t('chooseUnit')}</option>${options}</select></label><div class="finder-list"></div></div>`;
  return `<section class="part heatmap-part" id="heatmap-${docIndex}"><h3>${t('heatmap')}</h3>${picture}${finder}` +
    `<p class="hint interactive">${t('clickCellHint')}</p>${drillPanelHtml(docIndex, lang, minScore)}</section>`;
}
