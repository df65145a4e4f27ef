/**
 * index.html: one self-contained file with inline CSS, SVG, data and script.
 * Every picture is drawn at generation time so the page reads (and prints)
 * with scripts off; the script only adds the drill-down.
 */
import type { Result } from '../model.ts';
import { boundaryList, BOUNDARY_RELATIONS } from './boundary-list.ts';
import { embedJson } from './embed-json.ts';
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import { boundarySectionHtml } from './html-boundary.ts';
import { gapsSectionHtml } from './html-gaps.ts';
import { heatmapSectionHtml } from './html-heatmap.ts';
import { overviewHtml } from './html-overview.ts';
import { unitsSectionHtml } from './html-units.ts';
import { heatmapLayout, type HeatmapLayout } from './heatmap-layout.ts';
import { label, type ReportLang } from './i18n.ts';
import { REPORT_CSS } from './report-css.ts';
import { reportData } from './report-data.ts';
import { REPORT_SCRIPT } from './report-script.ts';
import { indexResult } from './result-index.ts';

/** What the HTML page shows. */
export interface HtmlReportOptions {
  /** UI language. */
  lang: ReportLang;
  /** Heatmap row order: the result's seriation or document order. */
  heatmapOrder: 'cluster' | 'document';
  /** Above this many units a heatmap is aggregated or cut to its most entangled units. */
  maxHeatmapUnits: number;
  /** Rows of the top-conflicts table. */
  topConflicts: number;
  /** Rows of the entangled-units table. */
  entangledUnits: number;
  /** Documents with more duties than this list them on demand (see html-units.ts). */
  staticDutyLimit: number;
}

/** Renders the whole report page. */
export function htmlReport(result: Result, options: HtmlReportOptions): string {
  const { lang } = options;
  const t = (k: Parameters<typeof label>[1]) => escapeHtml(label(lang, k));
  const index = indexResult(result);
  const unitIndex = new Map(result.units.map((u, i) => [u.id, i]));
  const dutyIndex = new Map(result.duties.map((d, i) => [d.id, i]));
  const layouts: HeatmapLayout[] = [];
  const sections = result.documents.map((doc, i) => {
    const matrix = index.matrixByDocument.get(doc.id);
    const layout = matrix ? heatmapLayout(index, matrix, options.heatmapOrder, options.maxHeatmapUnits) : null;
    if (layout) layouts.push(layout);
    const units = index.unitsByDocument.get(doc.id) ?? [];
    return `<section class="doc" id="doc-${i}" data-doc="${i}"><h2>${escapeHtml(doc.title)}</h2>` +
      `<p class="meta">${t('document')}: ${escapeHtml(doc.source.file)} · ${escapeHtml(doc.id)}</p>` +
      overviewHtml(index, doc.id, lang, { conflicts: options.topConflicts, units: options.entangledUnits }) +
      heatmapSectionHtml(layout, units, unitIndex, i, lang, result.options.candidateThreshold) +
      boundarySectionHtml(index, boundaryList(result, doc.id, BOUNDARY_RELATIONS), lang) +
      gapsSectionHtml(index, doc.id, lang) +
      unitsSectionHtml(index, doc.id, dutyIndex, unitIndex, lang, options.staticDutyLimit) +
      '</section>';
  });
  const toc = result.documents.map((d, i) => `<a href="#doc-${i}">${escapeHtml(d.title)}</a><a href="#heatmap-${i}">${t('heatmap')}</a>`).join('');
  const o = result.options;
  const thresholds = `${t('thresholds')}: ${t('candidateThreshold')} ${formatScore(o.candidateThreshold)} · ${t('overlapThreshold')} ${formatScore(o.overlapThreshold)} · ${t('duplicateThreshold')} ${formatScore(o.duplicateThreshold)}`;
  const when = result.generatedAt ? ` · ${escapeHtml(result.generatedAt)}` : '';
  const data = embedJson(reportData(index, layouts, lang));
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${result.tool.name} ${result.tool.version}`)}">
<title>${t('reportTitle')}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><h1>${t('reportTitle')}</h1><div class="meta">${t('generatedBy')} ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}${when} · ${thresholds}</div><p class="meta print-only">${t('printNote')}</p></header>
<nav class="toc">${toc}</nav>
<main>
${sections.join('\n')}
</main>
<script type="application/json" id="dl-data">${data}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
