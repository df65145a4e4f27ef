import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createWriteStream, existsSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { DiskFullError, hasErrorCode, InputError } from '../util/errors.ts';
import { isOwnOutputFolder, OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from '../ingest/own-output.ts';
import { pidIsAlive } from './lock.ts';
import { removeOnExit } from './temp-paths.ts';

/** A file to write: a path relative to the output folder, and its content whole or as a stream of text chunks. */
export type OutputFile = { path: string; content: string | Uint8Array } | { path: string; chunks: Iterable<string> };

/** Writes text chunks to a file, waiting whenever the stream's buffer is full. */
async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  failed.catch(() => {}); // awaited below through Promise.race; this only marks it handled
  try {
    for (const chunk of chunks) if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  } finally {
    out.end();
  }
  await Promise.race([once(out, 'finish'), failed]);
}

/** Names of the temporary siblings of an atomic write of `name` by process `pid`. */
function siblings(name: string, pid: number): { tmp: string; old: string } {
  return { tmp: `.${name}.tmp-${pid}`, old: `.${name}.old-${pid}` };
}

/** Creates a folder (and its parents); a file in the way is named as bad output, not thrown as ENOTDIR. */
async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    if (hasErrorCode(error, 'EEXIST', 'ENOTDIR')) throw new InputError(folder, 'is a file, not a folder: name a folder to write into');
    if (hasErrorCode(error, 'ENOSPC', 'EDQUOT')) throw new DiskFullError(folder, 'folder', { cause: error });
    throw error;
  }
}

/**
 * Tidies what a killed write of `target` left beside it (`.name.tmp-PID`,
 * `.name.old-PID` of processes that no longer run): a temporary copy is
 * removed; the previous version, set aside just before the kill, is put back
 * when nothing replaced it, and removed otherwise.
 */
export async function recoverInterruptedWrite(target: string): Promise<void> {
  const parent = dirname(target);
  const name = basename(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const n of names) {
    if (!n.startsWith(`.${name}.`)) continue;
    const m = /\.(tmp|old)-(\d+)$/u.exec(n.slice(name.length + 1));
    if (!m || `.${name}.${m[1]}-${m[2]}` !== n) continue;
    const pid = Number(m[2]);
    if (pid === process.pid || pidIsAlive(pid)) continue;
    if (m[1] === 'old' && !existsSync(target)) await rename(join(parent, n), target);
    else await rm(join(parent, n), { recursive: true, force: true });
  }
}

/** Refuses to replace a file, or a folder with content that dutylens did not write (the user's documents): an InputError naming it. */
export async function checkReplaceable(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) throw new InputError(dir, 'is a file; a report is written as a folder: name a new folder');
  if ((await readdir(dir)).length === 0 || isOwnOutputFolder(dir)) return;
  throw new InputError(dir, 'exists and is not a dutylens report folder; dutylens replaces only its own reports: name a new or empty folder');
}

/** Runs a write into a temporary path; on any failure the temporary path is removed, and a full disk is said as such. */
async function writingTo<T>(tmp: string, target: string, kind: 'folder' | 'file', write: () => Promise<T>): Promise<T> {
  const forget = removeOnExit(tmp);
  try {
    return await write();
  } catch (error) {
    await rm(tmp, { recursive: true, force: true }).catch(() => {});
    if (hasErrorCode(error, 'ENOSPC', 'EDQUOT')) throw new DiskFullError(target, kind, { cause: error });
    throw error;
  } finally {
    forget();
  }
}

/**
 * Writes a whole output folder atomically: everything goes into a fresh
 * sibling folder first, which then replaces the old one by rename. An
 * interrupted or failed write leaves the previous report untouched: the
 * temporary folder is removed on every exit path but a kill, and the next
 * write of the same folder tidies after a kill (recoverInterruptedWrite).
 * The folder gets the output marker, so that dutylens never reads it as
 * input; an existing folder without it is never replaced (checkReplaceable).
 */
export async function writeFolderAtomically(dir: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(dir);
  await ensureFolder(parent);
  await recoverInterruptedWrite(dir);
  await checkReplaceable(dir);
  const { tmp, old } = siblings(basename(dir), process.pid);
  await writingTo(join(parent, tmp), dir, 'folder', async () => {
    const at = join(parent, tmp);
    await rm(at, { recursive: true, force: true });
    await mkdir(at, { recursive: true });
    for (const f of files) {
      const target = join(at, f.path);
      await mkdir(dirname(target), { recursive: true });
      if ('chunks' in f) await writeChunks(target, f.chunks);
      else await writeFile(target, f.content);
    }
    if (!files.some((f) => f.path === OUTPUT_MARKER)) await writeFile(join(at, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    if (!existsSync(dir)) return rename(at, dir);
    await rename(dir, join(parent, old));
    try {
      await rename(at, dir);
    } catch (error) {
      await rename(join(parent, old), dir);
      throw error;
    }
    await rm(join(parent, old), { recursive: true, force: true });
  });
}

/** Writes one file atomically: to a temporary sibling, then renamed over the target (never over a folder). */
export async function writeFileAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await ensureFolder(dirname(file));
  if ((await stat(file).catch(() => null))?.isDirectory()) throw new InputError(file, 'is a folder: name a file to write');
  const tmp = join(dirname(file), siblings(basename(file), process.pid).tmp);
  await writingTo(tmp, file, 'file', async () => {
    await writeFile(tmp, content);
    await rename(tmp, file);
  });
}
