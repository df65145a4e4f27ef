import { describe, expect, it } from 'vitest';
import { defaultLang, render, REPORTER_NAMES } from '../../src/report/index.ts';
import { loadFixture } from './fixture.ts';
import { expectGolden } from './golden.ts';
import { dumpXlsx } from './xlsx-dump.ts';

const text = (c: string | Uint8Array): string => (typeof c === 'string' ? c : Buffer.from(c).toString('utf8'));

describe('render', () => {
  it('render(result, all reporters) returns the seven files (the HTML in both languages), each once', async () => {
    const files = await render(loadFixture(), [...REPORTER_NAMES, 'html'], { lang: 'zh', heatmapOrder: 'cluster' });
    expect(files.map((f) => f.path)).toEqual(['index.html', 'index.en.html', 'result.json', 'pairs.csv', 'matrix.csv', 'report.xlsx', 'summary.md']);
  });

  it('render(result, reporters) is deterministic: two renders give identical bytes (xlsx compared by content)', async () => {
    const opts = { lang: 'zh', heatmapOrder: 'cluster' } as const;
    const [first, second] = [await render(loadFixture(), [...REPORTER_NAMES], opts), await render(loadFixture(), [...REPORTER_NAMES], opts)];
    for (const [i, f] of first.entries()) {
      if (f.path === 'report.xlsx') expect(await dumpXlsx(f.content as Uint8Array)).toEqual(await dumpXlsx(second[i].content as Uint8Array));
      else expect(text(second[i].content)).toBe(text(f.content));
    }
  });

  it('defaultLang(result) is zh when most duties are in Chinese documents, en otherwise', () => {
    const r = loadFixture();
    expect(defaultLang(r)).toBe('zh');
    const englishOnly = { ...r, documents: r.documents.filter((d) => d.language === 'en'), units: r.units.filter((u) => u.documentId === 'acme-roles') };
    expect(defaultLang({ ...englishOnly, duties: r.duties.filter((d) => englishOnly.units.some((u) => u.id === d.unitId)) })).toBe('en');
  });
});

describe('golden files (UPDATE_GOLDEN=1 rewrites them)', () => {
  it('index.html (zh) matches test/golden/report/index.html', async () => {
    const [html] = await render(loadFixture(), ['html'], { lang: 'zh', heatmapOrder: 'cluster' });
    expectGolden('index.html', html.content);
  });

  it('index.html (en, document order) matches test/golden/report/index.en.html', async () => {
    const [html] = await render(loadFixture(), ['html'], { lang: 'en', heatmapOrder: 'document' });
    expectGolden('index.en.html', html.content);
  });

  it('result.json, pairs.csv, matrix.csv and summary.md match their golden files', async () => {
    const files = await render(loadFixture(), ['json', 'csv', 'md'], { lang: 'zh', heatmapOrder: 'cluster' });
    for (const f of files) expectGolden(f.path, f.content);
  });

  it('summary.md (en) matches test/golden/report/summary.en.md', async () => {
    const [md] = await render(loadFixture(), ['md'], { lang: 'en', heatmapOrder: 'cluster' });
    expectGolden('summary.en.md', md.content);
  });

  it('report.xlsx sheet values match test/golden/report/report.xlsx.json', async () => {
    const [xlsx] = await render(loadFixture(), ['xlsx'], { lang: 'zh', heatmapOrder: 'cluster' });
    expectGolden('report.xlsx.json', JSON.stringify(await dumpXlsx(xlsx.content as Uint8Array), null, 1) + '\n');
  });
});
