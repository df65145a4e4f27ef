import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { wholeResult, type AnalysisOptions, type Result, type ResultParts } from '../model.ts';
import { loadRelationRules } from '../findings/rules.ts';
import { render, renderParts, defaultLang, MAX_WHOLE_REPORT_PAIRS, type ReporterName, type ReportFile } from '../report/index.ts';
import { analyzeParts, DEFAULT_OPTIONS } from '../run/analyze.ts';
import { createProgress } from '../run/progress.ts';
import { openEmbedder } from '../run/semantic-cache.ts';
import type { AnalysisFlags } from '../run/job-settle.ts';
import { checkOptions, defaultOptionsFor, effectiveLanguage } from '../run/defaults.ts';
import { catalogueCoverage } from '../run/coverage.ts';
import { readResultFile } from '../run/job-files.ts';
import { listJobInputs } from '../run/job-inputs.ts';
import { defaultGrouping, loadModel, type InputGrouping, type LoadedModel } from '../run/load.ts';
import { writeFileAtomically, writeFolderAtomically } from '../run/write-output.ts';
import { loadLexicon } from '../text/lexicon.ts';
import { printError, printNote, printResult } from './print.ts';
import { chromiumFor, printPdf } from './pdf.ts';
import { InputError, nothingReadMessage } from '../util/errors.ts';
import { freePathBeside, guardOutputFile, guardReportFolder } from './output-guard.ts';
import { readingLine } from './reading-line.ts';
import { yamlKeepingComments } from './yaml-keep-comments.ts';

/** Flags shared by the commands that read documents. */
export interface InputFlags {
  strict?: boolean;
  /** `--organisation NAME=GLOB`, repeatable: the inputs a glob names form the organisation NAME. */
  organisation?: string[];
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

const ALL_REPORTERS: readonly ReporterName[] = ['html', 'json', 'csv', 'xlsx', 'md'];

export function reportersFrom(names: readonly string[] | undefined): ReporterName[] {
  if (!names) return [...ALL_REPORTERS];
  for (const n of names) {
    if (!ALL_REPORTERS.includes(n as ReporterName)) {
      throw new InputError('--reporters', `unknown reporter "${n}" (choose from ${ALL_REPORTERS.join(', ')})`);
    }
  }
  return names as ReporterName[];
}

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
  for (const w of loaded.warnings) log(quiet, `warning: ${w}`);
  for (const c of loaded.model.copies ?? []) log(quiet, `${c.file}:${c.line}: document ${c.document} is a copy of ${c.copyOf}; read once`);
  if (summed) log(quiet, readingLine(loaded.inputReadings));
  if (loaded.model.duties.length === 0 && (!allowEvents || (loaded.model.events ?? []).length === 0)) {
    // Nothing to analyse is bad input, not an empty success.
    printError(nothingReadMessage(loaded.files.length));
    return 2;
  }
  return loaded.errors.length > 0 ? 2 : 0;
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
export async function groupingFromFlags(inputs: readonly string[], specs: readonly string[] = []): Promise<InputGrouping> {
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
  return { named, defaultName: defaultGrouping(inputs).defaultName };
}

async function load(inputs: string[], flags: InputFlags): Promise<LoadedModel> {
  const grouping = await groupingFromFlags(inputs, flags.organisation);
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
    const target = freePathBeside(flags.output, flags.force === true);
    const previous = existsSync(target) ? await readFile(target, 'utf8') : null;
    const text =
      extname(target).toLowerCase() === '.json'
        ? `${JSON.stringify(model, null, 2)}\n`
        : previous === null
          ? toYaml(model, { lineWidth: 0 })
          : yamlKeepingComments(previous, model);
    await writeFileAtomically(target, text);
    const events = (model.events ?? []).length;
    if (target !== flags.output) log(flags.quiet, `${flags.output} exists and may hold corrections: the new model is ${target} (pass --force to replace ${flags.output}, keeping its comments)`);
    log(flags.quiet, `${model.documents.length} documents, ${model.units.length} units, ${model.duties.length} duties${events > 0 ? `, ${events} change events` : ''} → ${target}`);
  } else {
    process.stdout.write(toYaml(model, { lineWidth: 0 }));
  }
  return code;
}

