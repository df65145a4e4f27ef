/**
 * The scheduled-run commands: `run` (jobs → run folders, history, diffs,
 * gates), `diff` (two results → changes) and `watch` (rerun on change).
 * Only commander is imported up front; each action loads what it needs, and
 * a run whose inputs did not change never loads the analysis modules.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { RunFlags } from '../run/job-settle.ts';
import type { RunRecord } from '../run/history.ts';
import type { GateOutcome } from '../run/gates.ts';
import type { ChangeCounts } from '../findings/diff.ts';
import { analysisFlags, list, number } from './flag-parsers.ts';
import { bundledCatalogueNames } from '../findings/catalogue-names.ts';

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
    .option('--allow-outside', 'allow an output folder outside the working folder')
    .option('--catalogue <file|name>', `reference catalogue: a YAML file, or a bundled one by name (${bundledCatalogueNames().join(', ')}); overrides the job`)
    .option('--open', 'open each job\'s report in the default browser after the run')
    .addOption(new Option('--language <lang>', 'language of the documents (overrides the job)').choices(['auto', 'zh', 'en']))
    .addOption(new Option('--lang <lang>', 'report language').choices(['zh', 'en']))
    .addOption(new Option('--order <order>', 'heatmap order').choices(['cluster', 'document']))
    .option('--strict', 'stop at the first unreadable file')
    .option('--unit-columns <names>', 'table inputs: the unit-path columns, top first (comma-separated)', list)
    .option('--duty-column <name>', 'table inputs: the duty column')
    .option('--lock-stale <minutes>', 'a lock older than this is taken over', number('--lock-stale'), 120);
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
      .option('--debounce <ms>', 'wait this long after the last change', number('--debounce'), 500),
  ).action(async (job: string, flags: RunCommandFlags & { debounce: number }) => {
    await watchCommand(job, flags);
  });
}

/** The run's clock: DUTYLENS_NOW (ISO) when set, so tests and reruns of a past day are deterministic; else the system clock. */
function clock(): () => Date {
  const fixed = process.env.DUTYLENS_NOW;
  if (!fixed) return () => new Date();
  const t = Date.parse(fixed);
  if (!Number.isFinite(t)) throw new InvalidArgumentError(`DUTYLENS_NOW=${fixed} is not an ISO time`);
  return () => new Date(t);
}

