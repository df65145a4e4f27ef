import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { isMinorOrganisation, organisationRows } from '../../src/report/organisation-order.ts';
import { organisationStats, type OrganisationStats } from '../../src/report/organisation-stats.ts';
import { label } from '../../src/report/i18n.ts';
import { indexResult } from '../../src/report/result-index.ts';
import type { Result } from '../../src/model.ts';
import { loadFixture } from './fixture.ts';
import { summarize } from '../../src/findings/summary.ts';

const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };

const stats = (over: Partial<OrganisationStats>): OrganisationStats => ({
  organisation: 'd', documents: 1, units: 2, duties: 5, pairs: 0, byRelation: { duplicate: 0, overlap: 0, parallel: 0, collaboration: 0, internal: 0, generic: 0, contains: 0 },
  conflicts: 0, bothLead: 0, acceptedConflicts: 0, genericGroups: 0, gaps: 0, acceptedGaps: 0, ...over,
});

/** The fixture with `n` extra one-unit documents (an organisation each), as a scraped compilation gives. */
function withFragments(result: Result, n: number): Result {
  const organisations = [...result.organisations];
  const documents = [...result.documents];
  const units = [...result.units];
  const duties = [...result.duties];
  for (let i = 0; i < n; i++) {
    const id = `frag-${i}`;
    organisations.push({ id, name: `片段文件 ${i}`, documentIds: [id] });
    documents.push({ id, title: `片段文件 ${i}`, source: { file: 'seeds/frag.txt', line: i + 1 }, language: 'zh', script: 'simplified', organisation: id });
    units.push({ id: `u-frag-${i}`, documentId: id, name: `岗位${i}`, kind: 'position', parentId: null, path: [`岗位${i}`], attributes: {}, source: { file: 'seeds/frag.txt', line: i + 1 } });
    duties.push({ ...result.duties[0], id: `d-frag-${i}`, unitId: `u-frag-${i}`, parentId: null });
  }
  const grown = { ...result, organisations, documents, units, duties };
  return { ...grown, ...summarize(grown, grown.pairs) };
}

describe('document order and the front page', () => {
  it('isMinorOrganisation(stats) is true only for fewer than two units and no conflict or gap, open or accepted', () => {
    expect(isMinorOrganisation(stats({ units: 1 }))).toBe(true);
    expect(isMinorOrganisation(stats({ units: 0 }))).toBe(true);
    expect(isMinorOrganisation(stats({ units: 2 }))).toBe(false);
    expect(isMinorOrganisation(stats({ units: 1, gaps: 1 }))).toBe(false);
    expect(isMinorOrganisation(stats({ units: 1, acceptedGaps: 1 }))).toBe(false);
  });

  it('organisationRows(stats) puts both-lead conflicts first, then conflicts, gaps, units, then result order', () => {
    const rows = organisationRows([
      stats({ organisation: 'a', conflicts: 5 }),
      stats({ organisation: 'b', conflicts: 1, bothLead: 1 }),
      stats({ organisation: 'c', gaps: 3 }),
      stats({ organisation: 'd', units: 4 }),
      stats({ organisation: 'e', units: 4 }),
    ]);
    expect(rows.map((r) => r.stats.organisation)).toEqual(['b', 'a', 'c', 'd', 'e']);
  });

  it('organisationStats(index, id) counts accepted conflicts and gaps apart; an expired acceptance stays open', () => {
    const r = loadFixture();
    const s = organisationStats(indexResult(r), r.documents[0].id);
    expect(s.conflicts).toBe(4);
    expect(s.acceptedConflicts).toBe(1);
    expect(s.bothLead).toBe(2);
    expect([s.gaps, s.acceptedGaps]).toEqual([3, 1]); // the orphan duty is not a gap in the counts
  });

  it('htmlReport(result) counts the functions left to check under the gaps to decide, apart from them', () => {
    const { document } = new JSDOM(htmlReport(loadFixture(), OPTIONS)).window;
    const part = document.querySelector('#priorities')!;
    expect(part.textContent).toContain(label('zh', 'weakCount').replace('{n}', '1'));
    expect([...part.querySelectorAll('ol.ranked-gaps li')].some((li) => li.textContent?.includes('渠道伙伴管理'))).toBe(false);
  });

  it('htmlReport(result) lists every document in the front table, sorted, each linking to its section', () => {
    const { document } = new JSDOM(htmlReport(loadFixture(), OPTIONS)).window;
    const links = [...document.querySelectorAll('#documents table.documents a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#doc-0', '#doc-1', '#doc-2']);
    for (const href of links) expect(document.querySelector(href!)).not.toBeNull();
    expect(document.querySelector('#documents details.other-docs-list')!.textContent).toContain(label('zh', 'otherDocuments'));
  });

  it('htmlReport(result) folds the one-unit documents into one "other documents" group at the end, printed compactly', () => {
    const { document } = new JSDOM(htmlReport(withFragments(loadFixture(), 30), OPTIONS)).window;
    const group = document.querySelector('main > details.other-docs#other-docs')!;
    expect(group.querySelectorAll('section.doc-minor')).toHaveLength(31);
    // The group closes the organisations; only "how your documents were read" follows it.
    expect([...document.querySelector('main')!.children].slice(-2).map((e) => e.id)).toEqual(['other-docs', 'readings']);
    expect(document.querySelectorAll('main > section.doc')).toHaveLength(2);
    expect(document.querySelector('#documents .print-only')!.textContent).toContain('片段文件 29 (1/1)');
  });

  it('htmlReport(result) keeps the navigation bar short however many documents there are', () => {
    const { document } = new JSDOM(htmlReport(withFragments(loadFixture(), 40), OPTIONS)).window;
    const nav = [...document.querySelectorAll('nav.toc a')].map((a) => a.textContent);
    expect(nav.length).toBeLessThanOrEqual(OPTIONS.navDocuments + 5);
    expect(nav).toContain(`${label('zh', 'otherDocuments')} (41)`);
  });
});
