import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, statfsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { History } from '../../src/run/history.ts';
import { cli, hashTree, readJson, REPO, workspace } from './cli-workspace.ts';
import { killPoints } from './kill-points.ts';

const SEED = readFileSync(join(REPO, 'seeds', '001_94b0fa48ae8414f2.txt'));
const JOB = 'name: one\ninputs: [../docs]\nreport: { reporters: [json, md, html] }\n';
const DAY1 = { DUTYLENS_NOW: '2030-01-01T08:00:00Z' };
const DAY2 = { DUTYLENS_NOW: '2030-01-02T08:00:00Z' };

/** Names an interrupted or failed write may leave behind. */
const strays = async (dir: string) => (await readdir(dir)).filter((n) => /\.(tmp|old)-\d+$/u.test(n));

describe('dutylens run: kill -9 at random points', () => {
  it('leaves latest on a run history.json lists, and the next run succeeds (3 points; `npx tsx test/run/kill-points.ts 20` for more)', async () => {
    const outcomes = await killPoints(3, 20301);
    expect(outcomes.map((o) => o.problems)).toEqual([[], [], []]);
  }, 300_000);
});

describe('dutylens run: two runs of one job at once', () => {
  it('one runs, the other runs after it or says the job is already running; history and latest stay consistent', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'analysis/one.yaml': JOB });
    // One clock for both: the lock judges staleness by the run's clock, and a day apart would make it stale.
    const [a, b] = await Promise.all([cli(ws, ['run', 'analysis/one.yaml', '--force'], DAY1), cli(ws, ['run', 'analysis/one.yaml', '--force'], DAY1)]);
    for (const r of [a, b]) {
      if (r.code === 2) expect(r.stderr.trim()).toMatch(/^dutylens: analysis\/one\.yaml: job one is already running \(pid \d+, since .*\); try again later$/u);
      else expect(r.code, r.stderr).toBe(0);
    }
    expect([a.code, b.code]).toContain(0);
    const out = join(ws, 'reports', 'one');
    const history = await readJson<History>(join(out, 'history.json'));
    expect(history.runs).toHaveLength([a, b].filter((r) => r.code === 0).length);
    expect(readlinkSync(join(out, 'latest'))).toBe(history.runs.at(-1)!.runId);
    expect(await strays(out)).toEqual([]);
    expect((await readdir(out)).includes('.lock')).toBe(false);
  }, 120_000);
});

describe('dutylens run: bad inputs', () => {
  it('names each bad input once, and an unchanged rerun still names it and exits 2', async () => {
    const ws = await workspace({ 'docs/a.txt': SEED, 'docs/scan.pdf': '%PDF-1.4\n', 'analysis/one.yaml': JOB });
    const first = await cli(ws, ['run', 'analysis/one.yaml'], DAY1);
    expect(first.code).toBe(2);
    expect(first.stderr.match(/scan\.pdf: /gu), first.stderr).toHaveLength(1);
    const again = await cli(ws, ['run', 'analysis/one.yaml', '--json'], DAY2);
    expect(again.code).toBe(2);
    expect(again.stderr.match(/scan\.pdf: /gu), again.stderr).toHaveLength(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'unchanged', exitCode: 2, errors: [expect.stringContaining('scan.pdf: ')] });
  }, 120_000);
});

/** A small tmpfs mounted for the test, or the reason it cannot be. */
function mountTmpfs(dir: string, size: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0] || 'mount failed';
  }
}

/** Fills the file system holding `dir` until `leave` bytes are free. */
async function fill(dir: string, leave: number): Promise<void> {
  const { bavail, bsize } = statfsSync(dir);
  await writeFile(join(dir, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - leave)));
}

describe('a full disk', () => {
  it('analyze, run and extract say so in one line, exit 2, leave the previous report intact and no temporary files', async (ctx) => {
    const disk = join(await workspace({}), 'disk');
    await mkdir(disk);
    const cannot = mountTmpfs(disk, '4m');
    if (cannot !== null) {
      console.warn(`disk-full test skipped: cannot mount a tmpfs here (${cannot})`);
      ctx.skip();
    }
    try {
      await mkdir(join(disk, 'docs'));
      await mkdir(join(disk, 'analysis'));
      await writeFile(join(disk, 'docs', 'a.txt'), SEED);
      await writeFile(join(disk, 'analysis', 'one.yaml'), JOB);
      for (const args of [['analyze', 'docs'], ['run', 'analysis/one.yaml']]) {
        const r = await cli(disk, args, DAY1);
        expect(r.code, r.stderr).toBe(0);
      }
      const before = await hashTree(join(disk, 'reports'));
      const history = await readFile(join(disk, 'reports', 'one', 'history.json'), 'utf8');
      await fill(disk, 8 * 1024);
      const cases: [string[], RegExp][] = [
        [['analyze', 'docs', '-q'], /^dutylens: disk full while writing reports\/latest: the previous report is intact$/u],
        [['run', 'analysis/one.yaml', '--force', '-q'], /^dutylens: disk full while writing .*: the previous (report|file) is intact$/u],
        [['extract', 'docs', '-o', 'm.yaml', '-q'], /^dutylens: disk full while writing m\.yaml: the previous file is intact$/u],
      ];
      for (const [args, line] of cases) {
        const r = await cli(disk, args, DAY2);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr.trim()).toMatch(line);
      }
      expect(await hashTree(join(disk, 'reports'))).toEqual(before);
      expect(await readFile(join(disk, 'reports', 'one', 'history.json'), 'utf8')).toBe(history);
      for (const dir of [disk, join(disk, 'reports'), join(disk, 'reports', 'one')]) expect(await strays(dir)).toEqual([]);
      await rm(join(disk, 'filler'));
      const after = await cli(disk, ['run', 'analysis/one.yaml', '--force', '-q'], DAY2);
      expect(after.code, after.stderr).toBe(0);
    } finally {
      execFileSync('umount', [disk]);
    }
  }, 180_000);
});
