import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { changesMarkdown } from '../../src/report/changes-md.ts';
import { diffResults, countChanges } from '../../src/findings/diff.ts';
import { groupBoilerplate } from '../../src/findings/generic-groups.ts';
import { csvField, toCsv } from '../../src/report/csv.ts';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { xlsxReport } from '../../src/report/xlsx-report.ts';
import { buildResult } from '../run/result-builder.ts';
import { loadFixture } from './fixture.ts';

describe('csvField(value) against CSV injection (OWASP)', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tleading tab', '\rleading CR'])(
    'csvField(%j) starts with a quote mark inside quotes, so a spreadsheet shows text',
    (cell) => {
      const field = csvField(cell);
      expect(field.startsWith(`"'`)).toBe(true);
      expect(field.slice(2, -1).replace(/""/g, '"')).toBe(cell);
    },
  );

  it('csvField(value) leaves numbers, inner signs and plain text alone', () => {
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('负责 = 号后面的内容')).toBe('负责 = 号后面的内容');
    expect(toCsv([['a-b', '=x']])).toBe('\uFEFFa-b,"\'=x"\r\n');
  });
});

describe('changesMarkdown(changes) escapes document text', () => {
  it('changesMarkdown(changes) shows markup in a duty, a unit and a document id literally', () => {
    const before = buildResult({ doc: '<b>doc</b>', duties: [['市场部<br>', '负责市场调研']] });
    const after = buildResult({ doc: '<b>doc</b>', duties: [['市场部<br>', '负责市场调研'], ['市场部<br>', '<img src=x onerror=alert(1)> 负责[链接](javascript:alert(1))']] });
    const changes = diffResults(before, after);
    const md = changesMarkdown(changes, countChanges(changes), 'en');
    expect(md).not.toMatch(/(^|[^\\])<(img|b|br)\b/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[链接\\](javascript:alert(1))');
    expect(md).toContain('\\<b\\>doc\\</b\\> › 市场部\\<br\\>');
  });
});

describe('the report page with a malformed link', () => {
  const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };

  it('htmlReport(result) runs its script without an error when the hash is a cut-off escape (#%E0%A4%A)', () => {
    const errors: string[] = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (error) => errors.push(error.message));
    const dom = new JSDOM(htmlReport(loadFixture(), OPTIONS), { runScripts: 'dangerously', url: 'https://example.test/index.html#%E0%A4%A', virtualConsole });
    dom.window.location.hash = '#%';
    dom.window.dispatchEvent(new dom.window.HashChangeEvent('hashchange'));
    dom.window.close();
    expect(errors).toEqual([]);
  });
});

describe('deterministic outputs', () => {
  it('xlsxReport(result) gives the same bytes when written twice, a second apart', async () => {
    const result = loadFixture();
    const first = await xlsxReport(result, 'zh', 'cluster');
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip dates have a 2-second resolution
    const second = await xlsxReport(result, 'zh', 'cluster');
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('groupBoilerplate(duties) labels a group the same whatever order its rows come in', () => {
    const duty = (id: string, unitId: string, normalized: string) => ({ id, unitId, organisation: 'doc', normalized, category: 'generic' as const });
    const duties = [duty('a', 'U1', '完成上级交给的其他工作'), duty('b', 'U2', '完成领导交办的其他工作'), duty('c', 'U3', '完成领导交办的其他工作')];
    const labels = [duties, [...duties].reverse(), [duties[1], duties[0], duties[2]]].map((d) => groupBoilerplate(d, 4).groups[0].label);
    expect(new Set(labels)).toEqual(new Set(['完成领导交办的其他工作']));
  });
});
