import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, pidIsAlive } from '../../src/run/lock.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function lockFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dutylens-lock-'));
  dirs.push(dir);
  return join(dir, 'job', '.lock');
}

const now = () => new Date('2030-01-01T12:00:00Z');
const options = (alive: (pid: number) => boolean) => ({ pid: 4242, now, staleAfterMs: 60 * 60_000, isAlive: alive });

describe('acquireLock(file, options)', () => {
  it('lets one holder in at a time and frees the lock on release', async () => {
    const file = await lockFile();
    const first = await acquireLock(file, options(() => true));
    expect(first.held).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ pid: 4242, startedAt: '2030-01-01T12:00:00.000Z' });
    const second = await acquireLock(file, options(() => true));
    expect(second).toEqual({ held: false, owner: { pid: 4242, startedAt: '2030-01-01T12:00:00.000Z' } });
    if (first.held) await first.release();
    expect((await acquireLock(file, options(() => true))).held).toBe(true);
  });

  it('takes over a lock whose process is gone, or which is older than the stale limit', async () => {
    const file = await lockFile();
    await acquireLock(file, options(() => true));
    const dead = await acquireLock(file, options(() => false));
    expect(dead).toMatchObject({ held: true, recovered: { pid: 4242 } });
    await writeFile(file, JSON.stringify({ pid: process.pid, startedAt: '2029-12-31T00:00:00Z' }));
    expect((await acquireLock(file, options(() => true))).held).toBe(true);
  });
});

describe('pidIsAlive(pid)', () => {
  it('is true for this process and false for no process', () => {
    expect(pidIsAlive(process.pid)).toBe(true);
    expect(pidIsAlive(0)).toBe(false);
    expect(pidIsAlive(2 ** 22 + 12345)).toBe(false);
  });
});
