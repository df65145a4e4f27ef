/**
 * The report entry point: reporters are pure functions looked up by name;
 * each returns files (path relative to the output folder, and content) and
 * only the CLI writes them to disk. Reporters read the Result only.
 */
import { wholeResult, type Result, type ResultParts } from '../model.ts';

// Small helpers the CLI shows figures with, so that it reaches the report through this registry only.
export { formatPercent } from './format.ts';
export { readingTotals } from './reading-totals.ts';

/** One output file: a path relative to the output folder, and its content. */
export interface ReportFile {
  /** Path relative to the output folder. */
  path: string;
  /** Text (UTF-8) or bytes. */
  content: string | Uint8Array;
}

/** Every reporter, in the order their files are listed: the one list the CLI, job files and the registry read. */
export const REPORTER_NAMES = ['html', 'json', 'csv', 'xlsx', 'md'] as const;

/** The reporters. */
export type ReporterName = (typeof REPORTER_NAMES)[number];

/** The languages the reports speak. */
export type ReportLang = 'zh' | 'en';

/** How the report is rendered. */
export interface ReportOptions {
  /** Language of every word the reports add to the documents' own text: HTML, XLSX, Markdown and CSV (the HTML is also written in the other language, index.<lang>.html, and links to it). */
  lang: ReportLang;
  /** Heatmap (and matrix.csv) order: the result's seriation, or document order. */
  heatmapOrder: 'cluster' | 'document';
  /** HTML: print (and PDF) the long appendices too (every unit's duties, all pairs); default the summary only. */
  appendix?: boolean;
}

/** Heatmaps with more units than this are aggregated or cut (see heatmap-layout.ts). */
const MAX_HEATMAP_UNITS = 120;
/** Documents with more duties than this list each unit's duties on demand, keeping the page small. */
const STATIC_DUTY_LIMIT = 3000;

/**
 * The files of one reporter. Each reporter's module is loaded when it is
 * asked for: the HTML reporter needs jsdom and the XLSX one exceljs, half a
 * second of start-up each that a JSON-only run should not pay.
 */
export async function renderOne(name: ReporterName, result: Result, options: ReportOptions): Promise<ReportFile[]> {
  switch (name) {
    case 'html': {
      // The report in the asked language, and beside it the same report in the other, each linking to the other.
      const { htmlReport } = await import('./html-report.ts');
      const other: ReportLang = options.lang === 'zh' ? 'en' : 'zh';
      const otherFile = `index.${other}.html`;
      const html = (lang: ReportLang, otherLanguage: { lang: ReportLang; href: string }) =>
        htmlReport(result, { lang, heatmapOrder: options.heatmapOrder, maxHeatmapUnits: MAX_HEATMAP_UNITS, topConflicts: 10, entangledUnits: 8, staticDutyLimit: STATIC_DUTY_LIMIT, listLimit: 8, navDocuments: 6, otherLanguage, printAppendix: options.appendix ?? false });
      return [
        { path: 'index.html', content: html(options.lang, { lang: other, href: otherFile }) },
        { path: otherFile, content: html(other, { lang: options.lang, href: 'index.html' }) },
      ];
    }
    case 'json': {
      const { resultJson } = await import('./json-report.ts');
      return [{ path: 'result.json', content: resultJson(result) }];
    }
    case 'csv': {
      const [{ pairsCsv }, { matrixCsv }] = await Promise.all([import('./pairs-csv.ts'), import('./matrix-csv.ts')]);
      return [
        { path: 'pairs.csv', content: pairsCsv(result, options.lang) },
        { path: 'matrix.csv', content: matrixCsv(result, options.heatmapOrder) },
      ];
    }
    case 'xlsx': {
      const { xlsxReport } = await import('./xlsx-report.ts');
      return [{ path: 'report.xlsx', content: await xlsxReport(result, options.lang, options.heatmapOrder) }];
    }
    case 'md': {
      const { summaryMd } = await import('./summary-md.ts');
      return [{ path: 'summary.md', content: summaryMd(result, options.lang) }];
    }
  }
}

/** Loads a reporter's modules (for HTML also the window its pictures are drawn in), so that its first use costs no start-up. */
export async function preloadReporter(name: ReporterName): Promise<void> {
  if (name !== 'html') return;
  await import('./html-report.ts');
  (await import('./svg-document.ts')).svgWindow();
}

/**
 * Reporters that render elsewhere (run/report-threads.ts: on worker threads
 * started before the analysis, so that their modules load meanwhile).
 */
export interface ReportThreads {
  /** The files of `name` rendered elsewhere, or null when they are to be rendered here. */
  render(name: ReporterName, result: Result, options: ReportOptions): Promise<ReportFile[]> | null;
}

/**
 * Renders the result with the named reporters (each at most once, files in
 * the given order). A reporter `threads` takes renders there, at the same
 * time as the others; a reporter is a pure function of the result, so the
 * files are the same either way.
 */
export async function render(result: Result, reporters: ReporterName[], options: ReportOptions, threads?: ReportThreads): Promise<ReportFile[]> {
  const pieces = [...new Set(reporters)].map((name) => threads?.render(name, result, options) ?? renderOne(name, result, options));
  return (await Promise.all(pieces)).flat();
}

/** An output file written as a stream of text chunks (result.json of a large result). */
export interface StreamedReportFile {
  path: string;
  chunks: Iterable<string>;
}

/**
 * The most pairs a whole-result report (HTML, CSV, XLSX, Markdown) is built
 * for: they hold every pair as an object (~0.6 KB each), so ten million
 * pairs would need ~6 GB. Above it only result.json is written.
 */
export const MAX_WHOLE_REPORT_PAIRS = 2_000_000;

/**
 * Renders a result held as parts. A JSON-only report is written as a stream
 * straight from the parts, so a result with millions of pairs never becomes
 * one object or one string; the other reporters get the whole result, up to
 * `maxPairs` pairs. Beyond that they are skipped (listed in `skipped`) and
 * result.json alone is written, as a stream.
 */
export async function renderParts(
  parts: ResultParts,
  reporters: ReporterName[],
  options: ReportOptions,
  maxPairs = MAX_WHOLE_REPORT_PAIRS,
  threads?: ReportThreads,
): Promise<{ files: (ReportFile | StreamedReportFile)[]; skipped: ReporterName[] }> {
  const whole = reporters.filter((name) => name !== 'json');
  if (whole.length === 0 || parts.pairCount > maxPairs) {
    const { resultJsonChunks } = await import('./json-report.ts');
    return { files: [{ path: 'result.json', chunks: resultJsonChunks(parts) }], skipped: whole };
  }
  return { files: await render(wholeResult(parts), reporters, options, threads), skipped: [] };
}

/** The UI language that fits the documents: Chinese when at least half the duties are in Chinese documents, else English. */
export function defaultLang(result: Pick<Result, 'documents' | 'units' | 'duties'>): 'zh' | 'en' {
  const language = new Map(result.documents.map((d) => [d.id, d.language]));
  const unitLanguage = new Map(result.units.map((u) => [u.id, language.get(u.documentId)]));
  let zh = 0;
  let en = 0;
  for (const d of result.duties) {
    if (unitLanguage.get(d.unitId) === 'zh') zh++;
    else en++;
  }
  if (zh === 0 && en === 0) return result.documents.some((d) => d.language === 'zh') ? 'zh' : 'en';
  return zh >= en ? 'zh' : 'en';
}
