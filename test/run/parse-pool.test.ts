import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/ingest/read-inputs.ts';
import { loadModel } from '../../src/run/load.ts';
import { parseIngested } from '../../src/run/parse-ingested.ts';
import { parseFiles } from '../../src/run/parse-pool.ts';

describe('parseFiles', () => {
  it('parseFiles(files) on a worker thread gives every file the parse the main thread gives it, in file order', { timeout: 60_000 }, async () => {
    const { files } = await readInputs(['seeds/'], { strict: false });
    const serial = files.map((f) => parseIngested(f, { language: 'auto' }));
    const threads = new Set<number>();
    const pooled = await parseFiles(files, () => ({ language: 'auto' }), { threads: 2, parallelFrom: 0, chunkSize: 1, mainThread: false, onChunk: (_, thread) => threads.add(thread) });
    expect([...threads]).toEqual([1]);
    expect(pooled).toEqual(serial);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
  });

  it('loadModel(paths, { pool }) builds the same org model whether files are parsed on one thread or two', { timeout: 60_000 }, async () => {
    const one = await loadModel(['seeds/'], { language: 'auto', pool: { threads: 1 } });
    const two = await loadModel(['seeds/'], { language: 'auto', pool: { threads: 2, parallelFrom: 0, chunkSize: 2, mainThread: false } });
    expect(JSON.stringify(two.model)).toBe(JSON.stringify(one.model));
    expect(two.readings).toEqual(one.readings);
    expect(two.warnings).toEqual(one.warnings);
  });

  it('parseFiles(files) leaves tables on the main thread: only text documents count towards parallelFrom', async () => {
    const rows = Array.from({ length: 2000 }, (_, k) => ({ path: [`部门${k % 7}`], duty: `负责第${k}项业务的计划编制与组织实施`, line: k + 2 }));
    const table = (n: number) => ({ kind: 'table' as const, file: `t${n}.csv`, format: 'csv' as const, columns: { unit: ['部门'], duty: '职责' }, rows });
    const threads = new Set<number>();
    await parseFiles([table(1), table(2), table(3)], () => ({}), { threads: 2, parallelFrom: 10_000, chunkSize: 1, onChunk: (_, thread) => threads.add(thread) });
    expect([...threads]).toEqual([]);
  });

  it('parseFiles(files) stays on the main thread below parallelFrom characters', async () => {
    const { files } = await readInputs(['seeds/'], { strict: false });
    const threads = new Set<number>();
    await parseFiles(files, () => ({}), { threads: 2, onChunk: (_, thread) => threads.add(thread) });
    expect([...threads]).toEqual([]);
  });
});
