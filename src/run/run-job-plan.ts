import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.ts';
import { catalogueFileOrNull, missingCatalogueMessage } from './catalogue-names.ts';
import { PARSE_CACHE_VERSION } from './cache.ts';
import { latestRun, readHistory, type History, type RunRecord } from './history.ts';
import { hashFiles, inputFolders, listJobInputs, sha256 } from './job-inputs.ts';
import type { InputGrouping } from './load.ts';
import type { SettledJob } from './job-settle.ts';

/** Everything decided before any analysis: which files, their hashes, whether anything changed, the run id. */
export interface RunPlan {
  job: SettledJob;
  /** Input files, workspace-relative, in reading order. */
  files: string[];
  /** sha256 of each input file. */
  hashes: Map<string, string>;
  /** The input folders (workspace-relative): document ids are the files' paths under them. */
  folders: string[];
  /** How the files are grouped into organisations (files workspace-relative). */
  grouping: InputGrouping;
  /** Hash of everything the run's output depends on. */
  fingerprint: string;
  /** Hash of the tool itself (version, source, built-in lexicons and rules): part of every cache key. */
  toolHash: string;
  history: History;
  /** The latest run when its fingerprint equals this one and its folder still exists: nothing to do. */
  unchangedSince: RunRecord | null;
  /** The run's start, from the injected clock. */
  startedAt: Date;
  /** Today as YYYY-MM-DD (UTC), for acceptance expiry. */
  today: string;
  /** Sortable, unique id of this run (and the name of its folder). */
  runId: string;
}

/**
 * What makes up the tool besides its version: its source and the lexicons and
 * relation rules shipped with it. Hashed (a few ms) so that a changed
 * classifier or parser is never mistaken for "no changes", even while the
 * version number stays the same during development.
 */
// The code is the folder this module runs from (src/ through tsx, dist/ when built); the data sits beside it.
const TOOL_DIRS = ['../', '../../analysis/lexicon/', '../../analysis/rules/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));

/**
 * Plans a run without loading the analysis: lists and hashes the inputs,
 * hashes the catalogue and the settled configuration, reads the history, and
 * decides whether the latest run already is this run's output. Throws
 * InputError for inputs that name nothing or a missing catalogue.
 */
export async function planRun(job: SettledJob, startedAt: Date, toolVersion: string): Promise<RunPlan> {
  const listed = await listJobInputs(job.inputs, job.dir, job.workspace);
  const problems = [...listed.problems];
  const inputs = new Set(listed.files);
  const named: InputGrouping['named'][number][] = [];
  for (const [k, organisation] of job.organisations.entries()) {
    const own = await listJobInputs(organisation.inputs, job.dir, job.workspace);
    problems.push(...own.problems.map((p) => `organisations[${k}].${p}`));
    const outside = own.files.filter((f) => !inputs.has(f));
    if (outside.length > 0) problems.push(`organisations[${k}].inputs: ${outside.join(', ')} is not among the job's inputs`);
    named.push({ name: organisation.name, files: own.files.filter((f) => inputs.has(f)) });
  }
  if (problems.length > 0) throw new InputError(job.file, problems.join('; '));
  const grouping: InputGrouping = { named, defaultName: job.name, per: job.organisationPer };
  const folders = await inputFolders(job.inputs, job.dir, job.workspace);
  const hashes = await hashFiles(listed.files, job.workspace);
  const today = startedAt.toISOString().slice(0, 10);
  let catalogueHash: string | null = null;
  if (job.options.catalogue) {
    const file = catalogueFileOrNull(job.options.catalogue, job.workspace);
    const bytes = file === null ? null : await readFile(file).catch(() => null);
    if (bytes === null) throw new InputError(job.file, `catalogue: ${job.options.catalogue}: ${missingCatalogueMessage()}`);
    catalogueHash = sha256(bytes);
  }
  const toolHash = sha256(`${toolVersion}\u0000${PARSE_CACHE_VERSION}\u0000${await hashFolders(TOOL_DIRS)}`);
  const fingerprint = sha256(
    JSON.stringify({
      toolHash,
      options: job.options,
      table: job.table,
      report: job.report,
      catalogueHash,
      inputs: listed.files.map((f) => [f, hashes.get(f)]),
      organisations: named,
      organisationPer: job.organisationPer ?? null,
      // Whether each acceptance has expired today: an expiry passing changes the result though no file did.
      accepted: job.accepted.map((e) => ({ ...e, expired: today > e.expires })),
      owners: job.owners,
    }),
  );
  const history = await readHistory(job.output, job.name);
  const latest = latestRun(history);
  const unchangedSince = latest && latest.fingerprint === fingerprint && existsSync(join(job.output, latest.runId, 'result.json')) ? latest : null;
  return { job, files: listed.files, hashes, folders, grouping, fingerprint, toolHash, history, unchangedSince, startedAt, today, runId: runIdOf(startedAt, fingerprint, history, job.output) };
}

/**
 * A run id: the UTC start time to the second, then 8 hex digits of the
 * fingerprint (`20250301T020000Z-1a2b3c4d`), so ids sort by time and two jobs
 * started in the same second differ. A collision with an existing run or
 * folder gets a `-2`, `-3` … suffix.
 */
export function runIdOf(startedAt: Date, fingerprint: string, history: History, output: string): string {
  const stamp = startedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const base = `${stamp}-${fingerprint.slice(0, 8)}`;
  const taken = (id: string) => history.runs.some((r) => r.runId === id) || existsSync(join(output, id));
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** One hash over every file under the folders (recursively, sorted by path). */
async function hashFolders(dirs: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
    for (const file of files) parts.push(file.slice(dir.length), sha256(await readFile(file)));
  }
  return sha256(parts.join('\u0000'));
}
