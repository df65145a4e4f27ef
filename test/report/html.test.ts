import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { label, labels } from '../../src/report/i18n.ts';
import { loadFixture } from './fixture.ts';

const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };

describe('htmlReport', () => {
  const result = loadFixture();
  const html = htmlReport(result, OPTIONS);

  it('htmlReport(result) has exactly the two script elements it writes, whatever the duty texts hold', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(2);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html).not.toContain('<script>alert(1)');
  });

  it('htmlReport(result) shows the nasty duty texts literally in the static page', () => {
    const { document } = new JSDOM(html).window;
    const text = document.querySelector('.units-part')!.textContent!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"R&D"专项按 &amp; 原样记账，勿把 </script> 当结束标记');
  });

  it('htmlReport(result) embeds the data as JSON that parses back to the nasty strings', () => {
    const { document } = new JSDOM(html).window;
    const raw = document.getElementById('dl-data')!.textContent!;
    expect(raw).not.toMatch(/[<\u2028\u2029]/);
    const data = JSON.parse(raw) as { duties: [number, string][] };
    const texts = data.duties.map((d) => d[1]);
    for (const d of result.duties) expect(texts).toContain(d.text);
  });

  it('htmlReport(result) refers to nothing outside the file (no src, no external href, no url() but fragments)', () => {
    expect(html).not.toMatch(/\ssrc=/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.every((h) => h.startsWith('#'))).toBe(true);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].every((m) => m[1].startsWith('#'))).toBe(true);
    expect(html).not.toMatch(/@import|@font-face/);
  });

  it('htmlReport(result) puts one heatmap per document with the cells in the page (no script needed)', () => {
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('svg.heatmap')).toHaveLength(2);
    expect(document.querySelectorAll('#doc-0 rect.cell').length).toBeGreaterThan(0);
  });

  it('htmlReport(result) calls out both-lead conflicts with the rule 一件事情原则上由一个部门负责', () => {
    expect(html).toContain('一件事情原则上由一个部门负责');
    const { document } = new JSDOM(html).window;
    const first = document.querySelector('#doc-0 table.top-conflicts tbody tr')!;
    expect(first.textContent).toContain(label('zh', 'bothLead'));
  });

  it('htmlReport(result, {lang: "en"}) speaks English and declares lang="en"', () => {
    const en = htmlReport(result, { ...OPTIONS, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain(label('en', 'boundaryList'));
    expect(en).not.toContain(label('zh', 'boundaryList'));
  });

  it('htmlReport(result) without a catalogue shows the "no catalogue used" state', () => {
    const bare = htmlReport({ ...result, coverage: [], gaps: [], options: { ...result.options, catalogue: null } }, OPTIONS);
    const { document } = new JSDOM(bare).window;
    expect(document.querySelectorAll('.no-catalogue')).toHaveLength(2);
    expect(document.querySelector('.no-catalogue')!.textContent).toBe(label('zh', 'noCatalogue'));
  });

  it('htmlReport(result) prints on A4 landscape and hides the controls in print', () => {
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toMatch(/@media print \{[^]*\.drill[^]*display: none/);
  });

  it('htmlReport(result) lists a weak function apart as 待核实, with its near duty, score and evidence, and never as a gap', () => {
    const doc = new JSDOM(html).window.document;
    const weak = doc.querySelector('details.weak-checks');
    expect(weak?.querySelector('summary')?.textContent).toBe(`${label('zh', 'weakChecks')} (1)`);
    const item = weak!.querySelector('li')!.textContent!;
    expect(item).toContain('渠道伙伴管理');
    expect(item).toContain('协助市场策划处开展营销活动在渠道的落地执行。');
    expect(item).toContain('0.31');
    expect(item).toContain('渠道');
    expect([...doc.querySelectorAll('.gap-list:not(.kind-weak) li')].some((li) => li.textContent?.includes('渠道伙伴管理'))).toBe(false);
    // In the coverage matrix the near unit is marked "?", not with a role.
    const row = [...doc.querySelectorAll('table.coverage tr.outcome-weak')];
    expect(row).toHaveLength(1);
    expect(row[0].querySelector('td.mark-near')?.textContent).toBe('?');
  });

  it('labels(lang) gives a non-empty label for every key in both languages', () => {
    const zh = labels('zh');
    const en = labels('en');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const v of [...Object.values(zh), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });
});
