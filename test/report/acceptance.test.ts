import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { acceptanceText, isAccepted } from '../../src/report/acceptance.ts';
import { gapSentence } from '../../src/report/gap-sentence.ts';
import { htmlReport, type HtmlReportOptions } from '../../src/report/html-report.ts';
import { label } from '../../src/report/i18n.ts';
import { indexResult } from '../../src/report/result-index.ts';
import { topConflicts } from '../../src/report/top-conflicts.ts';
import { GapKindSchema } from '../../src/model.ts';
import { loadFixture } from './fixture.ts';
import { gapNoteText } from '../../src/report/i18n.ts';

const OPTIONS: HtmlReportOptions = { lang: 'zh', heatmapOrder: 'cluster', maxHeatmapUnits: 60, topConflicts: 10, entangledUnits: 8, staticDutyLimit: 3000, listLimit: 8, navDocuments: 6 };
const ACCEPTED = { owner: 'O', reason: 'R', expires: '2099-01-01', expired: false };

describe('accepted findings', () => {
  const result = loadFixture();

  it('isAccepted(finding) is true only for an unexpired acceptance', () => {
    expect(isAccepted({})).toBe(false);
    expect(isAccepted({ acceptance: ACCEPTED })).toBe(true);
    expect(isAccepted({ acceptance: { ...ACCEPTED, expired: true } })).toBe(false);
  });

  it('acceptanceText(lang, acceptance) names owner, reason and expiry, and says "open again" when expired', () => {
    expect(acceptanceText('zh', ACCEPTED)).toBe('已接受 — O · R · 有效期至 2099-01-01');
    expect(acceptanceText('en', { ...ACCEPTED, expired: true })).toBe('expired — open again — O · R · expired on 2099-01-01');
  });

  it('topConflicts(pairs) leaves accepted conflicts out but keeps expired ones', () => {
    const top = topConflicts(result.pairs, 100);
    expect(top.some((p) => p.acceptance && !p.acceptance.expired)).toBe(false);
    expect(top.some((p) => p.acceptance?.expired)).toBe(true);
  });

  it('htmlReport(result) lists accepted conflicts after the top conflicts, with owner, reason and expiry', () => {
    const { document } = new JSDOM(htmlReport(result, OPTIONS)).window;
    const top = document.querySelector('#doc-0 table.top-conflicts')!;
    const accepted = document.querySelector('#doc-0 table.accepted-conflicts')!;
    expect(top.compareDocumentPosition(accepted) & 4).toBeTruthy();
    expect(accepted.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(accepted.querySelector('.badge-accepted')!.textContent).toContain('市场部 王经理');
    expect(top.querySelector('.badge-expired')!.textContent).toContain(label('zh', 'acceptanceExpired'));
    expect(top.querySelector('.badge-accepted')).toBeNull();
  });

  it('htmlReport(result) marks accepted gaps and lists them after the open gaps of their kind', () => {
    const { document } = new JSDOM(htmlReport(result, OPTIONS)).window;
    const items = [...document.querySelectorAll('#doc-0 .gaps-part li')];
    expect(items.filter((li) => li.querySelector('.badge-accepted'))).toHaveLength(1);
    expect(items.filter((li) => li.querySelector('.badge-expired'))).toHaveLength(1);
  });

  it("gapSentence(index, gap, 'zh') gives a unit the role of its sub-unit's duty, as coverage rolls sub-units up", () => {
    const child = result.units.find((u) => u.parentId !== null && result.duties.some((d) => d.unitId === u.id && d.role === 'lead'))!;
    const duty = result.duties.find((d) => d.unitId === child.id && d.role === 'lead')!;
    const parent = result.units.find((u) => u.id === child.parentId)!;
    const gap = { ...result.gaps.find((g) => g.kind === 'multi-lead')!, unitIds: [parent.id], dutyIds: [duty.id] };
    expect(gapSentence(indexResult(result), gap, 'zh')).toContain(`${parent.name}（牵头）`);
  });

  it('gapSentence(index, gap, "zh") states every kind of gap in Chinese; the engine note follows in Chinese too', () => {
    const index = indexResult(result);
    for (const kind of GapKindSchema.options) {
      const gap = result.gaps.find((g) => g.kind === kind)!;
      expect(gapSentence(index, gap, 'zh')).toMatch(/[\u4e00-\u9fff]/);
      expect(gapSentence(index, gap, 'zh')).not.toMatch(/\b(unit|lead|function)\b/);
    }
    const multi = result.gaps.find((g) => g.kind === 'multi-lead')!;
    expect(gapSentence(index, multi, 'zh')).toBe('职能“竞争情报分析”由 2 个单位牵头（市场策划处（牵头）、数据分析处（牵头）），应由一个单位牵头。');
    const { document } = new JSDOM(htmlReport(result, OPTIONS)).window;
    expect(document.querySelector('#doc-0 .gaps-part')!.textContent).toContain(gapNoteText('zh', multi.note));
  });
});
