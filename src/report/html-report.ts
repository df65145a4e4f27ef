/**
 * index.html: one self-contained file with inline CSS, SVG, data and script.
 * Every picture is drawn at generation time so the page reads (and prints)
 * with scripts off; the script only adds the drill-down. The page opens with
 * the changes since the previous run, the totals, the trend and the
 * organisation table; organisations (each with its documents, an
 * organisation of one document shown as that document) follow in the
 * table's order, the small ones folded into one group, and then how the
 * documents were read (each file's yield and its left-out lines).
 */
import type { Organisation, Result } from '../model.ts';
import { allPairsAppendixHtml } from './html-appendix.ts';
import { boundaryList, BOUNDARY_RELATIONS } from './boundary-list.ts';
import { embedJson } from './embed-json.ts';
import { escapeHtml } from './escape-html.ts';
import { formatScore } from './format.ts';
import { organisationRows, type OrganisationRow } from './organisation-order.ts';
import { organisationStats } from './organisation-stats.ts';
import { boundarySectionHtml } from './html-boundary.ts';
import { changesHtml } from './html-changes.ts';
import { reorganisationHtml } from './html-reorganisation.ts';
import { frontPageHtml } from './html-front-page.ts';
import { prioritiesHtml, type PriorityLimits } from './html-priorities.ts';
import { gapsSectionHtml } from './html-gaps.ts';
import { heatmapSectionHtml } from './html-heatmap.ts';
import { readingsSectionHtml } from './html-readings.ts';
import { overviewHtml } from './html-overview.ts';
import { unitsSectionHtml } from './html-units.ts';
import { heatmapLayout, type HeatmapLayout } from './heatmap-layout.ts';
import { fill, label, tierText, type LabelKey, type ReportLang } from './i18n.ts';
import { REPORT_CSS } from './report-css.ts';
import { reportData } from './report-data.ts';
import { REPORT_SCRIPT } from './report-script.ts';
import { indexResult, type ResultIndex } from './result-index.ts';
import { trendHtml } from './trend-svg.ts';

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
  /** Rows of the first screen's lists: conflicts (by pair of units), units and gaps; default 8, 5, 5 (they fit one screen). */
  priorities?: PriorityLimits;
  /** Organisations with more duties than this list them on demand (see html-units.ts). */
  staticDutyLimit: number;
  /** Lists (gaps, changes) longer than this show this many items and fold the rest. */
  listLimit: number;
  /** Organisations named in the navigation bar before it points to the organisation table instead. */
  navDocuments: number;
  /** The same report in the other language, linked from the header (the language switch); none when absent. */
  otherLanguage?: { lang: ReportLang; href: string };
  /** Print (and PDF) the long appendices too: every unit's duties, all pairs, the coverage matrix and every folded list. Default: the summary only. */
  printAppendix?: boolean;
}

/** Each language's name in itself, as a language switch names the language it switches to. */
const LANGUAGE_NAMES: Record<ReportLang, string> = { zh: '中文', en: 'English' };

/** The header's link to the report in the other language, or ''. */
function languageSwitchHtml(other: HtmlReportOptions['otherLanguage']): string {
  if (!other) return '';
  const code = other.lang === 'zh' ? 'zh-CN' : 'en';
  return `<a class="lang-switch screen-only" href="${escapeHtml(other.href)}" hreflang="${code}" lang="${code}">${LANGUAGE_NAMES[other.lang]}</a>`;
}

/**
 * The line under an organisation's title: its document's file and id, as a
 * document's section always read; for an organisation of several
 * documents, each document's title, file and id.
 */
function organisationMeta(index: ResultIndex, organisation: Organisation, lang: HtmlReportOptions['lang']): string {
  const docs = organisation.documentIds.map((id) => index.documentById.get(id)!);
  const document = escapeHtml(label(lang, 'document'));
  if (docs.length === 1 && docs[0].id === organisation.id) return `${document}: ${escapeHtml(docs[0].source.file)} · ${escapeHtml(docs[0].id)}`;
  const each = docs.map((d) => `${escapeHtml(d.title)} <small class="src">${escapeHtml(d.source.file)} · ${escapeHtml(d.id)}</small>`);
  return `${escapeHtml(label(lang, 'organisation'))}: ${escapeHtml(organisation.id)} · ${docs.length} ${escapeHtml(label(lang, 'documents'))}: ${each.join(' · ')}`;
}

