import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { shellWord } from '../../src/report/html-readings.ts';
import { label } from '../../src/report/i18n.ts';
import { summaryMd } from '../../src/report/summary-md.ts';
import { loadFixture } from './fixture.ts';

const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };
const NOTHING = 'samples/会议 纪要.txt';

describe('how your documents were read, in the HTML report', () => {
  const result = loadFixture();
  const page = (lang: 'zh' | 'en' = 'zh') => new JSDOM(htmlReport(result, { ...OPTIONS, lang })).window.document;

  it('htmlReport(result) has the section after the findings, a line with a link on the front page and an entry in the navigation', () => {
    const document = page();
    const section = document.getElementById('readings')!;
    expect(section.querySelector('h2')!.textContent).toBe('文档读取情况');
    const main = [...document.querySelector('main')!.children];
    expect(main.indexOf(section)).toBe(main.length - 1);
    expect(main.indexOf(section)).toBeGreaterThan(main.findIndex((e) => e.matches('section.doc')));
    expect(document.querySelector('#documents .reading-note a[href="#readings"]')).not.toBeNull();
    expect(document.querySelector('#documents .reading-note')!.textContent).toContain('读取 5 个文件：13 个单位、44 项职责，使用了 79% 的文本；2 个文件没有读出职责。');
    expect(document.querySelector('nav.toc a[href="#readings"]')!.className).toBe('nav-alert');
  });

  it('htmlReport(result) marks a file that yielded nothing, first, with the command that shows why', () => {
    const rows = [...page().querySelectorAll('table.readings tbody tr')];
    expect(rows.map((r) => r.querySelector('td .src')!.textContent)).toEqual([NOTHING, 'samples/roles.xlsx', 'seeds/000_634195122df2118e.txt', 'samples/acme-roles.md', 'seeds/002_48a5b74466f8c1e3.txt']);
    expect(rows[0].className).toBe('is-empty');
    expect(rows[0].textContent).toContain(label('zh', 'yieldedNothing'));
    expect(rows[0].querySelector('code')!.textContent).toBe(`dutylens extract '${NOTHING}' --explain`);
    expect(rows[1].textContent).toContain('--unit-columns');
    expect(rows[2].className).toBe('');
    expect([...rows[2].querySelectorAll('td.num')].map((td) => td.textContent)).toEqual(['9', '36', '85%', '5']);
    expect(page().querySelector('#readings .reading-alert')!.textContent).toContain(NOTHING);
  });

  it('htmlReport(result) folds each file\'s left-out lines with their reasons, and says how many are not listed', () => {
    const document = page('en');
    const folds = [...document.querySelectorAll('#readings details.left-out')];
    expect(folds.map((d) => d.id)).toEqual(['reading-3', 'reading-0', 'reading-2']);
    expect(folds.every((d) => !d.hasAttribute('open'))).toBe(true);
    const market = document.getElementById('reading-0')!;
    expect(market.querySelector('summary')!.textContent).toBe('seeds/000_634195122df2118e.txt: 5 left out');
    const items = [...market.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('line 1 首页 > 企业文化 > 职责说明 site boilerplate');
    // A left-out line is shown literally, markup and all.
    expect(items[2]).toContain('上一篇：<b>渠道</b>管理办法 & 下一篇：</script>');
    expect(market.querySelector('p.meta')!.textContent).toBe('2 more lines are not listed; dutylens extract seeds/000_634195122df2118e.txt --explain lists them all.');
    expect(document.querySelector('a[href="#reading-0"]')!.textContent).toBe('5');
  });

  it('htmlReport(result) gives the parser\'s usual reasons in Chinese, and a section a section name', () => {
    const market = page().getElementById('reading-0')!;
    expect([...market.querySelectorAll('.why')].map((w) => w.textContent)).toEqual(['网站模板文字', '非职责的章节（编制日期）', '不属于任何单位或职责列表']);
  });

  it('htmlReport(result) of a result written before readings were recorded has no section, line or link', () => {
    const { readings: _, ...older } = result;
    const document = new JSDOM(htmlReport(older, OPTIONS)).window.document;
    expect(document.getElementById('readings')).toBeNull();
    expect(document.querySelector('.reading-note, a[href="#readings"]')).toBeNull();
  });

  it('shellWord(file) quotes a file name only when a shell would split or expand it', () => {
    expect(shellWord('seeds/001_94b0fa48ae8414f2.txt')).toBe('seeds/001_94b0fa48ae8414f2.txt');
    expect(shellWord('财务部/部门职责.docx')).toBe('财务部/部门职责.docx');
    expect(shellWord('my notes.txt')).toBe("'my notes.txt'");
    expect(shellWord("it's $HOME.txt")).toBe("'it'\\''s $HOME.txt'");
  });
});

describe('how the documents were read, in summary.md', () => {
  it('summaryMd(result, lang) ends with the reading figures and names the files that yielded nothing', () => {
    const zh = summaryMd(loadFixture(), 'zh').trimEnd().split('\n');
    expect(zh.slice(-3)).toEqual([
      '## 文档读取情况',
      '',
      '读取 5 个文件：13 个单位、44 项职责，使用了 79% 的文本；2 个文件没有读出职责。没有读出职责的文件：`samples/会议 纪要.txt`、`samples/roles.xlsx`（查看原因：`dutylens extract FILE --explain`）。',
    ]);
    const en = summaryMd(loadFixture(), 'en');
    expect(en).toContain('Read 5 files: 13 units, 44 duties, 79% of the text used; 2 files yielded nothing. Yielded nothing: `samples/会议 纪要.txt`, `samples/roles.xlsx`');
  });

  it('summaryMd(result, lang) of a result without readings has no such paragraph', () => {
    const { readings: _, ...older } = loadFixture();
    expect(summaryMd(older, 'en')).not.toContain('How your documents were read');
  });
});
