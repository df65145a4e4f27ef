/**
 * The scheduled-run commands: `run` (jobs → run folders, history, diffs,
 * gates), `diff` (two results → changes) and `watch` (rerun on change).
 * Only commander and the small error and printing modules are imported up
 * front; each action loads what it needs, and
 * a run whose inputs did not change never loads the analysis modules.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../util/errors.ts';
import { EXIT, knownErrorLine } from './cli-errors.ts';
import { printError, printNote, printResult } from './print.ts';
import type { RunFlags } from '../run/job-settle.ts';
import type { RunRecord } from '../run/history.ts';
import type { GateOutcome } from '../run/gates.ts';
import type { ChangeCounts } from '../run/run-job.ts';
import { analysisFlags, list, number } from './flag-parsers.ts';
import { bundledCatalogueNames } from '../run/catalogue-names.ts';

/** Flags of `dutylens run` and `dutylens watch`. */
export interface RunCommandFlags extends RunFlags {
  json?: boolean;
  quiet?: boolean;
  /** Run even when nothing changed since the latest run. */
  force?: boolean;
  /** Open each job's report in the default browser after the run. */
  open?: boolean;
  /** Minutes after which another run's lock is considered stale. */
  lockStale: number;
}

/** The machine-readable line `--json` prints per job. */
export interface JobReport {
  job: string | null;
  file: string;
  status: 'ran' | 'unchanged' | 'error';
  exitCode: number;
  runId: string | null;
  /** The latest report's index.html, workspace-relative. */
  report: string | null;
  figures: Omit<RunRecord, 'runId' | 'startedAt' | 'fingerprint' | 'toolVersion' | 'changes'> | null;
  changes: ChangeCounts | null;
  /** Input files, and how many were parsed this time rather than taken from the cache (null when nothing ran). */
  inputs: { files: number; parsed: number; cached: number } | null;
  gates: GateOutcome[];
  errors: string[];
}


function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function runFlags(cmd: Command): Command {
  return analysisFlags(cmd)
    .option('--fail-on <gate>', 'exit 1 when a gate fails: new-conflicts, new-gaps, conflicts>N, gaps>N (repeatable; replaces the job\'s gates)', collect)
    .option('--json', 'print one machine-readable JSON object per job on stdout')
    .option('-q, --quiet', 'print nothing but errors (no progress)')
    .option('--force', 'analyse even when nothing changed since the latest run')
    .option('--catalogue <file|name>', `reference catalogue: a YAML file, or a bundled one by name (${bundledCatalogueNames().join(', ')}); overrides the job`)
    .option('--open', 'open each job\'s report in the default browser after the run')
    .addOption(new Option('--language <lang>', 'language of the documents (overrides the job)').choices(['auto', 'zh', 'en']))
    .addOption(new Option('--lang <lang>', 'report language').choices(['zh', 'en']))
    .addOption(new Option('--order <order>', 'heatmap order').choices(['cluster', 'document']))
    .option('--strict', 'stop at the first unreadable file')
    .addOption(new Option('--organisation-per <folder|file>', 'the inputs the job\'s organisations do not name: one organisation per top-level folder, or per file').choices(['folder', 'file']))
    .option('--unit-columns <names>', 'table inputs: the unit-path columns, top first (comma-separated)', list)
    .option('--duty-column <name>', 'table inputs: the duty column')
    .option('--lock-stale <minutes>', 'a lock older than this is taken over', number('--lock-stale', { positive: true }), 120);
}

/** Registers `run`, `diff` and `watch` on the CLI. */
export function registerRunCommands(program: Command): void {
  runFlags(
    program
      .command('run')
      .description('run analysis jobs: each into reports/<job>/<run-id>/, with latest, history.json and changes since the previous run')
      .argument('[jobs...]', 'job files, or folders whose *.yaml job files are run', ['analysis/']),
  ).action(async (paths: string[], flags: RunCommandFlags) => {
    process.exitCode = await runCommand(paths, flags);
  });

  program
    .command('diff')
    .description('what changed between two results: duties, conflicts and gaps (changes.md on stdout)')
    .argument('<old>', 'the earlier result.json')
    .argument('<new>', 'the later result.json')
    .option('--json', 'print the changes as JSON')
    .addOption(new Option('--lang <lang>', 'language of the Markdown').choices(['zh', 'en']))
    .action(async (oldFile: string, newFile: string, flags: { json?: boolean; lang?: 'zh' | 'en' }) => {
      process.exitCode = await diffCommand(oldFile, newFile, flags);
    });

  runFlags(
    program
      .command('watch')
      .description('run a job, then run it again whenever its documents, catalogue or job file change')
      .argument('<job>', 'a job file')
      .option('--debounce <ms>', 'wait this long after the last change', number('--debounce', { min: 0 }), 500),
  ).action(async (job: string, flags: RunCommandFlags & { debounce: number }) => {
    await watchCommand(job, flags);
  });
}