/** Units above which a heatmap prints on a page of its own. */
const PRINT_PAGE_HEATMAP = 6;

/** The full section of an organisation with units to compare. */
function organisationSectionHtml(index: ResultIndex, i: number, layout: HeatmapLayout | null, options: HtmlReportOptions, positions: Positions): string {
  const { lang } = options;
  const { result } = index;
  const organisation = result.organisations[i];
  const units = index.unitsByOrganisation.get(organisation.id) ?? [];
  // In print, a document with conflicts starts a page and gives its heatmap a page; the others follow on.
  const findings = (index.pairsByOrganisation.get(organisation.id) ?? []).some((p) => p.conflict) ? ' doc-findings' : '';
  // A heatmap of more than a handful of units needs the page to itself; a small one stays with its overview.
  const big = (layout?.axis.length ?? 0) > PRINT_PAGE_HEATMAP ? ' big-heatmap' : '';
  return `<section class="doc${findings}${big}" id="doc-${i}" data-doc="${i}"><h2>${escapeHtml(organisation.name)}</h2>` +
    `<p class="meta">${organisationMeta(index, organisation, lang)}</p>` +
    overviewHtml(index, organisation.id, lang, { conflicts: options.topConflicts, units: options.entangledUnits }) +
    heatmapSectionHtml(layout, units, positions.unit, i, lang, result.options.candidateThreshold) +
    boundarySectionHtml(index, boundaryList(index, organisation.id, BOUNDARY_RELATIONS), lang) +
    gapsSectionHtml(index, organisation.id, lang, options.listLimit) +
    `<div class="appendix">${unitsSectionHtml(index, organisation.id, positions.duty, positions.unit, lang, options.staticDutyLimit)}</div>` +
    '</section>';
}

/** An organisation with fewer than two units and no finding: its title and duties only. */
function minorSectionHtml(index: ResultIndex, row: OrganisationRow, options: HtmlReportOptions, positions: Positions): string {
  const { lang } = options;
  const organisation = index.result.organisations[row.index];
  return `<section class="doc doc-minor" id="doc-${row.index}" data-doc="${row.index}"><h2>${escapeHtml(organisation.name)}</h2>` +
    `<p class="meta">${organisationMeta(index, organisation, lang)} · ${row.stats.units} ${escapeHtml(label(lang, 'units'))} · ${row.stats.duties} ${escapeHtml(label(lang, 'duties'))}</p>` +
    unitsSectionHtml(index, organisation.id, positions.duty, positions.unit, lang, options.staticDutyLimit) +
    '</section>';
}

/** Positions of units and duties in the result (the embedded data refers to them by position). */
interface Positions {
  unit: Map<string, number>;
  duty: Map<string, number>;
}

/** The navigation bar: the front-page parts, a few organisations with findings, and the folded group. */
function navHtml(index: ResultIndex, rows: readonly OrganisationRow[], options: HtmlReportOptions, hasTrend: boolean): string {
  const t = (k: LabelKey) => escapeHtml(label(options.lang, k));
  const { result } = index;
  const links: string[] = [];
  if (result.pairs.some((p) => p.conflict) || result.gaps.some((g) => g.kind !== 'orphan')) links.push(`<a href="#priorities">${t('fixFirst')}</a>`);
  if (result.changes) links.push(`<a href="#changes">${t('changes')}</a>`);
  if (hasTrend) links.push(`<a href="#trend">${t('trend')}</a>`);
  links.push(`<a href="#documents">${t('documentList')} (${rows.length})</a>`);
  // The overview comes first; a reorganisation is one click away.
  if (result.reorganisation || (result.events ?? []).length > 0) links.push(`<a href="#reorganisation">${t('reorganisation')}</a>`);
  const major = rows.filter((r) => !r.minor);
  // Only organisations with conflicts earn a place in the bar; the table reaches the rest.
  const named = major.filter((r) => r.stats.conflicts + r.stats.acceptedConflicts > 0).slice(0, options.navDocuments);
  for (const r of named) {
    const flag = r.stats.bothLead > 0 ? ' class="nav-alert"' : '';
    const name = result.organisations[r.index].name;
    links.push(`<a href="#doc-${r.index}"${flag} title="${escapeHtml(name)}">${escapeHtml(clipTitle(name, 16))}</a>`);
  }
  if (major.length > named.length) links.push(`<a href="#documents" class="nav-more">${escapeHtml(fill(label(options.lang, 'moreDocuments'), { n: major.length - named.length }))}</a>`);
  const minor = rows.length - major.length;
  if (minor > 0) links.push(`<a href="#other-docs">${t('otherDocuments')} (${minor})</a>`);
  const readings = result.readings ?? [];
  if (readings.length > 0) links.push(`<a href="#readings"${readings.some((r) => r.duties === 0) ? ' class="nav-alert"' : ''}>${t('readings')}</a>`);
  return `<nav class="toc">${links.join('')}</nav>`;
}

