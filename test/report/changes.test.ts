import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { changesHtml } from '../../src/report/html-changes.ts';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { label } from '../../src/report/i18n.ts';
import { indexResult } from '../../src/report/result-index.ts';
import { loadFixture } from './fixture.ts';

const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };

describe('changes since the previous run', () => {
  const result = loadFixture();
  const index = indexResult(result);

  it('changesHtml(index, undefined) is empty: a run that is not scheduled shows nothing', () => {
    expect(changesHtml(index, undefined, 'zh', 8)).toBe('');
    const { document } = new JSDOM(htmlReport({ ...result, changes: undefined }, OPTIONS)).window;
    expect(document.querySelector('#changes')).toBeNull();
  });

  it('changesHtml(index, empty changes) says "no changes since the previous run"', () => {
    const html = changesHtml(index, { previousRun: 'r1', duties: [], pairs: [], gaps: [] }, 'en', 8);
    expect(html).toContain(label('en', 'noChanges'));
    expect(html).not.toContain('<ul');
  });

  it('changesHtml(index, changes) counts every kind and lists them, folding a list longer than the limit', () => {
    const { document } = new JSDOM(`<body>${changesHtml(index, result.changes, 'zh', 8)}</body>`).window;
    const counts = document.querySelector('table.change-counts')!.textContent!;
    expect(counts).toContain('新增 5');
    expect(counts).toContain('改写 2');
    expect(counts).toContain('已消除 1');
    expect(counts).toContain('已补上 1');
    const duties = document.querySelectorAll('ul.change-list li');
    expect(duties).toHaveLength(result.changes!.duties.length + result.changes!.pairs.length + result.changes!.gaps.length);
    expect(document.querySelectorAll('details.more')).toHaveLength(1);
    expect(document.querySelector('details.more')!.textContent).toContain('展开其余 1 项');
  });

  it('changesHtml(index, changes) shows a reworded duty before and after, and markup in texts literally', () => {
    const { document } = new JSDOM(`<body>${changesHtml(index, result.changes, 'zh', 8)}</body>`).window;
    expect(document.querySelector('del')!.textContent).toBe('负责竞争对手信息的收集与分析。');
    expect(document.querySelector('ins')!.textContent).toContain('按月编制竞争分析报告');
    expect([...document.querySelectorAll('b')].some((b) => b.textContent === '新媒体')).toBe(false);
    expect(document.body.textContent).toContain('<b>新媒体</b>');
  });

  it('htmlReport(result) puts the changes at the top of the page, after what to fix first and before the totals', () => {
    const { document } = new JSDOM(htmlReport(result, OPTIONS)).window;
    const ids = [...document.querySelector('main')!.children].map((e) => e.id);
    expect(ids.indexOf('changes')).toBeLessThanOrEqual(1);
    expect(ids.indexOf('changes')).toBeLessThan(ids.indexOf('documents'));
    if (ids.indexOf('changes') === 1) expect(ids[0]).toBe('priorities');
  });
});