/** The run's clock: DUTYLENS_NOW (ISO) when set, so tests and reruns of a past day are deterministic; else the system clock. */
function clock(): () => Date {
  const fixed = process.env.DUTYLENS_NOW;
  if (!fixed) return () => new Date();
  const t = Date.parse(fixed);
  if (!Number.isFinite(t)) throw new UsageError('DUTYLENS_NOW', `${JSON.stringify(fixed)} is not an ISO time (2030-01-01T08:00:00Z)`, 'run');
  return () => new Date(t);
}

/** `dutylens run`: every job named; the exit code is the worst of the jobs'. */
export async function runCommand(paths: string[], flags: RunCommandFlags): Promise<number> {
  const { jobFilesIn } = await import('../run/job-files.ts');
  let files: string[];
  try {
    files = await jobFilesIn(paths);
  } catch (error) {
    return printErrorOf(error);
  }
  let code = 0;
  for (const file of files) {
    const report = await runOneJob(file, flags);
    code = Math.max(code, report.exitCode);
    if (flags.open && report.report?.endsWith('index.html')) await (await import('./open-report.ts')).openReport(report.report);
  }
  return code;
}

/** Runs one job file and prints its outcome; never throws for bad input (that is exit code 2). */
async function runOneJob(file: string, flags: RunCommandFlags): Promise<JobReport> {
  const { readJobFile } = await import('../run/job.ts');
  const { settleJob } = await import('../run/job-settle.ts');
  const { acquireLock, pidIsAlive } = await import('../run/lock.ts');
  const { planRun } = await import('../run/run-job-plan.ts');
  const { jobInputRoots, markJobOutput, removeStrays, repairLatest } = await import('../run/run-job-files.ts');
  const { evaluateGates } = await import('../run/gates.ts');
  const { checkOutputAgainstInputs, workspacePath } = await import('../run/workspace.ts');
  const { TOOL } = await import('../util/version.ts');
  const { join } = await import('node:path');

  const report: JobReport = { job: null, file, status: 'error', exitCode: EXIT.badInput, runId: null, report: null, figures: null, changes: null, inputs: null, gates: [], errors: [] };
  /** How many of report.errors were printed where they arose (finish prints the rest). */
  let printed = 0;
  const workspace = process.cwd();
  let job;
  let lock;
  try {
    job = settleJob(await readJobFile(file), flags, workspace);
    report.job = job.name;
    checkOutputAgainstInputs(job.output, jobInputRoots(job), 'folder', `${file}: output`);
    const now = clock();
    lock = await acquireLock(join(job.output, '.lock'), { pid: process.pid, now, staleAfterMs: flags.lockStale * 60_000, isAlive: pidIsAlive });
  } catch (error) {
    report.errors = await errorLines(error);
    return finish(report, flags, printed);
  }
  if (!lock.held) {
    report.errors = [`${file}: job ${job.name} is already running (pid ${lock.owner.pid}, since ${lock.owner.startedAt || 'just now'}); try again later`];
    return finish(report, flags, printed);
  }
  try {
    await markJobOutput(job.output, `${file}: output`);
    await removeStrays(job.output);
    const plan = await planRun(job, clock()(), TOOL.version);
    await repairLatest(job.output, plan.history);
    const shown = (p: string) => workspacePath(workspace, p);
    report.report = `${shown(join(job.output, 'latest'))}/${job.report.reporters.includes('html') ? 'index.html' : ''}`;
    let record: RunRecord;
    if (plan.unchangedSince && !flags.force) {
      report.status = 'unchanged';
      // Nothing changed since the latest run, so nothing is new relative to it; its unreadable inputs still are.
      record = { ...plan.unchangedSince, newConflicts: 0, newGaps: 0 };
      report.errors = [...(record.inputErrors ?? [])];
    } else {
      const { executeRun } = await import('../run/run-job.ts');
      const { createProgress, progressModeFor } = await import('../run/progress.ts');
      const progress = createProgress(progressModeFor(process.stderr, flags.quiet === true || flags.json === true), process.stderr, `${job.name}: `);
      const outcome = await executeRun(plan, progress);
      report.errors = outcome.errors.map((e) => e.toLine());
      printed = printLines(report.errors);
      if (!flags.quiet) for (const w of outcome.warnings) printNote(`warning: ${w}`);
      if (!flags.quiet) for (const c of outcome.copies) printNote(`${c.file}:${c.line}: document ${c.document} is a copy of ${c.copyOf}; read once`);
      if (!flags.quiet) {
        const { readingLine } = await import('./reading-line.ts');
        printNote(`${job.name}: ${readingLine(outcome.readings)}`);
      }
      report.status = 'ran';
      report.changes = outcome.changes;
      report.inputs = { files: plan.files.length, parsed: outcome.parsed, cached: outcome.cached };
      record = outcome.record;
    }
    const { runId, startedAt: _s, fingerprint: _f, toolVersion: _t, changes: _c, inputErrors: _e, ...figures } = record;
    report.runId = runId;
    report.figures = figures;
    report.gates = evaluateGates(job.gates, figures);
    if (figures.duties === 0) report.errors.push(`${job.name}: no input yielded any duties; see why with: dutylens extract FILE --explain`);
    report.exitCode = report.errors.length > 0 ? EXIT.badInput : report.gates.some((g) => !g.passed) ? EXIT.gateFailed : EXIT.ok;
  } catch (error) {
    const { NothingReadError } = await import('../util/errors.ts');
    if (error instanceof NothingReadError) {
      // The files that could not be read or yielded nothing are named before the run's own line.
      report.errors = error.errors.map((e) => e.toLine());
      printed = printLines(report.errors);
      if (!flags.quiet) for (const w of error.warnings) printNote(`warning: ${w}`);
    }
    report.errors.push(...(await errorLines(error)));
    report.exitCode = EXIT.badInput;
  } finally {
    await lock.release();
  }
  return finish(report, flags, printed);
}