/** Settles the options once: defaults (for the documents' language) < flags; validated. */
export function settleOptions(flags: AnalyzeFlags, defaults: AnalysisOptions = DEFAULT_OPTIONS): AnalysisOptions {
  const options: AnalysisOptions = {
    ...defaults,
    language: flags.language,
    catalogue: flags.catalogue ?? defaults.catalogue,
    level: flags.level ?? defaults.level,
    candidateThreshold: flags.candidateThreshold ?? defaults.candidateThreshold,
    overlapThreshold: flags.overlapThreshold ?? defaults.overlapThreshold,
    duplicateThreshold: flags.duplicateThreshold ?? defaults.duplicateThreshold,
    coverageThreshold: flags.coverageThreshold ?? defaults.coverageThreshold,
    ...(flags.semantic || defaults.semantic ? { semantic: true } : {}),
  };
  checkOptions(options, '--candidate-threshold');
  return options;
}

/** `dutylens analyze`: documents → result.json + report. */
export async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  settleOptions(flags); // bad flags and outputs are refused before any document is read
  const reporters = reportersFrom(flags.reporters);
  const chromium = flags.pdf ? chromiumFor() : null; // no Chromium: said before any document is read
  await guardReportFolder(flags.output, flags.catalogue ? [...inputs, flags.catalogue] : inputs, flags);
  const loaded = await load(inputs, flags);
  const options = settleOptions(flags, defaultOptionsFor(effectiveLanguage(flags.language, loaded.model.documents)));
  const code = reportErrors(loaded, flags.quiet, true);
  if (loaded.model.duties.length === 0) return 2;
  const lexicon = loadLexicon();
  // A bar on a terminal only: a large input takes minutes, and logs and --json output stay as they were.
  const progress = createProgress(process.stderr.isTTY && !flags.quiet && !flags.json ? 'bar' : 'quiet', process.stderr, 'analyse: ');
  const parts = await analyzeParts(loaded.model, options, {
    lexicon,
    rules: loadRelationRules(),
    coverage: options.catalogue ? catalogueCoverage(options.catalogue, options, lexicon) : undefined,
    progress: (stage, done, total) => progress.stage(stage, done, total),
    embedder: options.semantic ? await openEmbedder(null) : undefined,
  }, loaded.inputReadings);
  progress.stage('write', 0, 1);
  const stamped: ResultParts = flags.timestamp ? { ...parts, head: { ...parts.head, generatedAt: new Date().toISOString() } } : parts;
  const renderOptions = { lang: flags.lang ?? defaultLang(stamped.head), heatmapOrder: flags.order, appendix: flags.appendix ?? false };
  const { files, skipped } = await renderParts(stamped, reporters, renderOptions);
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
      `${s.organisations} organisations, ${s.documents} documents, ${s.units} units, ${s.duties} duties: ${s.conflicts} conflicts (${s.bothLeadConflicts} both-lead), ${s.pairs} pairs, ${s.gaps} gaps`,
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
  return 0;
}

/** `dutylens suggest-catalogue`: cluster all duties of the inputs into a draft catalogue to edit. */
export async function runSuggestCatalogue(
  inputs: string[],
  flags: InputFlags & { output: string; threshold: number; minSize: number },
): Promise<number> {
  const { suggestCatalogue } = await import('../findings/suggest-catalogue.ts');
  const { catalogueToYaml } = await import('../findings/catalogue-yaml.ts');
  const { termsOf } = await import('../text/terms.ts');
  const { buildVectorSpace, vectorize } = await import('../similarity/vectorize.ts');
  const { loadCatalogue } = await import('../findings/catalogue.ts');
  guardOutputFile(flags.output, inputs);
  const loaded = await load(inputs, flags);
  const code = reportErrors(loaded, flags.quiet);
  const lexicon = loadLexicon();
  const language = new Map(loaded.model.documents.map((d) => [d.id, d.language]));
  const docOfUnit = new Map(loaded.model.units.map((u) => [u.id, u.documentId]));
  const rules = loadRelationRules();
  const { categoryOf } = await import('../findings/category.ts');
  // Boilerplate makes no function: leave it out of the clustering.
  const duties = loaded.model.duties.filter((d) => categoryOf(d.normalized, rules) !== 'generic');
  const terms = duties.map((d) => {
    const lang = flags.language === 'auto' ? (language.get(docOfUnit.get(d.unitId) ?? '') ?? 'zh') : flags.language;
    return termsOf(d.normalized, lang, lexicon);
  });
  const space = buildVectorSpace(terms.map((t) => t.features));
  const catalogue = suggestCatalogue(
    duties.map((d, k) => ({ id: d.id, text: d.text, normalized: d.normalized, words: terms[k].words })),
    terms.map((t) => vectorize(space, t.features)),
    { threshold: flags.threshold, minSize: flags.minSize },
  );
  await writeFileAtomically(flags.output, catalogueToYaml(catalogue));
  loadCatalogue(flags.output);
  log(flags.quiet, `${catalogue.functions.length} draft functions from ${duties.length} duties → ${flags.output}`);
  return code;
}
