/**
 * report.xlsx with exceljs, in the report's language: sheets Overview, Pairs, Matrix, Boundary list and
 * Gaps, each with a frozen header row and an autofilter. The workbook dates
 * come from the result (or a fixed date), and so do the zip entries' dates
 * (exceljs stamps them with the clock), so the same result gives the same bytes.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Result } from '../model.ts';
import { acceptanceText } from './acceptance.ts';
import { boundaryList, BOUNDARY_RELATIONS } from './boundary-list.ts';
import { organisationStats, RELATIONS, statsOf, type OrganisationStats } from './organisation-stats.ts';
import { formatScore, formatSource } from './format.ts';
import { heatmapLayout } from './heatmap-layout.ts';
import { gapKindLabel, gapNoteText, label, outcomeLabel, pairReasonText, relationLabel, roleLabel, type LabelKey, type ReportLang } from './i18n.ts';
import { indexResult } from './result-index.ts';
import { ownerText } from './owner-text.ts';
import { compareConflicts } from './top-conflicts.ts';

/** A sheet as plain rows (header first): what the workbook holds and what tests compare. */
export interface SheetRows {
  /** Sheet name. */
  name: string;
  /** Rows, header first. */
  rows: (string | number)[][];
  /** Column widths in characters. */
  widths: number[];
  /** Columns (0-based) of long text, wrapped in their width and aligned to the top. */
  wrap?: number[];
}

/** The date written into the workbook when the result has no generatedAt: keeps files reproducible. */
const FIXED_DATE = '2000-01-01T00:00:00.000Z';

