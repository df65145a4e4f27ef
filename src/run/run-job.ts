import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Changes, DocumentCopy, InputReading, Result } from '../model.ts';
import { ResultSchema, wholeResult } from '../model.ts';
import { upgradeResult } from '../findings/result-upgrade.ts';
import { catalogueFile } from './catalogue-names.ts';
import { changesMarkdown, firstRunMarkdown } from '../report/changes-md.ts';
import { countChanges, diffResults, DEFAULT_REWORD_RULE, type ChangeCounts } from '../findings/diff.ts';

export type { ChangeCounts };
import { inputFormatOf } from '../ingest/input-format.ts';
import { readInput } from '../ingest/read-inputs.ts';
import { defaultLang, render, type ReportThreads } from '../report/index.ts';
import { startReportThreads } from './report-threads.ts';
import { InputError, NothingReadError } from '../util/errors.ts';
import { TOOL } from '../util/version.ts';
import { embeddingCacheDir } from './semantic-cache.ts';
import { analysePipeline } from './pipeline.ts';
import { parseCacheDir, parseCacheKey, pruneParseCache, readCachedParse, writeCachedParse } from './cache.ts';
import type { GateFigures } from './gates.ts';
import { appendRun, historyFile, historyText, latestRun, trendOf, type RunRecord } from './history.ts';
import { mergeParsed, parseIngested, type ParsedInput } from './load.ts';
import { pathsUnderRoots } from './input-roots.ts';
import { documentStems } from '../util/ids.ts';
import type { Progress } from './progress.ts';
import type { RunPlan } from './run-job-plan.ts';
import { figuresOf } from './run-job-figures.ts';
import { pointLatest, type LatestKind } from './run-job-files.ts';
import { writeFileAtomically, writeFolderAtomically } from './write-output.ts';

/** What a completed run produced. */
export interface RunOutcome {
  runId: string;
  /** The run folder (absolute). */
  folder: string;
  result: Result;
  figures: GateFigures;
  /** The run's entry in history.json. */
  record: RunRecord;
  /** Counts of the changes since the previous run; null on a first run. */
  changes: ChangeCounts | null;
  /** Files that could not be read (the run went on without them). */
  errors: InputError[];
  warnings: string[];
  /** Documents read once because they copy another. */
  copies: DocumentCopy[];
  /** How each input file was read (as in the result). */
  readings: InputReading[];
  /** Inputs parsed this time, and those taken from the cache. */
  parsed: number;
  cached: number;
  latest: LatestKind;
}

/**
 * Runs a planned job, top to bottom: read (parse only what the cache lacks)
 * → analyse → apply the accepted-findings register → diff against the
 * previous run → render → write the run folder atomically → append to
 * history.json (atomically) → point `latest` at it, so that an interrupted
 * run leaves the previous report and history untouched and `latest` always
 * on a run history lists. The caller holds the job's lock.
 */
export async function executeRun(plan: RunPlan, progress: Progress): Promise<RunOutcome> {
  // The heavy reporters load on their threads while the documents are read and analysed.
  const threads = startReportThreads(plan.job.report.reporters);
  try {
    return await executeRunWith(plan, progress, threads);
  } finally {
    await threads.close();
  }
}

