import { describe, expect, it } from 'vitest';
import { render, REPORTER_NAMES } from '../../src/report/index.ts';
import { startReportThreads } from '../../src/run/report-threads.ts';
import { loadFixture } from '../report/fixture.ts';
import { dumpXlsx } from '../report/xlsx-dump.ts';

const text = (c: string | Uint8Array): string => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));
const opts = { lang: 'zh', heatmapOrder: 'cluster' } as const;

/** Runs `use` with threads started for `reporters`, and stops them after. */
async function withThreads<T>(reporters: Parameters<typeof startReportThreads>[0], use: (threads: ReturnType<typeof startReportThreads>) => Promise<T>): Promise<T> {
  const threads = startReportThreads(reporters);
  try {
    return await use(threads);
  } finally {
    await threads.close();
  }
}

describe('reporters on threads of their own', () => {
  it('give the same files, in the same order, as on the main thread', async () => {
    const here = await render(loadFixture(), [...REPORTER_NAMES], opts);
    const there = await withThreads(REPORTER_NAMES, (threads) => render(loadFixture(), [...REPORTER_NAMES], opts, threads));
    expect(there.map((f) => f.path)).toEqual(here.map((f) => f.path));
    for (const [i, f] of here.entries()) {
      if (f.path === 'report.xlsx') expect(await dumpXlsx(there[i].content as Uint8Array)).toEqual(await dumpXlsx(f.content as Uint8Array));
      else expect(text(there[i].content)).toBe(text(f.content));
    }
  }, 60_000);

  it("a reporter failing on its thread rejects the render, naming the reporter and the thread's error", async () => {
    const broken = { ...loadFixture(), documents: null } as unknown as ReturnType<typeof loadFixture>;
    await withThreads(['html'], (threads) => expect(render(broken, ['html'], opts, threads)).rejects.toThrow(/the html report failed: .*/u));
  }, 60_000);

  it('a thread renders once; a second render of that reporter, or one of another reporter, is left to the main thread', async () => {
    await withThreads(['html'], async (threads) => {
      const result = loadFixture();
      const first = threads.render('html', result, opts);
      expect(threads.render('html', result, opts)).toBeNull();
      expect(threads.render('json', result, opts)).toBeNull();
      expect((await first)?.map((f) => f.path)).toEqual(['index.html', 'index.en.html']);
    });
  }, 60_000);
});
