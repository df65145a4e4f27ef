import { describe, expect, it } from 'vitest';
import type { Pair, ResultDuty, Unit } from '../../src/model.ts';
import { groupBoilerplate } from '../../src/findings/generic-groups.ts';
import { seriate, unitMatrix } from '../../src/findings/matrix.ts';
import { scopeSplit, segmentsOf } from '../../src/findings/segments.ts';

const unit = (id: string, parentId: string | null = null): Unit => ({
  id,
  documentId: 'doc',
  name: id,
  kind: 'office',
  parentId,
  path: [id],
  attributes: {},
  source: { file: 'f.txt', line: 1 },
});

const duty = (id: string, unitId: string, category: ResultDuty['category'] = 'business'): ResultDuty => ({
  id,
  unitId,
  parentId: null,
  level: 0,
  number: null,
  text: id,
  normalized: id,
  role: 'lead',
  proposed: false,
  note: null,
  links: [],
  source: { file: 'f.txt', line: 1 },
  category,
});

const conflict = (a: string, b: string): Pair => ({
  a,
  b,
  organisation: 'doc',
  score: 0.9,
  relation: 'overlap',
  conflict: true,
  bothLead: true,
  roles: ['lead', 'lead'],
  sharedTerms: [],
  differingTerms: [[], []],
  reason: { rule: 'same-work', params: { score: 0.9, bothLead: true }, terms: [] },
});

describe('groupBoilerplate', () => {
  it('groupBoilerplate(duties) puts all built-in boilerplate of a document in one group, whatever its wording', () => {
    const duties = [
      { id: 'd1', unitId: 'A', organisation: 'doc', normalized: '完成领导交办的其他工作', category: 'generic' as const },
      { id: 'd2', unitId: 'B', organisation: 'doc', normalized: '完成上级交给的其他工作。', category: 'generic' as const },
      { id: 'd3', unitId: 'C', organisation: 'other', normalized: '完成领导交办的其他工作', category: 'generic' as const },
      { id: 'd4', unitId: 'C', organisation: 'other', normalized: '负责渠道管理', category: 'business' as const },
    ];
    const { groups, categories } = groupBoilerplate(duties, 4);
    expect(groups.map((g) => g.dutyIds)).toEqual(expect.arrayContaining([['d1', 'd2'], ['d3']]));
    expect(groups).toHaveLength(2);
    expect(categories).toEqual(['generic', 'generic', 'generic', 'business']);
  });

  it('groupBoilerplate(duties) makes a text carried by minUnits units boilerplate, but not one carried by fewer', () => {
    const same = (id: string, unitId: string) => ({ id, unitId, organisation: 'doc', normalized: '根据公司总体战略目标,完成部门工作目标', category: 'business' as const });
    const four = groupBoilerplate([same('a', 'U1'), same('b', 'U2'), same('c', 'U3'), same('d', 'U4')], 4);
    expect(four.categories.every((c) => c === 'generic')).toBe(true);
    expect(four.groups[0].reason).toEqual({ rule: 'boilerplate', units: 4 });
    const three = groupBoilerplate([same('a', 'U1'), same('b', 'U2'), same('c', 'U3')], 4);
    expect(three.categories.every((c) => c === 'business')).toBe(true);
    expect(three.groups).toHaveLength(0);
  });
});

