import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import type { Result } from '../../src/model.ts';
import { prioritiesHtml } from '../../src/report/html-priorities.ts';
import { rankedConflicts, rankedGaps, rankedUnits } from '../../src/report/priorities.ts';
import { indexResult } from '../../src/report/result-index.ts';
import { buildResult } from '../run/result-builder.ts';

const base = buildResult({
  duties: [
    ['市场部', '负责市场调研'], ['销售部', '负责市场调研工作'], ['市场部', '负责渠道管理'], ['销售部', '负责渠道管理工作'],
    ['财务部', '负责预算编制'], ['综合部', '负责预算编制工作'], ['综合部', '负责档案管理'],
  ],
  pairs: [[0, 1, 'overlap', 0.6], [2, 3, 'overlap', 0.5], [4, 5, 'duplicate', 0.9], [5, 6, 'parallel', 0.4]],
  gaps: [{ functionId: 'F-a', kind: 'gap' }, { functionId: 'F-b', units: ['市场部', '销售部'], kind: 'multi-lead' }, { functionId: 'F-c', kind: 'orphan' }],
});
// 财务部 ↔ 综合部 scores higher, but 市场部 ↔ 销售部 is both-lead.
const result: Result = {
  ...base,
  pairs: base.pairs.map((p, i) => ({ ...p, bothLead: i < 2, owner: i === 0 ? { lead: base.duties[0].unitId, support: null, basis: 'mandate' as const, fits: [] } : undefined })),
};

describe('the first screen: what to fix first', () => {
  const index = indexResult(result);

  it('rankedConflicts groups conflicts by their two units: both-lead first, then score, then how many', () => {
    const ranked = rankedConflicts(index, 10);
    const name = (id: string) => index.unitById.get(id)!.name;
    expect(ranked.map((r) => [r.units.map(name).join('↔'), r.count, r.bothLead, r.best.score])).toEqual([
      ['市场部↔销售部', 2, 2, 0.6],
      ['财务部↔综合部', 1, 0, 0.9],
    ]);
  });

  it('rankedUnits and rankedGaps list the most entangled units and the gaps that need a decision (no orphans)', () => {
    expect(rankedUnits(index, 2).map((u) => [index.unitById.get(u.unitId)!.name, u.conflictPairs])).toEqual([['市场部', 2], ['销售部', 2]]);
    const { gaps, total } = rankedGaps(index, 5);
    expect(gaps.map((g) => g.functionId)).toEqual(['F-b', 'F-a']);
    expect(total).toBe(2);
  });

  it('prioritiesHtml shows each row with its suggested lead and a link to its organisation', () => {
    const doc = new JSDOM(prioritiesHtml(index, 'zh', { conflicts: 8, units: 5, gaps: 5 })).window.document;
    const rows = [...doc.querySelectorAll('table.priorities tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('td.owner')!.textContent).toBe('市场部');
    expect(rows[0].querySelector('a')!.getAttribute('href')).toBe('#doc-0');
    expect(doc.querySelector('h2')!.textContent).toBe('先处理这些');
  });

  it('is empty when there is nothing to fix', () => {
    expect(prioritiesHtml(indexResult({ ...result, pairs: [], gaps: [] }), 'en', { conflicts: 8, units: 5, gaps: 5 })).toBe('');
  });
});
