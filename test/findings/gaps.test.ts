import { describe, expect, it } from 'vitest';
import type { ResultDuty, Unit } from '../../src/model.ts';
import { doc, duty, unit } from './org-fixtures.ts';
import type { CatalogueFunction } from '../../src/findings/catalogue-flatten.ts';
import { computeCoverage, type CoverageInput } from '../../src/findings/coverage.ts';
import { gapsFrom, orphanDuties } from '../../src/findings/gaps.ts';
import { gapNoteText } from '../../src/report/i18n.ts';

// Tiny hand-written org models; matches are set by hand as functionId → dutyId → score.

function fn(id: string, zh: string): CatalogueFunction {
  return { id, name: { zh }, description: '', examples: [zh], path: [id], depth: 0, parentId: null, leaf: true };
}

const FUNCTIONS = [fn('research', '市场调研'), fn('pricing', '产品定价'), fn('brand', '品牌建设'), fn('budget', '营销预算')];

function input(units: Unit[], duties: ResultDuty[], scores: Record<string, Record<string, number>>, documents = [doc('d1')]): CoverageInput {
  const index = new Map(duties.map((d, i) => [d.id, i]));
  return {
    documents,
    units,
    duties,
    functions: FUNCTIONS,
    matches: FUNCTIONS.map((f) =>
      Object.entries(scores[f.id] ?? {}).map(([id, s]): [number, number] => [index.get(id) ?? -1, s]),
    ),
    threshold: 0.4,
    level: 0,
  };
}

function run(i: CoverageInput) {
  return gapsFrom(computeCoverage(i), i);
}

const A = unit('a', 'd1', '市场部');
const B = unit('b', 'd1', '销售部');

describe('gapsFrom', () => {
  const duties = [
    duty('r1', 'a', '负责市场调研'),
    duty('p1', 'a', '配合制定产品价格', 'support'),
    duty('p2', 'b', '参与制定产品价格', 'support'),
    duty('b1', 'a', '负责品牌建设'),
    duty('b2', 'b', '负责品牌推广'),
    duty('g1', 'b', '营销费用统计', 'lead'),
  ];
  const scores = {
    research: { r1: 0.9 },
    pricing: { p1: 0.7, p2: 0.6 },
    brand: { b1: 0.8, b2: 0.5 },
    budget: { g1: 0.15 },
  };
  const gaps = run(input([A, B], duties, scores));

  it('gapsFrom(coverage, input) reports a gap with the closest duty below the threshold as evidence', () => {
    const gap = gaps.find((g) => g.kind === 'gap');
    expect(gap).toEqual({
      kind: 'gap',
      organisation: 'd1',
      functionId: 'budget',
      functionName: '营销预算',
      unitIds: [],
      dutyIds: [],
      note: { rule: 'gap', fn: '营销预算', threshold: '0.40', closest: { text: '营销费用统计', score: '0.15' } },
    });
  });

  it('gapsFrom(coverage, input) reports no-lead with every unit that touches the function and its role', () => {
    const gap = gaps.find((g) => g.kind === 'no-lead');
    expect(gap).toMatchObject({ functionId: 'pricing', unitIds: ['a', 'b'], dutyIds: ['p1', 'p2'] });
    expect(gapNoteText('zh', gap!.note)).toBe('“产品定价”有市场部(配合)、销售部(配合)参与,但没有单位牵头。');
  });

  it('gapsFrom(coverage, input) reports multi-lead with the leading units only', () => {
    const gap = gaps.find((g) => g.kind === 'multi-lead');
    expect(gap).toMatchObject({ functionId: 'brand', unitIds: ['a', 'b'], dutyIds: ['b1', 'b2'] });
    expect(gapNoteText('zh', gap!.note)).toContain('由 2 个单位同时牵头(市场部、销售部)');
  });

  it('gapsFrom(coverage, input) reports nothing for a function exactly one unit leads, and nothing for a matched duty', () => {
    expect(gaps.some((g) => g.functionId === 'research')).toBe(false);
    expect(gaps.map((g) => g.kind)).toEqual(['no-lead', 'multi-lead', 'gap', 'orphan']);
    expect(gaps.find((g) => g.kind === 'orphan')?.dutyIds).toEqual(['g1']);
  });

  it('gapsFrom(coverage, input) makes no finding for a weak function: a duty near it is to be checked, not a gap', () => {
    const near = run(input([A, B], duties, { ...scores, budget: { g1: 0.3 } }));
    expect(near.some((g) => g.functionId === 'budget')).toBe(false);
    expect(near.map((g) => g.kind)).toEqual(['no-lead', 'multi-lead', 'orphan']);
  });

  it('gapsFrom(coverage, input) quotes a duty the document proposes, with its note, and names the function it matches', () => {
    const proposed = duty('n1', 'a', '负责营销预算的编制', 'lead', { proposed: true, note: '建议:增加此项职责,目前无部门负责' });
    const found = run(input([A], [proposed], { budget: { n1: 0.8 } })).filter((g) => g.kind === 'document-named');
    expect(found).toEqual([
      {
        kind: 'document-named',
        organisation: 'd1',
        functionId: 'budget',
        functionName: '营销预算',
        unitIds: ['a'],
        dutyIds: ['n1'],
        note: { rule: 'document-named', text: '负责营销预算的编制', note: '建议:增加此项职责,目前无部门负责' },
      },
    ]);
  });

  it('gapsFrom(coverage, input) still names a proposed duty matching no function, and does not call it an orphan', () => {
    const proposed = duty('n1', 'a', '负责数据治理', 'lead', { proposed: true, note: '新增' });
    const found = run(input([A], [proposed], {}));
    expect(found.filter((g) => g.kind === 'document-named')).toMatchObject([{ functionId: null, functionName: null, dutyIds: ['n1'] }]);
    expect(found.some((g) => g.kind === 'orphan')).toBe(false);
  });

  it('gapsFrom(coverage, input) keeps documents apart and in input order', () => {
    const other = unit('c', 'd2', '市场部');
    const two = input([A, other], [duty('r1', 'a', '负责市场调研'), duty('r2', 'c', '负责市场调研')], { research: { r1: 0.9, r2: 0.9 } }, [doc('d2'), doc('d1')]);
    const found = run(two);
    expect(found.some((g) => g.functionId === 'research')).toBe(false);
    expect(found.filter((g) => g.kind === 'gap').map((g) => `${g.organisation}/${g.functionId}`)).toEqual([
      'd2/pricing',
      'd2/brand',
      'd2/budget',
      'd1/pricing',
      'd1/brand',
      'd1/budget',
    ]);
  });
});