describe('unitMatrix', () => {
  it('unitMatrix(...) keeps coverage asymmetric: a small unit can sit wholly inside a large one', () => {
    const units = [unit('A'), unit('B')];
    const duties = [duty('a1', 'A'), duty('a2', 'A'), duty('a3', 'A'), duty('a4', 'A'), duty('b1', 'B')];
    const m = unitMatrix('doc', units, duties, [conflict('a1', 'b1')]);
    expect(m.coverage[0][1]).toBe(0.25);
    expect(m.coverage[1][0]).toBe(1);
    expect(m.score[0][1]).toBe(m.score[1][0]);
    expect(m.counts[0][1]).toEqual({ overlap: 1 });
  });

  it('unitMatrix(...) leaves boilerplate out of the denominator', () => {
    const m = unitMatrix('doc', [unit('A'), unit('B')], [duty('a1', 'A'), duty('g', 'A', 'generic'), duty('b1', 'B')], [conflict('a1', 'b1')]);
    expect(m.coverage[0][1]).toBe(1);
  });

  it('unitMatrix(...) shows a document with too many units through its top-level units', () => {
    const units = [unit('A'), unit('A1', 'A'), unit('A2', 'A'), unit('B'), unit('B1', 'B')];
    const duties = [duty('a1', 'A1'), duty('a2', 'A2'), duty('b1', 'B1')];
    const m = unitMatrix('doc', units, duties, [conflict('a1', 'b1')], undefined, 3);
    expect(m.unitIds).toEqual(['A', 'B']);
    expect(m.coverage[0][1]).toBe(0.5);
    expect(m.coverage[1][0]).toBe(1);
    expect(m.counts[0][1]).toEqual({ overlap: 1 });
  });

  it('seriate(score) puts entangled units next to each other', () => {
    // 0–2 and 1–3 are entangled; document order interleaves them.
    const s = [
      [0, 0, 0.9, 0],
      [0, 0, 0, 0.8],
      [0.9, 0, 0, 0],
      [0, 0.8, 0, 0],
    ];
    const order = seriate(s);
    const pos = (i: number) => order.indexOf(i);
    expect(Math.abs(pos(0) - pos(2))).toBe(1);
    expect(Math.abs(pos(1) - pos(3))).toBe(1);
  });
});

describe('segments', () => {
  it('segmentsOf(text) prefers the longest scope term: 个人客户 is not also 个人', () => {
    const groups = new Map([['customer', ['个人客户', '个人', '家庭客户']]]);
    expect([...(segmentsOf('负责个人客户的营销', groups).get('customer') ?? [])]).toEqual(['个人客户']);
  });

  it('scopeSplit(a, b) finds no split when both name the same scope', () => {
    const groups = new Map([['customer', ['政企客户', '家庭客户']]]);
    expect(scopeSplit(segmentsOf('政企客户营销', groups), segmentsOf('政企客户服务', groups))).toBeNull();
    expect(scopeSplit(segmentsOf('政企客户营销', groups), segmentsOf('家庭客户营销', groups))?.group).toBe('customer');
  });
});

describe('unitLink', () => {
  const post = (id: string, parentId: string, attributes: Record<string, string> = {}): Unit => ({ ...unit(id, parentId), kind: 'position', attributes });
  const dept = unit('营销部');
  const byId = (units: Unit[]) => new Map(units.map((u) => [u.id, u]));

  it('unitLink(a, b) is nested for a unit and its own post', async () => {
    const { unitLink } = await import('../../src/findings/unit-links.ts');
    const m = post('营销部经理', '营销部');
    expect(unitLink(dept, m, byId([dept, m]))).toBe('nested');
  });

  it('unitLink(a, b) is superior for the head post and another post of one unit, by title rank', async () => {
    const { unitLink } = await import('../../src/findings/unit-links.ts');
    const head = post('营销部经理', '营销部');
    const analyst = post('产品定位分析师', '营销部');
    const lead = post('营销部主管', '营销部');
    const clerk = post('营销部专员', '营销部');
    expect(unitLink(head, analyst, byId([dept, head, analyst]))).toBe('superior');
    expect(unitLink(lead, clerk, byId([dept, lead, clerk]))).toBe('superior');
  });

  it('unitLink(a, b) is superior when 直接上级 names the other post, and none for peers', async () => {
    const { unitLink } = await import('../../src/findings/unit-links.ts');
    const a = post('产品定位分析师', '营销部', { 直接上级: '营销策划经理' });
    const b = post('营销策划经理', '营销部');
    const c = post('电话营销专员', '营销部');
    expect(unitLink(a, b, byId([dept, a, b]))).toBe('superior');
    expect(unitLink(b, c, byId([dept, b, c]))).toBe('none');
  });
});

describe('unitDomain', () => {
  it('unitDomain(unit) is the subject an office name gives it, and null for posts', async () => {
    const { unitDomain } = await import('../../src/findings/unit-links.ts');
    expect(unitDomain({ ...unit('价格管理处'), kind: 'office' })).toBe('价格');
    expect(unitDomain({ ...unit('品牌推广处'), kind: 'office' })).toBe('品牌推广');
    expect(unitDomain({ ...unit('办公厅(人事局)'), kind: 'office' })).toBe('办公厅');
    expect(unitDomain({ ...unit('营销部经理'), kind: 'position' })).toBeNull();
  });
});
