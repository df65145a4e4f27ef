import { extname, resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { wholeResult, type ResultParts } from '../model.ts';
import { render, renderParts, defaultLang, MAX_WHOLE_REPORT_PAIRS, type ReportFile, type ReporterName, type ReportThreads } from '../report/index.ts';
import { startReportThreads } from '../run/report-threads.ts';
import { createProgress } from '../run/progress.ts';
import type { AnalysisFlags } from '../run/job-settle.ts';
import { analysePipeline } from '../run/pipeline.ts';
import { checkBeforeReading, flagLayer, reportersFrom, type OptionLayers } from '../run/settle.ts';
import { readResultFile } from '../run/job-files.ts';
import { listJobInputs } from '../run/job-inputs.ts';
import { defaultGrouping, loadModel, type InputGrouping, type LoadedModel, type OrganisationPer } from '../run/load.ts';
import { writeFolderAtomically } from '../run/write-output.ts';
import { EXIT } from './cli-errors.ts';
import { printError, printNote, printResult } from './print.ts';
import { chromiumFor, printPdf } from './pdf.ts';
import { InputError, nothingReadMessage } from '../util/errors.ts';
import { guardOutputFile, guardReportFolder } from './output-guard.ts';
import { MODEL_OUTPUT, orgModelText, writeFileOutput } from './file-output.ts';
import { readingLine } from './reading-line.ts';

/** Flags shared by the commands that read documents. */
export interface InputFlags {
  strict?: boolean;
  /** `--organisation NAME=GLOB`, repeatable: the inputs a glob names form the organisation NAME. */
  organisation?: string[];
  /** `--organisation-per folder|file`: the other inputs, an organisation per top-level folder or per file. */
  organisationPer?: OrganisationPer;
  unitColumns?: string[];
  dutyColumn?: string;
  /** `--max-file-mb N`: raises the input limits (src/ingest/limits.ts). */
  maxFileMb?: number;
  language: 'auto' | 'zh' | 'en';
  quiet?: boolean;
}

/** Flags of `dutylens analyze`. */
export interface AnalyzeFlags extends InputFlags, AnalysisFlags {
  output: string;
  /** Allow an output folder outside the working folder. */
  allowOutside?: boolean;
  order: 'cluster' | 'document';
  timestamp?: boolean;
  json?: boolean;
  /** Also print the HTML report to report.pdf (system Chromium). */
  pdf?: boolean;
  /** Print and PDF the long appendices too (every unit's duties, all pairs). */
  appendix?: boolean;
}

export { reportersFrom };

function log(quiet: boolean | undefined, line: string): void {
  if (!quiet) printNote(line);
}

/**
 * Prints each unreadable file on one line, each remark (a file that yielded
 * no duties among them, once each), each document read once as a copy and,
 * with `summed`, the reading line (readingLine); returns the exit code they imply.
 */
function reportErrors(loaded: LoadedModel, quiet?: boolean, summed = false, allowEvents = false): number {
  for (const e of loaded.errors) printError(e.toLine());
  // No input could be read at all: each one's own line says it all.
  if (loaded.files.length === 0 && loaded.errors.length > 0) return EXIT.badInput;
  for (const w of loaded.warnings) log(quiet, `warning: ${w}`);
  for (const c of loaded.model.copies ?? []) log(quiet, `${c.file}:${c.line}: document ${c.document} is a copy of ${c.copyOf}; read once`);
  if (summed) log(quiet, readingLine(loaded.inputReadings));
  if (loaded.model.duties.length === 0 && (!allowEvents || (loaded.model.events ?? []).length === 0)) {
    // Nothing to analyse is bad input, not an empty success.
    printError(nothingReadMessage(loaded.files.length));
    return EXIT.badInput;
  }
  return loaded.errors.length > 0 ? EXIT.badInput : EXIT.ok;
}

/** `extract --explain`: how each text file was read, line by line where it matters. */
function printReadings(loaded: LoadedModel): void {
  for (const r of loaded.readings) {
    printNote(`${r.file}: ${r.units} units, ${r.duties} duties, ${Math.round(r.used * 100)}% of the text used`);
    for (const u of r.unitLines) printNote(`  line ${u.line}: unit ← ${u.why}: ${clip(u.text)}`);
    for (const l of r.leftOut) printNote(`  line ${l.line}: left out (${l.why}): ${clip(l.text)}`);
  }
}

/** A line cut to a readable length for the terminal, control characters shown as spaces. */
function clip(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]/gu, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/**
 * The grouping `--organisation NAME=GLOB` flags ask for (globs, files or
 * folders relative to the working folder; a NAME given twice gathers both
 * globs); the other inputs form one organisation named after them.
 */
export async function groupingFromFlags(inputs: readonly string[], specs: readonly string[] = [], per?: OrganisationPer): Promise<InputGrouping> {
  const globs = new Map<string, string[]>();
  for (const spec of specs) {
    const at = spec.indexOf('=');
    const name = spec.slice(0, at).trim();
    const glob = spec.slice(at + 1).trim();
    if (at < 0 || name === '' || glob === '') throw new InputError('--organisation', `"${spec}" is not NAME=GLOB`);
    globs.set(name, [...(globs.get(name) ?? []), glob]);
  }
  const named: { name: string; files: string[] }[] = [];
  for (const [name, patterns] of globs) {
    const listed = await listJobInputs(patterns, process.cwd(), process.cwd());
    if (listed.problems.length > 0) throw new InputError('--organisation', `${name}: ${listed.problems.map((p) => p.replace(/^inputs\[\d+\]: /u, '')).join('; ')}`);
    named.push({ name, files: listed.files });
  }
  return { named, defaultName: defaultGrouping(inputs).defaultName, per };
}

async function load(inputs: string[], flags: InputFlags): Promise<LoadedModel> {
  const grouping = await groupingFromFlags(inputs, flags.organisation, flags.organisationPer);
  const loaded = await loadModel(inputs, {
    strict: flags.strict,
    language: flags.language,
    overrides: { unit: flags.unitColumns, duty: flags.dutyColumn, maxFileMb: flags.maxFileMb },
    grouping,
  });
  const read = new Set(loaded.files.map((f) => resolve(f)));
  for (const g of grouping.named) {
    if (!g.files.some((f) => read.has(resolve(f)))) throw new InputError('--organisation', `${g.name}: names none of the inputs read`);
  }
  return loaded;
}

/** `dutylens extract`: documents → org model file (or stdout). */
export async function runExtract(inputs: string[], flags: InputFlags & { output?: string; explain?: boolean; force?: boolean }): Promise<number> {
  if (flags.output) {
    guardOutputFile(flags.output, inputs);
    if (!['.yaml', '.yml', '.json'].includes(extname(flags.output).toLowerCase())) throw new InputError(flags.output, 'the org model is written as .yaml or .json');
  }
  const loaded = await load(inputs, flags);
  if (flags.explain) printReadings(loaded);
  const code = reportErrors(loaded, flags.quiet, false, true);
  const { model } = loaded;
  if (model.duties.length === 0 && (model.events ?? []).length === 0) return code; // nothing read: no empty model replaces anything
  if (flags.output) {
    // An existing model may hold someone's corrections: it is replaced only with --force, keeping its comments.
    const { target, beside } = await writeFileOutput(flags.output, flags.force === true, MODEL_OUTPUT, (previous, at) => orgModelText(model, previous, at));
    const events = (model.events ?? []).length;
    if (beside !== null) log(flags.quiet, beside);
    log(flags.quiet, `${model.documents.length} documents, ${model.units.length} units, ${model.duties.length} duties${events > 0 ? `, ${events} change events` : ''} → ${target}`);
  } else {
    process.stdout.write(toYaml(model, { lineWidth: 0 }));
  }
  return code;
}

/** `analyze`'s option layers: a job without a job file, its flags the only layer over the defaults. */
export function analyzeSettings(flags: AnalyzeFlags): OptionLayers {
  return { layers: [flagLayer(flags)], at: '--candidate-threshold' };
}

/** `dutylens analyze`: documents → result.json + report. */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const settings = analyzeSettings(flags);
  checkBeforeReading(settings); // bad flags, a missing catalogue and outputs are refused before any document is read
  const reporters = reportersFrom(flags.reporters);
  const chromium = flags.pdf ? chromiumFor() : null; // no Chromium: said before any document is read
  await guardReportFolder(flags.output, flags.catalogue ? [...inputs, flags.catalogue] : inputs, flags);
  // The heavy reporters load on their threads while the documents are read and analysed.
  const threads = startReportThreads(reporters);
  try {
    return await analyzeWith(inputs, flags, settings, reporters, chromium, threads);
  } finally {
    await threads.close();
  }
}