/** The sheets of report.xlsx as plain rows. */
export function workbookSheets(result: Result, lang: ReportLang, order: 'cluster' | 'document'): SheetRows[] {
  const index = indexResult(result);
  const t = (k: LabelKey) => label(lang, k);
  const sep = lang === 'zh' ? '、' : ', ';
  const unitName = (id: string) => index.unitById.get(id)?.name ?? id;
  const title = (id: string) => index.organisationById.get(id)?.name ?? id;

  const overview: (string | number)[][] = [[t('organisation'), t('documents'), t('units'), t('duties'), t('pairs'), t('conflicts'), t('bothLead'), t('acceptedConflicts'), t('genericGroups'), t('gapCount'), t('acceptedGaps'), ...RELATIONS.map((r) => relationLabel(lang, r))]];
  const overviewRow = (name: string, s: OrganisationStats) =>
    [name, s.documents, s.units, s.duties, s.pairs, s.conflicts, s.bothLead, s.acceptedConflicts, s.genericGroups, s.gaps, s.acceptedGaps, ...RELATIONS.map((r) => s.byRelation[r])];
  for (const o of result.organisations) overview.push(overviewRow(o.name, organisationStats(index, o.id)));
  if (result.organisations.length > 1) overview.push(overviewRow(t('total'), statsOf(result.summary)));

  const pairs: (string | number)[][] = [[t('organisation'), t('unitA'), t('unitB'), t('relation'), t('score'), t('bothLead'), t('roleA'), t('roleB'), t('dutyA'), t('dutyB'), `${t('source')} A`, `${t('source')} B`, t('sharedTerms'), t('reason'), t('suggestedLead'), t('accepted')]];
  // Conflicts first (both-lead, then score), then the look-alikes by relation and score: the sheet opens on the work to settle.
  const rank = new Map(RELATIONS.map((r, i) => [r, i]));
  const ordered = [...result.pairs].sort((x, y) => Number(y.conflict) - Number(x.conflict) || (x.conflict ? compareConflicts(x, y) : (rank.get(x.relation)! - rank.get(y.relation)!) || compareConflicts(x, y)));
  for (const p of ordered) {
    const a = index.dutyById.get(p.a);
    const b = index.dutyById.get(p.b);
    pairs.push([
      title(p.organisation), a ? unitName(a.unitId) : '', b ? unitName(b.unitId) : '', relationLabel(lang, p.relation), p.score, p.bothLead ? 1 : 0,
      roleLabel(lang, p.roles[0]), roleLabel(lang, p.roles[1]), a?.text ?? p.a, b?.text ?? p.b,
      a ? formatSource(a.source) : '', b ? formatSource(b.source) : '', p.sharedTerms.join('; '), pairReasonText(lang, p.reason), p.owner ? ownerText(lang, p.owner, unitName) : '', p.acceptance ? acceptanceText(lang, p.acceptance) : '',
    ]);
  }

  // Long form (one row per non-empty cell) rather than a grid, so the autofilter is useful.
  const matrix: (string | number)[][] = [[t('organisation'), `${t('unit')} (${t('rowCoversCol')})`, t('unit'), `${t('conflictShare')} →`, `${t('conflictShare')} ←`, t('score'), ...RELATIONS.map((r) => relationLabel(lang, r))]];
  for (const m of result.matrix) {
    const layout = heatmapLayout(index, m, order, Number.MAX_SAFE_INTEGER);
    for (const c of layout.cells) {
      matrix.push([title(m.organisation), layout.axis[c.row].label, layout.axis[c.col].label, c.coverage, c.reverse, c.score, ...RELATIONS.map((r) => c.counts[r] ?? 0)]);
    }
  }

  const boundary: (string | number)[][] = [[t('organisation'), '#', t('cluster'), t('leadUnits'), t('supportUnits'), t('approveUnits'), t('overseeUnits'), t('otherUnits'), t('twoLeads'), t('conflicts'), t('duties'), t('suggestedLead')]];
  for (const o of result.organisations) {
    boundaryList(index, o.id, BOUNDARY_RELATIONS).clusters.forEach((c, i) => {
      boundary.push([
        o.name, i + 1, index.dutyById.get(c.labelDutyId)?.text ?? '', c.lead.map(unitName).join(sep), c.support.map(unitName).join(sep),
        c.approve.map(unitName).join(sep), c.oversee.map(unitName).join(sep), c.unspecified.map(unitName).join(sep), c.conflict ? 1 : 0, c.conflictPairs, c.dutyIds.length, c.owner ? ownerText(lang, c.owner, unitName) : '',
      ]);
    });
  }

  const gaps: (string | number)[][] = [[t('organisation'), t('kind'), t('function'), t('units'), t('note'), t('evidence'), t('accepted')]];
  for (const g of result.gaps) {
    const evidence = g.dutyIds.map((id) => index.dutyById.get(id)).filter((d) => d !== undefined).map((d) => `${unitName(d.unitId)}: ${d.text}`);
    gaps.push([title(g.organisation), gapKindLabel(lang, g.kind), [g.functionId, g.functionName].filter((x) => x).join(' '), g.unitIds.map(unitName).join(sep), gapNoteText(lang, g.note), evidence.join('\n'), g.acceptance ? acceptanceText(lang, g.acceptance) : '']);
  }
  // Functions left to check follow the findings: no gap yet, with the near duties as the evidence to settle it.
  for (const c of result.coverage.filter((x) => x.outcome === 'weak')) {
    const near = c.near ?? [];
    const evidence = near.map((u) => `${unitName(u.unitId)}: ${index.dutyById.get(u.dutyIds[0])?.text ?? ''} (${formatScore(u.score)})`);
    gaps.push([title(c.organisation), outcomeLabel(lang, c.outcome), `${c.functionId} ${c.functionName}`, near.map((u) => unitName(u.unitId)).join(sep), label(lang, 'weakHint'), evidence.join('\n'), '']);
  }

  return [
    { name: t('sheetOverview'), rows: overview, widths: [40, 8, 8, 8, 8, 10, 10, 10, 8, 10, ...RELATIONS.map(() => 9)] },
    { name: t('sheetPairs'), rows: pairs, widths: [24, 16, 16, 10, 8, 8, 9, 9, 50, 50, 26, 26, 24, 40, 40, 30], wrap: [0, 1, 2, 8, 9, 12, 13, 14, 15] },
    { name: t('sheetMatrix'), rows: matrix, widths: [24, 20, 20, 12, 12, 8, ...RELATIONS.map(() => 9)] },
    { name: t('sheetBoundary'), rows: boundary, widths: [24, 5, 50, 20, 20, 20, 20, 16, 8, 8, 8, 40], wrap: [0, 2, 3, 4, 5, 6, 7, 11] },
    { name: t('sheetGaps'), rows: gaps, widths: [24, 14, 24, 24, 50, 60, 30], wrap: [0, 2, 3, 4, 5, 6] },
  ];
}

/** report.xlsx content. */
export async function xlsxReport(result: Result, lang: ReportLang, order: 'cluster' | 'document'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(result.generatedAt ?? FIXED_DATE);
  workbook.creator = result.tool.name;
  workbook.lastModifiedBy = result.tool.name;
  workbook.created = date;
  workbook.modified = date;
  for (const sheet of workbookSheets(result, lang, order)) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.widths.map((width) => ({ width }));
    for (const row of sheet.rows) ws.addRow(row);
    for (const c of sheet.wrap ?? []) ws.getColumn(c + 1).alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(1).font = { bold: true };
    const columns = sheet.rows[0]?.length ?? 1;
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rows.length), column: columns } };
  }
  return stampZipEntries(new Uint8Array(await workbook.xlsx.writeBuffer()), date);
}

/**
 * The zip again with every entry dated `date`: exceljs gives no way to set
 * them and dates each entry with the time of writing, which made two
 * identical runs differ byte-wise. Entry order and content are kept.
 */
async function stampZipEntries(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
