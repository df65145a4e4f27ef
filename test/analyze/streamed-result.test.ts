import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultSchema, resultParts, type Result, type ResultParts } from '../../src/model.ts';
import { resultJson, resultJsonChunks } from '../../src/report/json-report.ts';
import { renderParts } from '../../src/report/index.ts';
import { writeFolderAtomically } from '../../src/run/write-output.ts';
import { seedsParts, seedsResult } from './seeds-result.ts';

describe('result.json written as a stream from compact pairs', () => {
  let whole: Result;
  let parts: ResultParts;
  const dir = mkdtempSync(join(tmpdir(), 'dutylens-stream-'));
  beforeAll(async () => {
    whole = await seedsResult();
    parts = await seedsParts();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the chunks of a whole result join to exactly resultJson(result), which parses back to the result', () => {
    const text = [...resultJsonChunks(resultParts(whole))].join('');
    expect(text).toBe(resultJson(whole));
    expect(ResultSchema.parse(JSON.parse(text))).toEqual(ResultSchema.parse(whole));
    // Layout: the top level indented, every item of a top-level array on a line of its own.
    const lines = text.split('\n');
    for (const pair of whole.pairs.slice(0, 50)) expect(lines).toContain(`    ${JSON.stringify(pair)},`);
    expect(lines).toContain(`    ${JSON.stringify(whole.duties.at(-1))}`);
    expect(lines.filter((line) => line.startsWith('  "')).map((line) => JSON.parse(line.slice(2).split(':')[0]))).toEqual(Object.keys(ResultSchema.shape).filter((k) => k in whole));
  });

  it('analyzeParts expands every compact pair into the same pair the whole result holds', () => {
    expect(parts.pairCount).toBe(whole.pairs.length);
    for (let k = 0; k < parts.pairCount; k++) expect(parts.pairAt(k)).toEqual(whole.pairs[k]);
    expect(parts.head.summary).toEqual(whole.summary);
    expect(parts.head.matrix).toEqual(whole.matrix);
  });

  it('a JSON-only report is streamed to disk, byte for byte the whole result.json', async () => {
    const { files, skipped } = await renderParts(parts, ['json'], { lang: 'zh', heatmapOrder: 'cluster' });
    expect(skipped).toEqual([]);
    expect(files.map((f) => ('chunks' in f ? 'streamed' : 'whole'))).toEqual(['streamed']);
    await writeFolderAtomically(join(dir, 'out'), files);
    expect(readFileSync(join(dir, 'out', 'result.json'), 'utf8')).toBe(resultJson(whole));
  });

  it('above the pair limit of the whole-result reports, only result.json is written (as a stream) and the others are named as skipped', async () => {
    const options = { lang: 'zh', heatmapOrder: 'cluster' } as const;
    const small = await renderParts(parts, ['html', 'json', 'md'], options, parts.pairCount);
    expect(small.files.map((f) => f.path)).toEqual(['index.html', 'index.en.html', 'result.json', 'summary.md']);
    const large = await renderParts(parts, ['html', 'json', 'md'], options, parts.pairCount - 1);
    expect(large.skipped).toEqual(['html', 'md']);
    expect(large.files.map((f) => [f.path, 'chunks' in f])).toEqual([['result.json', true]]);
  });

  it('refuses a head with a field the schema does not know', () => {
    const bad = { ...parts, head: { ...parts.head, extra: 1 } as ResultParts['head'] };
    expect(() => [...resultJsonChunks(bad)]).toThrow(/extra/);
  });
});
