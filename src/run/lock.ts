import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What a lock file holds: who holds it and since when. */
export interface LockOwner {
  pid: number;
  /** ISO time the lock was taken. */
  startedAt: string;
}

/** How locks are taken and judged stale. */
export interface LockOptions {
  /** This process's id (written into the lock). */
  pid: number;
  now: () => Date;
  /** A lock older than this is stale even if its pid is alive (the pid may have been reused). */
  staleAfterMs: number;
  /** Whether a pid is a running process; injectable for tests. */
  isAlive: (pid: number) => boolean;
}

/** The outcome of trying to lock: held (with a release function), or busy (with the holder). */
export type LockResult = { held: true; release: () => Promise<void>; recovered: LockOwner | null } | { held: false; owner: LockOwner };

/**
 * Takes a job's lock file (`reports/<job>/.lock`) so that two runs of one job
 * never interleave. The file is created with the `wx` flag, which fails if it
 * exists, so taking the lock is one atomic step. A lock whose pid is gone, or
 * which is older than `staleAfterMs`, or which cannot be read, is stale: it is
 * removed and taken once more.
 */
export async function acquireLock(file: string, options: LockOptions): Promise<LockResult> {
  // A staleness of 0 or less would make every lock stale, so that two runs of a job could interleave.
  if (!(options.staleAfterMs > 0)) throw new RangeError(`lock staleness must be more than 0 ms (got ${options.staleAfterMs})`);
  await mkdir(dirname(file), { recursive: true });
  let recovered: LockOwner | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const owner: LockOwner = { pid: options.pid, startedAt: options.now().toISOString() };
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(`${JSON.stringify(owner)}\n`);
      } catch (error) {
        // A lock that cannot be written (a full disk) is not left behind half-made.
        await handle.close().catch(() => {});
        await rm(file, { force: true });
        throw error;
      }
      await handle.close();
      return { held: true, release: () => rm(file, { force: true }), recovered };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = await readOwner(file);
    if (current && !isStale(current, options)) return { held: false, owner: current };
    // An unreadable lock may be one another run has just created and not yet written: give it a moment.
    if (!current && (await isFresh(file))) return { held: false, owner: { pid: 0, startedAt: '' } };
    recovered = current ?? { pid: 0, startedAt: '' };
    await rm(file, { force: true });
  }
  const current = await readOwner(file);
  return { held: false, owner: current ?? { pid: 0, startedAt: '' } };
}

/** True when the lock's owner is gone or the lock is too old to trust. */
export function isStale(owner: LockOwner, options: Pick<LockOptions, 'now' | 'staleAfterMs' | 'isAlive'>): boolean {
  const started = Date.parse(owner.startedAt);
  if (!Number.isFinite(started)) return true;
  if (options.now().getTime() - started > options.staleAfterMs) return true;
  return !options.isAlive(owner.pid);
}

/** Whether a process with this pid runs (signal 0 checks without signalling; EPERM means it runs as someone else). */
export function pidIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof data.pid === 'number' && typeof data.startedAt === 'string' ? { pid: data.pid, startedAt: data.startedAt } : null;
  } catch {
    // A lock caught half-written, or removed meanwhile: treated as stale.
    return null;
  }
}

/** True for a file modified in the last few seconds (wall clock: this is about the file system, not the run's clock). */
async function isFresh(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < 5000;
}
