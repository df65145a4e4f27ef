import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.ts';
import { PARSE_CACHE_VERSION } from './cache.ts';
import { latestRun, readHistory, type History, type RunRecord } from './history.ts';
import { hashFiles, listJobInputs, sha256 } from './job-inputs.ts';
import type { SettledJob } from './job-settle.ts';

/** Everything decided before any analysis: which files, their hashes, whether anything changed, the run id. */
export interface RunPlan {
  job: SettledJob;
  /** Input files, workspace-relative, in reading order. */
  files: string[];
  /** sha256 of each input file. */
  hashes: Map<string, string>;
  /** Hash of everything the run's output depends on. */
  fingerprint: string;
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

/** The tool's own data files that change analysis output: the lexicons and relation rules shipped with it. */
const BUILTIN_DATA_DIRS = ['lexicon', 'rules'].map((d) => fileURLToPath(new URL(`../../analysis/${d}/`, import.meta.url)));

/**
 * Plans a run without loading the analysis: lists and hashes the inputs,
 * hashes the catalogue and the settled configuration, reads the history, and
 * decides whether the latest run already is this run's output. Throws
 * InputError for inputs that name nothing or a missing catalogue.
 */
export async function planRun(job: SettledJob, startedAt: Date, toolVersion: string): Promise<RunPlan> {
  const listed = await listJobInputs(job.inputs, job.dir, job.workspace);
  if (listed.problems.length > 0) throw new InputError(job.file, listed.problems.join('; '));
  const hashes = await hashFiles(listed.files, job.workspace);
  const today = startedAt.toISOString().slice(0, 10);
  let catalogueHash: string | null = null;
  if (job.options.catalogue) {
    const file = resolve(job.workspace, job.options.catalogue);
    const bytes = await readFile(file).catch(() => null);
    if (bytes === null) throw new InputError(job.file, `catalogue: ${job.options.catalogue}: no such file`);
    catalogueHash = sha256(bytes);
  }
  const fingerprint = sha256(
    JSON.stringify({
      toolVersion,
      parseCache: PARSE_CACHE_VERSION,
      builtin: await hashBuiltinData(),
      options: job.options,
      table: job.table,
      report: job.report,
      catalogueHash,
      inputs: listed.files.map((f) => [f, hashes.get(f)]),
      // Whether each acceptance has expired today: an expiry passing changes the result though no file did.
      accepted: job.accepted.map((e) => ({ ...e, expired: today > e.expires })),
    }),
  );
  const history = await readHistory(job.output, job.name);
  const latest = latestRun(history);
  const unchangedSince = latest && latest.fingerprint === fingerprint && existsSync(join(job.output, latest.runId, 'result.json')) ? latest : null;
  return { job, files: listed.files, hashes, fingerprint, history, unchangedSince, startedAt, today, runId: runIdOf(startedAt, fingerprint, history, job.output) };
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

async function hashBuiltinData(): Promise<string> {
  const parts: string[] = [];
  for (const dir of BUILTIN_DATA_DIRS) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
      parts.push(name, sha256(await readFile(join(dir, name)).catch(() => new Uint8Array())));
    }
  }
  return sha256(parts.join('\u0000'));
}
