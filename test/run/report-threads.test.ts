import { describe, expect, it } from 'vitest';
import { render, REPORTER_NAMES } from '../../src/report/index.ts';
import { startReportThreads } from '../../src/run/report-threads.ts';
import { loadFixture } from '../report/fixture.ts';
import { dumpXlsx } from '../report/xlsx-dump.ts';

const text = (c: string | Uint8Array): string => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
const opts = { lang: 'zh', heatmapOrder: 'cluster' } as const;

describe('reporters on threads of their own', () => {
  it('give the same files, in the same order, as on the main thread', async () => {
    const here = await render(loadFixture(), [...REPORTER_NAMES], opts);
    const threads = startReportThreads(REPORTER_NAMES);
    try {
      const there = await render(loadFixture(), [...REPORTER_NAMES], opts, threads);
      expect(there.map((f) => f.path)).toEqual(here.map((f) => f.path));
      for (const [i, f] of here.entries()) {
        if (f.path === 'report.xlsx') expect(await dumpXlsx(there[i].content as Uint8Array)).toEqual(await dumpXlsx(f.content as Uint8Array));
        else expect(text(there[i].content)).toBe(text(f.content));
      }
    } finally {
      await threads.close();
    }
  }, 60_000);

  it("a reporter failing on its thread rejects the render, naming the reporter and the thread's error", async () => {
    const threads = startReportThreads(['html']);
    try {
      const broken = { ...loadFixture(), documents: null } as unknown as ReturnType<typeof loadFixture>;
      await expect(render(broken, ['html'], opts, threads)).rejects.toThrow(/the html report failed: .*/u);
    } finally {
      await threads.close();
    }
  }, 60_000);

  it('a thread renders once; a second render of that reporter runs on the main thread', async () => {
    const threads = startReportThreads(['html']);
    try {
      const result = loadFixture();
      expect(threads.render('html', result, opts)).not.toBeNull();
      expect(threads.render('html', result, opts)).toBeNull();
      expect(threads.render('json', result, opts)).toBeNull();
    } finally {
      await threads.close();
    }
  }, 60_000);
});
