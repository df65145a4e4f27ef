import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { InputError } from '../util/errors.ts';
import { isOwnOutputFolder, OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../ingest/own-output.ts';
import type { History } from './history.ts';
import type { SettledJob } from './job-settle.ts';
import { writeFileAtomically } from './write-output.ts';

/** How `latest` points at the newest run: a symlink, or (where symlinks fail) a copy plus latest.json. */
export type LatestKind = 'symlink' | 'copy';

/**
 * Points `<output>/latest` at a run folder. A relative symlink is made beside
 * it and renamed over `latest`, so readers see either the old or the new run,
 * never nothing. Where symlinks are not allowed (some Windows setups), the
 * run is copied to `latest/` instead and `latest.json` names the run.
 */
export async function pointLatest(output: string, runId: string): Promise<LatestKind> {
  const link = join(output, 'latest');
  const tmp = join(output, `.latest.tmp-${process.pid}`);
  await rm(tmp, { force: true, recursive: true });
  try {
    await symlink(runId, tmp, 'dir');
    const current = await lstat(link).catch(() => null);
    // A copy left by the fallback is a real folder: rename cannot replace it.
    if (current && !current.isSymbolicLink()) await rm(link, { recursive: true, force: true });
    await rename(tmp, link);
    await rm(join(output, 'latest.json'), { force: true });
    return 'symlink';
  } catch {
    await rm(tmp, { force: true, recursive: true });
    await copyFolder(join(output, runId), tmp);
    await rm(link, { recursive: true, force: true });
    await rename(tmp, link);
    await writeFileAtomically(join(output, 'latest.json'), `${JSON.stringify({ runId })}\n`);
    return 'copy';
  }
}

/**
 * Removes what an interrupted run left behind: temporary folders and files of
 * atomic writes (`.name.tmp-PID`, `.name.old-PID`). Called only while holding
 * the job's lock, so no running write of this job owns them.
 */
export async function removeStrays(output: string): Promise<string[]> {
  const names = await readdir(output).catch(() => [] as string[]);
  const strays = names.filter((n) => /^\..+\.(tmp|old)-\d+$/.test(n));
  for (const n of strays) await rm(join(output, n), { recursive: true, force: true });
  return strays;
}

async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) await copyFolder(join(from, entry.name), join(to, entry.name));
    else await copyFile(join(from, entry.name), join(to, entry.name));
  }
}

/** The run `latest` points at now (null when there is no `latest`). */
async function latestTarget(output: string): Promise<string | null> {
  const link = join(output, 'latest');
  const info = await lstat(link).catch(() => null);
  if (info === null) return null;
  if (info.isSymbolicLink()) return readlink(link);
  const named = await readFile(join(output, 'latest.json'), 'utf8').then((t) => JSON.parse(t) as { runId?: unknown }, () => null);
  return typeof named?.runId === 'string' ? named.runId : '';
}

/**
 * Makes `latest` point at the last run history.json lists whose folder is
 * there, whatever a killed run left (a run folder written but never added to
 * history, or history written but `latest` not yet moved); with no such run,
 * there is no `latest`. Called while holding the job's lock.
 */
export async function repairLatest(output: string, history: History): Promise<void> {
  const last = [...history.runs].reverse().find((r) => existsSync(join(output, r.runId, 'result.json')));
  const current = await latestTarget(output);
  if (last === undefined) {
    if (current !== null) await rm(join(output, 'latest'), { recursive: true, force: true });
    await rm(join(output, 'latest.json'), { force: true });
  } else if (current !== last.runId) await pointLatest(output, last.runId);
}

/**
 * Marks a job's output folder as dutylens's own (see OUTPUT_MARKER), so that
 * no input listing reads its runs or history. A folder that already holds
 * files dutylens did not write is refused: runs, latest and history.json go
 * only into a new folder or one of dutylens's own.
 */
export async function markJobOutput(output: string, field: string): Promise<void> {
  if (isOwnOutputFolder(output)) return;
  const others = (await readdir(output)).filter((n) => n !== '.lock');
  if (others.length > 0) throw new InputError(field, `the folder already holds files dutylens did not write (${others.slice(0, 3).join(', ')}${others.length > 3 ? ' …' : ''}): name a new folder for the job's output`);
  await writeFile(join(output, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
}

/**
 * The files and folders a job reads (absolute): each input entry resolved
 * against the job's folder (a glob as its fixed leading folder), and the
 * catalogue. The output folder must keep clear of them (checkOutputAgainstInputs).
 */
export function jobInputRoots(job: SettledJob): string[] {
  const patterns = [...job.inputs, ...job.organisations.flatMap((o) => o.inputs)];
  const roots = patterns.map((p) => {
    if (!isDynamicPattern(p)) return resolve(job.dir, p);
    const parts = p.split('/');
    return resolve(job.dir, ...parts.slice(0, parts.findIndex((part) => isDynamicPattern(part))));
  });
  return job.options.catalogue ? [...roots, resolve(job.workspace, job.options.catalogue)] : roots;
}