describe('orphanDuties', () => {
  it('orphanDuties(duties, matched) reports only the topmost duty of an unmatched business branch', () => {
    const duties = [
      duty('t', 'a', '一、客户服务'),
      duty('t1', 'a', '(一)热线', 'lead', { parentId: 't' }),
      duty('t2', 'a', '(二)投诉', 'lead', { parentId: 't' }),
    ];
    expect(orphanDuties(duties, new Set())).toEqual([0]);
  });

  it('orphanDuties(duties, matched) treats a branch with any matched duty as covered, above and below', () => {
    const duties = [
      duty('t', 'a', '一、市场研究'),
      duty('t1', 'a', '(一)市场调研', 'lead', { parentId: 't' }),
      duty('t2', 'a', '(二)竞品跟踪', 'lead', { parentId: 't' }),
      duty('u', 'a', '二、品牌'),
      duty('u1', 'a', '(一)品牌巡检', 'lead', { parentId: 'u' }),
    ];
    // t1 matched: its heading t is covered through it; its sibling t2 is not under a match, so it is an orphan.
    expect(orphanDuties(duties, new Set([1]))).toEqual([2, 3]);
    // u matched: its sub-duty u1 is a detail of covered work.
    expect(orphanDuties(duties, new Set([1, 3]))).toEqual([2]);
  });

  it('orphanDuties(duties, matched) leaves internal, generic and proposed duties out', () => {
    const duties = [
      duty('i', 'a', '做好部门内部管理', 'lead', { category: 'internal' }),
      duty('g', 'a', '完成领导交办的其他工作', 'lead', { category: 'generic' }),
      duty('p', 'a', '建议新增', 'lead', { proposed: true }),
      duty('b', 'a', '负责车辆调度'),
    ];
    expect(orphanDuties(duties, new Set())).toEqual([3]);
  });
});

describe('gapNoteText', () => {
  it('gapNoteText("en", note) says a note in English whatever the document language', () => {
    expect(gapNoteText('en', { rule: 'multi-lead', fn: 'Pricing', units: ['Sales', 'Marketing'] })).toBe(
      '“Pricing” is led by 2 units (Sales, Marketing); one unit should lead each function.',
    );
    expect(gapNoteText('zh', { rule: 'multi-lead', fn: '定价', units: ['销售部', '市场部'] })).toBe('“定价”由 2 个单位同时牵头(销售部、市场部),违反“一件事情原则上由一个部门负责”。');
  });
});