/** `analyze` once its flags are checked: read, analyse, render (heavy reporters on `threads`), write. */
async function analyzeWith(
  inputs: string[],
  flags: AnalyzeFlags,
  settings: OptionLayers,
  reporters: ReporterName[],
  chromium: string | null,
  threads: ReportThreads,
): Promise<number> {
  const loaded = await load(inputs, flags);
  const code = reportErrors(loaded, flags.quiet, true);
  if (loaded.model.duties.length === 0) return EXIT.badInput;
  // A bar on a terminal only: a large input takes minutes, and logs and --json output stay as they were.
  const progress = createProgress(process.stderr.isTTY && !flags.quiet && !flags.json ? 'bar' : 'quiet', process.stderr, 'analyse: ');
  const { parts, warnings } = await analysePipeline({
    model: loaded.model,
    readings: loaded.inputReadings,
    settings,
    embeddingCache: null,
    progress: (stage, done, total) => progress.stage(stage, done, total),
  });
  if (!flags.quiet) for (const w of warnings) printNote(`warning: ${w}`);
  progress.stage('write', 0, 1);
  const stamped: ResultParts = flags.timestamp ? { ...parts, head: { ...parts.head, generatedAt: new Date().toISOString() } } : parts;
  const renderOptions = { lang: flags.lang ?? defaultLang(stamped.head), heatmapOrder: flags.order, appendix: flags.appendix ?? false };
  const { files, skipped } = await renderParts(stamped, reporters, renderOptions, MAX_WHOLE_REPORT_PAIRS, threads);
  if (chromium && skipped.length === 0) {
    const html = files.find((f): f is ReportFile => f.path === 'index.html' && 'content' in f) ?? (await render(wholeResult(stamped), ['html'], renderOptions))[0];
    files.push({ path: 'report.pdf', content: await printPdf(String(html.content), chromium) });
  }
  if (skipped.length > 0) {
    printError(
      `${stamped.pairCount} pairs are more than the ${skipped.join(', ')} report holds (${MAX_WHOLE_REPORT_PAIRS}): only result.json is written. ` +
        'Analyse fewer documents at a time, or raise --candidate-threshold.',
    );
  }
  await writeFolderAtomically(flags.output, files);
  progress.stop();
  const s = stamped.head.summary;
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ output: flags.output, summary: s })}\n`);
  } else if (!flags.quiet) {
    printResult(
      `${s.organisations} organisation${s.organisations === 1 ? '' : 's'}, ${s.documents} documents, ${s.units} units, ${s.duties} duties: ${s.conflicts} conflicts (${s.bothLeadConflicts} both-lead), ${s.pairs} pairs, ${s.gaps} gaps`,
    );
    printResult(`report: ${flags.output}/${reporters.includes('html') && skipped.length === 0 ? 'index.html' : ''}`);
  }
  return code;
}

/** `dutylens render`: a saved result.json → report, without re-analysing. */
export async function runRender(
  file: string,
  flags: { output: string; reporters?: string[]; lang?: 'zh' | 'en'; order: 'cluster' | 'document'; quiet?: boolean },
): Promise<number> {
  await guardReportFolder(flags.output, [file], { allowOutside: true });
  const result = await readResultFile(file);
  const files = await render(result, reportersFrom(flags.reporters), { lang: flags.lang ?? defaultLang(result), heatmapOrder: flags.order });
  await writeFolderAtomically(flags.output, files);
  log(flags.quiet, `report: ${flags.output}/index.html`);
  return EXIT.ok;
}

/** `dutylens suggest-catalogue`: cluster all duties of the inputs into a draft catalogue to edit. */
export async function runSuggestCatalogue(
  inputs: string[],
  flags: InputFlags & { output: string; threshold: number; minSize: number; force?: boolean },
): Promise<number> {
  const { suggestCatalogueYaml } = await import('../run/suggest-catalogue.ts');
  guardOutputFile(flags.output, inputs);
  const loaded = await load(inputs, flags);
  const code = reportErrors(loaded, flags.quiet);
  const draft = suggestCatalogueYaml(loaded.model, flags.language, { threshold: flags.threshold, minSize: flags.minSize }, flags.output);
  // A draft someone has started editing is replaced only with --force.
  const { target, beside } = await writeFileOutput(flags.output, flags.force === true, { what: 'draft' }, () => draft.yaml);
  if (beside !== null) log(flags.quiet, beside);
  log(flags.quiet, `${draft.functions} draft functions from ${draft.duties} duties → ${target}`);
  return code;
}
