import { copyFile, lstat, mkdir, readdir, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
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