/** Shortens a title to `max` characters with "…" (the full title is in the link's tooltip). */
function clipTitle(title: string, max: number): string {
  const chars = [...title];
  return chars.length <= max ? title : chars.slice(0, max - 1).join('') + '…';
}

/** Renders the whole report page. */
export function htmlReport(result: Result, options: HtmlReportOptions): string {
  const { lang } = options;
  const t = (k: LabelKey) => escapeHtml(label(lang, k));
  const index = indexResult(result);
  const positions: Positions = { unit: new Map(result.units.map((u, i) => [u.id, i])), duty: new Map(result.duties.map((d, i) => [d.id, i])) };
  const rows = organisationRows(result.organisations.map((o) => organisationStats(index, o.id)));
  // Layouts in result order: the embedded data's parent groups do not depend on the presentation order.
  const layouts = result.organisations.map((organisation) => {
    const matrix = index.matrixByOrganisation.get(organisation.id);
    return matrix ? heatmapLayout(index, matrix, options.heatmapOrder, options.maxHeatmapUnits) : null;
  });
  const major = rows.filter((r) => !r.minor).map((r) => organisationSectionHtml(index, r.index, layouts[r.index], options, positions));
  const minor = rows.filter((r) => r.minor).map((r) => minorSectionHtml(index, r, options, positions));
  const others = minor.length
    ? `<details class="other-docs appendix" id="other-docs"><summary><h2>${t('otherDocuments')} (${minor.length})</h2> <span class="meta">${t('otherDocumentsHint')}</span></summary>${minor.join('\n')}</details>`
    : '';
  const trend = trendHtml(result, lang);
  const o = result.options;
  const tier = escapeHtml(tierText(result.semantic, lang));
  const thresholds = `${t('thresholds')}: ${t('candidateThreshold')} ${formatScore(o.candidateThreshold)} · ${t('overlapThreshold')} ${formatScore(o.overlapThreshold)} · ${t('duplicateThreshold')} ${formatScore(o.duplicateThreshold)} · ${tier}`;
  const when = result.generatedAt ? ` · ${escapeHtml(result.generatedAt)}` : '';
  const priorities = prioritiesHtml(index, lang, options.priorities ?? { conflicts: 8, units: 5, gaps: 5 });
  const data = embedJson(reportData(index, layouts.filter((l) => l !== null), lang));
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"${options.printAppendix ? ' class="print-appendix"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${result.tool.name} ${result.tool.version}`)}">
<title>${t('reportTitle')}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top">${languageSwitchHtml(options.otherLanguage)}<h1>${t('reportTitle')}</h1><div class="meta">${t('generatedBy')} ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}${when} · ${thresholds}</div><p class="meta print-only">${t('printNote')}</p></header>
${navHtml(index, rows, options, trend !== '')}
<main>
${priorities}
${changesHtml(index, result.changes, lang, options.listLimit)}
${frontPageHtml(index, rows, lang, trend)}
${reorganisationHtml(result, lang)}
${major.join('\n')}
${others}
${readingsSectionHtml(result, lang)}
${options.printAppendix ? allPairsAppendixHtml(index, lang) : ''}
</main>
<script type="application/json" id="dl-data">${data}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