/** executeRun with its reporters' threads started. */
async function executeRunWith(plan: RunPlan, progress: Progress, threads: ReportThreads): Promise<RunOutcome> {
  const { job } = plan;
  const cacheDir = parseCacheDir(job.output);
  const errors: InputError[] = [];
  const parts: ParsedInput[] = [];
  const used = new Set<string>();
  let parsed = 0;
  let cached = 0;
  const under = pathsUnderRoots(plan.files, plan.folders, job.workspace);
  const stems = documentStems(plan.files.map((path, i) => ({ path, under: under[i] })));
  const isModel = (file: string) => ['yaml', 'json'].includes(inputFormatOf(file) ?? '');
  for (const [i, file] of plan.files.entries()) {
    progress.stage('read', i, plan.files.length);
    const key = parseCacheKey({
      file,
      stem: stems[i],
      hash: plan.hashes.get(file) ?? '',
      language: job.options.language,
      unitColumns: job.table.unitColumns,
      dutyColumn: job.table.dutyColumn,
      toolHash: plan.toolHash,
    });
    const hit = await readCachedParse(cacheDir, key);
    if (hit) {
      parts.push({ file, parsed: hit, fromModel: isModel(file), under: under[i] });
      used.add(key);
      cached++;
      continue;
    }
    try {
      const ingested = await readInput(file, { unit: job.table.unitColumns, duty: job.table.dutyColumn });
      const part = parseIngested(ingested, { language: job.options.language, stem: stems[i] });
      await writeCachedParse(cacheDir, key, part);
      parts.push({ file, parsed: part, fromModel: ingested.kind === 'model', under: under[i] });
      used.add(key);
      parsed++;
    } catch (error) {
      if (!(error instanceof InputError) || job.table.strict) throw error;
      errors.push(error);
    }
  }
  const { model, warnings, readings } = mergeParsed(parts, plan.grouping);
  if (model.duties.length === 0) throw new NothingReadError(job.file, parts.length, errors, warnings);

  const analysed = await analysePipeline({
    model,
    readings,
    settings: job.optionLayers,
    catalogueFile: (catalogue) => catalogueFile(catalogue, job.workspace),
    accepted: { entries: job.accepted, today: plan.today },
    // The semantic tier keeps its vectors beside the parse cache: a rerun embeds only changed duties.
    embeddingCache: embeddingCacheDir(job.output),
    progress: (stage, done, total) => progress.stage(stage, done, total),
    owners: job.owners,
  });
  warnings.push(...analysed.warnings);
  analysed.owners.matched.forEach((n, i) => {
    if (n === 0) warnings.push(`${job.file}: owners[${i}] matches no finding`);
  });
  for (const problem of analysed.owners.problems) warnings.push(`${job.file}: ${problem}`);
  analysed.matched.forEach((n, i) => {
    if (n === 0) warnings.push(`${job.file}: accepted[${i}] matches no finding`);
  });
  const current = wholeResult(analysed.parts);

  progress.stage('diff', 0, 1);
  const previousRecord = latestRun(plan.history);
  const previous = previousRecord ? await readPreviousResult(join(job.output, previousRecord.runId, 'result.json'), warnings) : null;
  const changes: Changes | undefined = previous ? diffResults(previous, current, DEFAULT_REWORD_RULE, previousRecord!.runId) : undefined;
  const trend = trendOf(plan.history);
  // A first run has no trend and no changes: its result.json is the one `analyze` writes for the same inputs and options.
  const result: Result = { ...current, ...(changes ? { changes } : {}), ...(trend.length > 0 ? { trend } : {}) };
  const figures = figuresOf(result, changes);

  progress.stage('render', 0, job.report.reporters.length);
  const lang = job.report.lang ?? defaultLang(result);
  const files = await render(result, job.report.reporters, { lang, heatmapOrder: job.report.order }, threads);
  files.push({ path: 'changes.md', content: changes ? changesMarkdown(changes, countChanges(changes), lang, result.summary) : firstRunMarkdown(lang, result.summary) });

  progress.stage('write', 0, files.length);
  const folder = join(job.output, plan.runId);
  await writeFolderAtomically(folder, files);
  const s = result.summary;
  const record: RunRecord = {
    runId: plan.runId,
    startedAt: plan.startedAt.toISOString(),
    fingerprint: plan.fingerprint,
    toolVersion: TOOL.version,
    documents: s.documents,
    units: s.units,
    duties: s.duties,
    pairs: s.pairs,
    // All conflicts and gaps, open and accepted; the figures say how many are open.
    conflicts: s.conflicts + s.acceptedConflicts,
    gaps: s.gaps + s.acceptedGaps,
    ...figures,
    changes: changes ? { duties: changes.duties.length, pairs: changes.pairs.length, gaps: changes.gaps.length } : null,
    ...(errors.length > 0 ? { inputErrors: errors.map((e) => e.toLine()) } : {}),
  };
  // History first, then latest: a run killed in between leaves latest on a run history lists
  // (the next run moves it on, see repairLatest). A run history cannot take is removed again.
  try {
    await writeFileAtomically(historyFile(job.output), historyText(appendRun(plan.history, record)));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const latest = await pointLatest(job.output, plan.runId);
  await pruneParseCache(cacheDir, used);
  progress.stop();
  return { runId: plan.runId, folder, result, figures, record, changes: changes ? countChanges(changes) : null, errors, warnings, copies: result.copies, readings, parsed, cached, latest };
}

/** The previous run's result, or null (with a warning) when it is gone or unreadable: the run then reports no diff. */
async function readPreviousResult(file: string, warnings: string[]): Promise<Result | null> {
  try {
    const parsed = ResultSchema.safeParse(upgradeResult(JSON.parse(await readFile(file, 'utf8'))));
    if (parsed.success) return parsed.data;
    warnings.push(`${file}: previous result does not match the schema; no changes are reported this time`);
  } catch {
    warnings.push(`${file}: previous result cannot be read; no changes are reported this time`);
  }
  return null;
}
