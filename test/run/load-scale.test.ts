import { createWriteStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/run/load.ts';
import { tempDir } from '../ingest/temp-dir.ts';

/**
 * Enterprise-size inputs load whole: nothing on the way passes a data-sized
 * array as call arguments (`push(...rows)` throws "Maximum call stack size
 * exceeded" from about 100k items on). The files are generated here; the
 * tests take some seconds each.
 */

/** Writes `lines` to `file` in pieces, so the test's own strings stay small. */
async function writeLines(file: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) if (!out.write(line(i))) await new Promise<void>((ok) => out.once('drain', () => ok()));
  await new Promise<void>((ok, fail) => out.end((error?: Error | null) => (error ? fail(error) : ok())));
}

describe('loadModel at enterprise size', () => {
  it('loads a 300,000-row duty table', { timeout: 180_000 }, async () => {
    const { dir } = await tempDir();
    const file = `${dir}/全集团职责.csv`;
    await writeLines(file, 300_001, (i) => (i === 0 ? '部门,处室,职责\n' : `部门${(i % 900) % 40},处室${i % 900},负责第${i}项业务的计划编制与组织实施\n`));
    const { model, errors } = await loadModel([file], { language: 'auto' });
    expect(errors).toEqual([]);
    expect(model.duties).toHaveLength(300_000);
    expect(model.units).toHaveLength(40 + 900);
    expect(model.duties.at(-1)!.text).toBe('负责第300000项业务的计划编制与组织实施');
  });

  it('loads a 1,000,000-duty org model', { timeout: 180_000 }, async () => {
    const { dir } = await tempDir();
    const file = `${dir}/org.json`;
    const source = '{"file":"org.json","line":1}';
    const units = 1000;
    const head =
      `{"orgModelVersion":2,"tool":{"name":"dutylens","version":"0.1.0"},` +
      `"documents":[{"id":"d","title":"集团","source":${source},"language":"zh","script":"simplified","organisation":"d"}],"units":[` +
      Array.from({ length: units }, (_, u) => `{"id":"d/u${u}","documentId":"d","name":"处室${u}","kind":"office","parentId":null,"path":["处室${u}"],"attributes":{},"source":${source}}`).join(',') +
      '],"duties":[';
    const duty = (i: number) =>
      `{"id":"d/u${i % units}/${i}","unitId":"d/u${i % units}","parentId":null,"level":0,"number":null,"text":"负责第${i}项业务","normalized":"负责第${i}项业务","role":"lead","proposed":false,"note":null,"links":[],"source":${source}}`;
    await writeLines(file, 1_000_002, (i) => (i === 0 ? head : i === 1_000_001 ? ']}' : `${i > 1 ? ',' : ''}${duty(i - 1)}`));
    const { model, errors } = await loadModel([file], { language: 'auto' });
    expect(errors).toEqual([]);
    expect(model.duties).toHaveLength(1_000_000);
    expect(model.units).toHaveLength(units);
    expect(model.duties.at(-1)!.id).toBe('d/u999/999999');
  });
});