/** `dutylens run`: every job named; the exit code is the worst of the jobs'. */
export async function runCommand(paths: string[], flags: RunCommandFlags): Promise<number> {
  const { jobFilesIn } = await import('../run/job-files.ts');
  let files: string[];
  try {
    files = await jobFilesIn(paths);
  } catch (error) {
    return printError(error);
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
  const { removeStrays } = await import('../run/run-job-files.ts');
  const { evaluateGates } = await import('../run/gates.ts');
  const { workspacePath } = await import('../run/workspace.ts');
  const { TOOL } = await import('../util/version.ts');
  const { join } = await import('node:path');

  const report: JobReport = { job: null, file, status: 'error', exitCode: 2, runId: null, report: null, figures: null, changes: null, inputs: null, gates: [], errors: [] };
  const workspace = process.cwd();
  let job;
  try {
    job = settleJob(await readJobFile(file), flags, workspace);
  } catch (error) {
    report.errors = errorLines(error);
    return finish(report, flags);
  }
  report.job = job.name;
  const now = clock();
  const lock = await acquireLock(join(job.output, '.lock'), { pid: process.pid, now, staleAfterMs: flags.lockStale * 60_000, isAlive: pidIsAlive });
  if (!lock.held) {
    report.errors = [`${file}: job ${job.name} is already running (pid ${lock.owner.pid}, since ${lock.owner.startedAt || 'just now'}); try again later`];
    return finish(report, flags);
  }
  try {
    await removeStrays(job.output);
    const plan = await planRun(job, now(), TOOL.version);
    const shown = (p: string) => workspacePath(workspace, p);
    report.report = `${shown(join(job.output, 'latest'))}/${job.report.reporters.includes('html') ? 'index.html' : ''}`;
    let record: RunRecord;
    if (plan.unchangedSince && !flags.force) {
      report.status = 'unchanged';
      // Nothing changed since the latest run, so nothing is new relative to it.
      record = { ...plan.unchangedSince, newConflicts: 0, newGaps: 0 };
    } else {
      const { executeRun } = await import('../run/run-job.ts');
      const { createProgress, progressModeFor } = await import('../run/progress.ts');
      const progress = createProgress(progressModeFor(process.stderr, flags.quiet === true || flags.json === true), process.stderr, `${job.name}: `);
      const outcome = await executeRun(plan, progress);
      for (const e of outcome.errors) console.error(`dutylens: ${e.toLine()}`);
      if (!flags.quiet) for (const w of outcome.warnings) console.error(`warning: ${w}`);
      if (!flags.quiet) for (const c of outcome.copies) console.error(`${c.file}:${c.line}: document ${c.document} is a copy of ${c.copyOf}; read once`);
      if (!flags.quiet) {
        const { readingLine } = await import('./reading-line.ts');
        console.error(`${job.name}: ${readingLine(outcome.readings)}`);
      }
      report.status = 'ran';
      report.changes = outcome.changes;
      report.inputs = { files: plan.files.length, parsed: outcome.parsed, cached: outcome.cached };
      record = outcome.record;
      if (outcome.errors.length > 0) report.errors = outcome.errors.map((e) => e.toLine());
    }
    const { runId, startedAt: _s, fingerprint: _f, toolVersion: _t, changes: _c, ...figures } = record;
    report.runId = runId;
    report.figures = figures;
    report.gates = evaluateGates(job.gates, figures);
    if (figures.duties === 0) {
      const line = `${job.name}: no input yielded any duties; see why with: dutylens extract FILE --explain`;
      console.error(`dutylens: ${line}`);
      report.errors = [...report.errors, line];
    }
    report.exitCode = report.errors.length > 0 ? 2 : report.gates.some((g) => !g.passed) ? 1 : 0;
  } catch (error) {
    const { NothingReadError } = await import('../util/errors.ts');
    if (error instanceof NothingReadError) {
      // The files that could not be read or yielded nothing are named before the run's own line.
      for (const e of error.errors) console.error(`dutylens: ${e.toLine()}`);
      if (!flags.quiet) for (const w of error.warnings) console.error(`warning: ${w}`);
    }
    report.errors = errorLines(error);
    report.exitCode = 2;
  } finally {
    await lock.release();
  }
  return finish(report, flags);
}

/** Prints a job's outcome (human lines, or one JSON line) and returns it. */
function finish(report: JobReport, flags: { json?: boolean; quiet?: boolean }): JobReport {
  for (const line of report.errors) console.error(`dutylens: ${line}`);
  for (const g of report.gates) if (!g.passed) console.error(`dutylens: ${report.job}: gate ${g.gate} failed (${g.value})`);
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return report;
  }
  if (flags.quiet || report.status === 'error' || !report.figures) return report;
  const f = report.figures;
  const name = report.job ?? report.file;
  if (report.status === 'unchanged') console.log(`${name}: no changes since run ${report.runId}`);
  else {
    console.log(
      `${name}: run ${report.runId}: ${f.documents} documents, ${f.units} units, ${f.duties} duties: ` +
        `${f.conflicts} conflicts (${f.openConflicts} open, ${f.newConflicts} new), ${f.gaps} gaps (${f.openGaps} open, ${f.newGaps} new)`,
    );
    const c = report.changes;
    console.log(
      c
        ? `${name}: changes: ${c.added} added, ${c.removed} removed, ${c.reworded} reworded, ${c.moved} moved duties; ${c.newConflicts} new, ${c.resolvedConflicts} resolved conflicts; ${c.gapsOpened} gaps opened, ${c.gapsClosed} closed`
        : `${name}: first run`,
    );
  }
  console.log(`report: ${report.report}`);
  return report;
}

/** `dutylens diff`: two results → changes.md (or JSON) on stdout. */
async function diffCommand(oldFile: string, newFile: string, flags: { json?: boolean; lang?: 'zh' | 'en' }): Promise<number> {
  const { readResultFile } = await import('../run/job-files.ts');
  const { diffResults } = await import('../findings/diff.ts');
  const { changesMarkdown } = await import('../findings/diff-markdown.ts');
  try {
    const previous = await readResultFile(oldFile);
    const current = await readResultFile(newFile);
    const changes = diffResults(previous, current);
    if (flags.json) process.stdout.write(`${JSON.stringify(changes, null, 2)}\n`);
    else {
      const { defaultLang } = await import('../report/index.ts');
      process.stdout.write(changesMarkdown(changes, flags.lang ?? defaultLang(current)));
    }
    return 0;
  } catch (error) {
    return printError(error);
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
    process.exitCode = printError(error);
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
  if (!flags.quiet) console.error(`watching ${targets.length} paths for ${job.name} (Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => void watcher.close().then(done));
    process.once('SIGTERM', () => void watcher.close().then(done));
  });
}

function errorLines(error: unknown): string[] {
  if (error instanceof Error && error.name === 'JobFileError' && 'lines' in error) return (error as { lines(): string[] }).lines();
  if (error instanceof Error && error.name === 'InputError' && 'toLine' in error) return [(error as { toLine(): string }).toLine()];
  throw error;
}

function printError(error: unknown): number {
  for (const line of errorLines(error)) console.error(`dutylens: ${line}`);
  return 2;
}
