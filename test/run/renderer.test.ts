import { describe, expect, it } from 'vitest';
import { render, REPORTER_NAMES } from '../../src/report/index.ts';
import { startRenderer } from '../../src/run/renderer.ts';
import { loadFixture } from '../report/fixture.ts';
import { dumpXlsx } from '../report/xlsx-dump.ts';

const text = (c: string | Uint8Array): string => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));

describe('the render thread', () => {
  it('renders on a worker thread exactly what render() gives in-process (xlsx compared by content)', async () => {
    const options = { lang: 'zh', heatmapOrder: 'cluster' } as const;
    const renderer = startRenderer([...REPORTER_NAMES]);
    const [threaded, inProcess] = [await renderer.render(loadFixture(), [...REPORTER_NAMES], options), await render(loadFixture(), [...REPORTER_NAMES], options)];
    expect(threaded.map((f) => f.path)).toEqual(inProcess.map((f) => f.path));
    for (const [i, f] of threaded.entries()) {
      if (f.path === 'report.xlsx') expect(await dumpXlsx(f.content as Uint8Array)).toEqual(await dumpXlsx(inProcess[i].content as Uint8Array));
      else expect(text(f.content), f.path).toBe(text(inProcess[i].content));
    }
  });

  it('reports an error raised on the thread, and renders in-process once the thread is used or closed', async () => {
    const renderer = startRenderer(['html']);
    await expect(renderer.render({ ...loadFixture(), units: null } as never, ['html'], { lang: 'zh', heatmapOrder: 'cluster' })).rejects.toThrow();
    const again = await renderer.render(loadFixture(), ['md'], { lang: 'en', heatmapOrder: 'cluster' });
    expect(again.map((f) => f.path)).toEqual(['summary.md']);
    const closed = startRenderer(['xlsx']);
    closed.close();
    expect((await closed.render(loadFixture(), ['md'], { lang: 'en', heatmapOrder: 'cluster' })).map((f) => f.path)).toEqual(['summary.md']);
  });

  it('starts no thread for JSON, CSV or Markdown only', async () => {
    const renderer = startRenderer(['json', 'csv', 'md']);
    const files = await renderer.render(loadFixture(), ['json', 'csv', 'md'], { lang: 'zh', heatmapOrder: 'cluster' });
    expect(files.map((f) => f.path)).toEqual(['result.json', 'pairs.csv', 'matrix.csv', 'summary.md']);
  });
});