/** Prints error lines; returns how many. */
function printLines(lines: readonly string[]): number {
  for (const line of lines) printError(line);
  return lines.length;
}

/** Prints a job's outcome (the error lines not printed yet, then human lines or one JSON line) and returns it. */
function finish(report: JobReport, flags: { json?: boolean; quiet?: boolean }, printed: number): JobReport {
  printLines(report.errors.slice(printed));
  for (const g of report.gates) if (!g.passed) printError(`${report.job}: gate ${g.gate} failed (${g.value})`);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report;
  }
  if (flags.quiet || report.status === 'error' || !report.figures) return report;
  const f = report.figures;
  const name = report.job ?? report.file;
  if (report.status === 'unchanged') printResult(`${name}: no changes since run ${report.runId}`);
  else {
    printResult(
      `${name}: run ${report.runId}: ${f.documents} documents, ${f.units} units, ${f.duties} duties: ` +
        `${f.conflicts} conflicts (${f.openConflicts} open, ${f.newConflicts} new), ${f.gaps} gaps (${f.openGaps} open, ${f.newGaps} new)`,
    );
    const c = report.changes;
    printResult(
      c
        ? `${name}: changes: ${c.added} added, ${c.removed} removed, ${c.reworded} reworded, ${c.moved} moved duties; ${c.newConflicts} new, ${c.resolvedConflicts} resolved conflicts; ${c.gapsOpened} gaps opened, ${c.gapsClosed} closed`
        : `${name}: first run`,
    );
  }
  printResult(`report: ${report.report}`);
  return report;
}

/** `dutylens diff`: two results → changes.md (or JSON) on stdout. */
async function diffCommand(oldFile: string, newFile: string, flags: { json?: boolean; lang?: 'zh' | 'en' }): Promise<number> {
  const { diffResultFiles } = await import('../run/diff-files.ts');
  try {
    const { changes, markdown } = await diffResultFiles(oldFile, newFile, flags.lang);
    process.stdout.write(flags.json ? `${JSON.stringify(changes, null, 2)}\n` : markdown());
    return EXIT.ok;
  } catch (error) {
    return printErrorOf(error);
  }
}

/** `dutylens watch`: run now, then after every change (debounced), until interrupted. */
async function watchCommand(file: string, flags: RunCommandFlags & { debounce: number }): Promise<void> {
  const { readJobFile } = await import('../run/job.ts');
  const { settleJob } = await import('../run/job-settle.ts');
  const { watchTargets, watchFiles } = await import('../run/watch.ts');
  const { isInside, workspacePath } = await import('../run/workspace.ts');
  let job;
  try {
    job = settleJob(await readJobFile(file), flags, process.cwd());
  } catch (error) {
    process.exitCode = await printErrorOf(error);
    return;
  }
  await runOneJob(file, flags);
  const targets = watchTargets(file, job.dir, job.inputs, job.options.catalogue, job.workspace);
  const output = job.output;
  const watcher = await watchFiles(targets, async () => void (await runOneJob(file, flags)), {
    debounceMs: flags.debounce,
    // Our own output (if it lies inside a watched folder) and hidden files must not trigger runs.
    ignored: (path) => isInside(output, path) || /(^|[/\\])\.[^/\\]/.test(workspacePath(job.workspace, path).replace(/^\.\.\//g, '')),
  });
  if (!flags.quiet) printNote(`watching ${targets.length} paths for ${job.name} (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => void watcher.close().then(done));
    process.once('SIGTERM', () => void watcher.close().then(done));
  });
}

/** The lines a known error is said in (a job file's problems one per line); an internal error is thrown on to the top-level handler. */
async function errorLines(error: unknown): Promise<string[]> {
  const { JobFileError } = await import('../run/job.ts');
  if (error instanceof JobFileError) return error.lines();
  const line = knownErrorLine(error);
  if (line === null) throw error;
  return [line];
}

async function printErrorOf(error: unknown): Promise<number> {
  printLines(await errorLines(error));
  return EXIT.badInput;
}
