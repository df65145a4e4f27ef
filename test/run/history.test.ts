import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRun, readHistory, trendOf, type RunRecord } from '../../src/run/history.ts';
import { runIdOf } from '../../src/run/run-job-plan.ts';

const record = (runId: string, conflicts: number): RunRecord => ({
  runId,
  startedAt: '2030-01-01T00:00:00.000Z',
  fingerprint: 'f',
  toolVersion: 't',
  documents: 1,
  units: 2,
  duties: 3,
  pairs: 4,
  conflicts,
  gaps: 5,
  openConflicts: conflicts,
  openGaps: 5,
  newConflicts: 0,
  newGaps: 0,
  changes: null,
});

describe('history', () => {
  it('appendRun keeps runs in completion order and trendOf lists their figures oldest first', () => {
    let h = { historyVersion: 1 as const, job: 'j', runs: [] as RunRecord[] };
    h = appendRun(h, record('20300101T000000Z-a', 1));
    h = appendRun(h, record('20300102T000000Z-b', 2));
    // A clock set back does not make an older run the latest.
    h = appendRun(h, record('20291231T000000Z-c', 3));
    expect(h.runs.at(-1)?.runId).toBe('20291231T000000Z-c');
    h = { ...h, runs: h.runs.slice(0, 2) };
    expect(trendOf(h)).toEqual([
      { runId: '20300101T000000Z-a', conflicts: 1, gaps: 5, duties: 3 },
      { runId: '20300102T000000Z-b', conflicts: 2, gaps: 5, duties: 3 },
    ]);
  });

  it('readHistory starts empty without a file and refuses a corrupt one instead of resetting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dutylens-history-'));
    try {
      expect((await readHistory(dir, 'j')).runs).toEqual([]);
      await writeFile(join(dir, 'history.json'), '{"historyVersion": 1, "job": "j", "runs": [');
      await expect(readHistory(dir, 'j')).rejects.toThrow(/not valid JSON/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runIdOf(startedAt, …) sorts by time and stays unique', () => {
    const h = { historyVersion: 1 as const, job: 'j', runs: [record('20300101T020304Z-abcdef12', 0)] };
    const at = new Date('2030-01-01T02:03:04.567Z');
    expect(runIdOf(at, 'abcdef1234', { ...h, runs: [] }, '/nonexistent')).toBe('20300101T020304Z-abcdef12');
    expect(runIdOf(at, 'abcdef1234', h, '/nonexistent')).toBe('20300101T020304Z-abcdef12-2');
    expect(runIdOf(new Date('2030-01-01T02:03:05Z'), '00000000', h, '/nonexistent') > '20300101T020304Z-abcdef12').toBe(true);
  });
});
