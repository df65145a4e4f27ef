import { describe, expect, it } from 'vitest';
import type { ResultDuty, Unit } from '../../src/model.ts';
import { doc, duty, unit } from './org-fixtures.ts';
import type { CatalogueFunction } from '../../src/findings/catalogue-flatten.ts';
import { computeCoverage, coverageOutcome, supportsOwnHead, type CoverageInput } from '../../src/findings/coverage.ts';
import { ownersAtLevel } from '../../src/findings/coverage-level.ts';

// Tiny hand-written org models: units and duties are built by id; matches are set by hand.

function fn(id: string, zh: string, en = zh, examples = ['例句']): CatalogueFunction {
  return { id, name: { zh, en }, description: '', examples, path: [id], depth: 0, parentId: null, leaf: true };
}

/** Input with one function ("research") and matches given as dutyId → score. */
function input(
  units: Unit[],
  duties: ResultDuty[],
  scores: Record<string, number>,
  extra: Partial<CoverageInput> = {},
  documents = [doc('d1')],
): CoverageInput {
  const matches: Array<[number, number]> = duties.flatMap((d, i) => (d.id in scores ? [[i, scores[d.id]] as [number, number]] : []));
  return {
    documents,
    units,
    duties,
    functions: [fn('research', '市场调研', 'Market research')],
    matches: [matches],
    threshold: 0.4,
    level: 0,
    ...extra,
  };
}

const A = unit('a', 'd1', '市场部');
const B = unit('b', 'd1', '销售部');
const C = unit('c', 'd1', '财务部');

describe('computeCoverage', () => {
  it('computeCoverage(input) reports a gap when no unit has a matching duty', () => {
    const duties = [duty('x', 'a', '负责广告', 'lead')];
    const [c] = computeCoverage(input([A], duties, {}));
    expect(c).toEqual({ organisation: 'd1', functionId: 'research', functionName: '市场调研', outcome: 'gap', units: [] });
  });

  it('computeCoverage(input) covers at the threshold; below it a near duty makes the function weak, not a gap', () => {
    const duties = [duty('x', 'a', '负责市场调研', 'lead')];
    expect(computeCoverage(input([A], duties, { x: 0.19 }))[0].outcome).toBe('gap');
    const weak = computeCoverage(input([A], duties, { x: 0.2 }))[0];
    expect(weak).toEqual({ organisation: 'd1', functionId: 'research', functionName: '市场调研', outcome: 'weak', units: [], near: [{ unitId: 'a', role: 'lead', dutyIds: ['x'], score: 0.2 }] });
    expect(computeCoverage(input([A], duties, { x: 0.4 }))[0].outcome).toBe('ok');
  });

  it('computeCoverage(input) with the semantic tier: a cosine at its threshold covers, at its near bar makes the function weak', () => {
    const duties = [duty('x', 'a', '负责了解客户需求和竞争态势', 'lead'), duty('y', 'b', '负责广告投放', 'lead')];
    const semantic = (x: number) => ({ matches: [[[0, x]] as Array<[number, number]>], threshold: 0.75, near: 0.72 });
    const [covered] = computeCoverage(input([A, B], duties, { y: 0.1 }, { semantic: semantic(0.8) }));
    expect(covered.outcome).toBe('ok');
    expect(covered.units).toEqual([{ unitId: 'a', role: 'lead', dutyIds: ['x'], score: 0, semantic: 0.8 }]);
    expect(computeCoverage(input([A, B], duties, {}, { semantic: semantic(0.73) }))[0]).toMatchObject({ outcome: 'weak', near: [{ unitId: 'a', semantic: 0.73 }] });
    expect(computeCoverage(input([A, B], duties, {}, { semantic: { ...semantic(0.73), near: 0.74 } }))[0].outcome).toBe('gap');
    // Two units only the tier brings near: the higher cosine first, whatever the units' order.
    const both = { matches: [[[0, 0.72], [1, 0.74]] as Array<[number, number]>], threshold: 0.75, near: 0.72 };
    expect(computeCoverage(input([A, B], duties, {}, { semantic: both }))[0].near?.map((u) => u.unitId)).toEqual(['b', 'a']);
  });

  it('computeCoverage(input) lists near units closest first, and none once a unit covers the function', () => {
    const duties = [duty('x', 'a', '负责市场分析', 'lead'), duty('y', 'b', '配合市场调研', 'support')];
    const [weak] = computeCoverage(input([A, B], duties, { x: 0.25, y: 0.35 }));
    expect(weak.outcome).toBe('weak');
    expect(weak.near?.map((u) => [u.unitId, u.score])).toEqual([['b', 0.35], ['a', 0.25]]);
    const [covered] = computeCoverage(input([A, B], duties, { x: 0.25, y: 0.45 }));
    expect(covered.outcome).toBe('no-lead');
    expect(covered.near).toBeUndefined();
  });

  it('computeCoverage(input) is ok when exactly one unit leads, whoever else supports', () => {
    const duties = [duty('x', 'a', '负责市场调研', 'lead'), duty('y', 'b', '配合市场调研', 'support')];
    const [c] = computeCoverage(input([A, B], duties, { x: 0.8, y: 0.7 }));
    expect(c.outcome).toBe('ok');
    expect(c.units).toEqual([
      { unitId: 'a', role: 'lead', dutyIds: ['x'], score: 0.8 },
      { unitId: 'b', role: 'support', dutyIds: ['y'], score: 0.7 },
    ]);
  });

  it('computeCoverage(input) is ok when a unit approves or oversees the function (it is in charge), and lists the strongest role first', () => {
    const duties = [
      duty('x', 'a', '配合市场调研', 'support'),
      duty('y', 'b', '审核市场调研方案', 'approve'),
      duty('z', 'c', '监督市场调研', 'oversee'),
    ];
    const [c] = computeCoverage(input([A, B, C], duties, { x: 0.9, y: 0.5, z: 0.6 }));
    expect(c.outcome).toBe('ok');
    // Strongest role first: approve > oversee > support, whatever the scores.
    expect(c.units.map((u) => [u.unitId, u.role])).toEqual([
      ['b', 'approve'],
      ['c', 'oversee'],
      ['a', 'support'],
    ]);
  });

  it('computeCoverage(input) is no-lead when units only support the function', () => {
    const duties = [duty('x', 'a', '配合市场调研', 'support'), duty('y', 'b', '协助开展市场调研', 'support')];
    const [c] = computeCoverage(input([A, B], duties, { x: 0.9, y: 0.5 }));
    expect(c.outcome).toBe('no-lead');
  });

  it('computeCoverage(input) is multi-lead when two units of one document lead the function', () => {
    const duties = [duty('x', 'a', '负责市场调研', 'lead'), duty('y', 'b', '负责组织市场调研', 'lead')];
    const [c] = computeCoverage(input([A, B], duties, { x: 0.8, y: 0.9 }));
    expect(c.outcome).toBe('multi-lead');
    expect(c.units.map((u) => u.unitId)).toEqual(['b', 'a']);
  });

  it('computeCoverage(input) gives a unit its strongest role among its matching duties, with all their ids and the best score', () => {
    const duties = [duty('x', 'a', '配合市场调研', 'support'), duty('y', 'a', '负责市场调研', 'lead')];
    const [c] = computeCoverage(input([A], duties, { x: 0.912345, y: 0.5 }));
    expect(c.units).toEqual([{ unitId: 'a', role: 'lead', dutyIds: ['x', 'y'], score: 0.9123 }]);
  });

  it('computeCoverage(input) counts a duty with no role verb as owning the function, not leading it: two such units are no multi-lead', () => {
    const one = [duty('x', 'a', '新产品上市规划', 'unspecified')];
    expect(computeCoverage(input([A], one, { x: 0.8 }))[0]).toMatchObject({ outcome: 'ok', units: [{ role: 'unspecified' }] });
    const two = [...one, duty('y', 'b', '新产品上市规划工作', 'unspecified')];
    expect(computeCoverage(input([A, B], two, { x: 0.8, y: 0.8 }))[0].outcome).toBe('ok');
    const leads = [duty('x', 'a', '负责新产品上市规划', 'lead'), duty('y', 'b', '负责新产品上市规划工作', 'lead')];
    expect(computeCoverage(input([A, B], leads, { x: 0.8, y: 0.8 }))[0].outcome).toBe('multi-lead');
    // Asked to, a bare verb counts as a lead again.
    expect(computeCoverage(input([A], one, { x: 0.8 }, { unspecifiedAs: 'lead' }))[0].units[0].role).toBe('lead');
  });

  it('computeCoverage(input) lets only business duties own a function by default, and never proposed ones', () => {
    const duties = [
      duty('x', 'a', '负责本部门员工培训', 'lead', { category: 'internal' }),
      duty('y', 'b', '完成领导交办的其他工作', 'lead', { category: 'generic' }),
      duty('z', 'c', '建议增加市场调研职责', 'lead', { proposed: true }),
      duty('w', 'c', '负责财务核算', 'lead'),
    ];
    const scores = { x: 0.9, y: 0.9, z: 0.9 };
    expect(computeCoverage(input([A, B, C], duties, scores))[0].outcome).toBe('gap');
    const withInternal = computeCoverage(input([A, B, C], duties, scores, { categories: ['business', 'internal'] }))[0];
    expect(withInternal).toMatchObject({ outcome: 'ok', units: [{ unitId: 'a' }] });
  });

  it("computeCoverage(input) counts a sub-unit's lead duty for its parent at level 0", () => {
    const office = unit('a1', 'd1', '市场分析室', 'a');
    const duties = [duty('x', 'a1', '负责市场调研', 'lead')];
    const [c] = computeCoverage(input([A, office], duties, { x: 0.7 }));
    expect(c).toMatchObject({ outcome: 'ok', units: [{ unitId: 'a', role: 'lead', dutyIds: ['x'] }] });
    const [deep] = computeCoverage(input([A, office], duties, { x: 0.7 }, { level: 1 }));
    expect(deep.units.map((u) => u.unitId)).toEqual(['a1']);
  });

  it('computeCoverage(input) treats two offices of one department leading a function as that department, but as multi-lead at their own level', () => {
    const o1 = unit('a1', 'd1', '市场分析室', 'a');
    const o2 = unit('a2', 'd1', '产品管理室', 'a');
    const duties = [duty('x', 'a1', '负责市场调研', 'lead'), duty('y', 'a2', '负责产品调研', 'lead')];
    const scores = { x: 0.7, y: 0.6 };
    expect(computeCoverage(input([A, o1, o2], duties, scores))[0].outcome).toBe('ok');
    expect(computeCoverage(input([A, o1, o2], duties, scores, { level: 1 }))[0].outcome).toBe('multi-lead');
  });

  it('computeCoverage(input) never pools documents: a function led once in each of two documents is ok in both', () => {
    const other = unit('b', 'd2', '市场部');
    const duties = [duty('x', 'a', '负责市场调研', 'lead'), duty('y', 'b', '负责市场调研', 'lead')];
    const rows = computeCoverage(input([A, other], duties, { x: 0.9, y: 0.9 }, {}, [doc('d1'), doc('d2', 'en')]));
    expect(rows.map((r) => [r.organisation, r.outcome, r.units.map((u) => u.unitId)])).toEqual([
      ['d1', 'ok', ['a']],
      ['d2', 'ok', ['b']],
    ]);
    // The function is named in each document's language.
    expect(rows.map((r) => r.functionName)).toEqual(['市场调研', 'Market research']);
  });

  it('computeCoverage(input) counts a unit described in two files of one organisation once: its lead in both is ok, another unit\'s makes it multi-lead', () => {
    const documents = [{ ...doc('d1'), organisation: 'org' }, { ...doc('d2'), organisation: 'org' }];
    const again = unit('a2', 'd2', '市场部');
    const duties = [duty('x', 'a', '负责市场调研', 'lead'), duty('y', 'a2', '负责组织市场调研', 'lead')];
    const [c] = computeCoverage(input([A, again], duties, { x: 0.8, y: 0.9 }, {}, documents));
    expect([c.outcome, c.units.map((u) => u.unitId)]).toEqual(['ok', ['a']]);
    const other = unit('b2', 'd2', '销售部');
    const withOther = computeCoverage(input([A, again, other], [...duties, duty('z', 'b2', '负责市场调研', 'lead')], { x: 0.8, y: 0.9, z: 0.9 }, {}, documents));
    expect(withOther[0].outcome).toBe('multi-lead');
  });

  it('computeCoverage(input) skips documents with no countable duty and catalogue headings without examples', () => {
    const empty = unit('e', 'd2', '空部门');
    const duties = [duty('x', 'a', '负责市场调研', 'lead')];
    const base = input([A, empty], duties, { x: 0.9 }, {}, [doc('d1'), doc('d2')]);
    const heading = { ...fn('intelligence', '情报'), examples: [], leaf: false };
    const rows = computeCoverage({ ...base, functions: [heading, ...base.functions], matches: [[[0, 0.99]], ...base.matches] });
    expect(rows.map((r) => `${r.organisation}/${r.functionId}`)).toEqual(['d1/research']);
  });
});

describe('a post helping its own head', () => {
  it('supportsOwnHead(text, owner) is true for the unit\'s own manager, not for another unit\'s or the company\'s', () => {
    expect(supportsOwnHead('协助部门经理制定营销政策', '市场部')).toBe(true);
    expect(supportsOwnHead('协助市场部经理制定各项市场营销计划', '市场部')).toBe(true);
    expect(supportsOwnHead('协助本部门负责人开展市场调研', '市场部')).toBe(true);
    expect(supportsOwnHead('协助总经理制定营销政策', '市场部')).toBe(false);
    expect(supportsOwnHead('配合财务部经理编制预算', '市场部')).toBe(false);
    expect(supportsOwnHead('配合人力资源部开展培训', '市场部')).toBe(false);
  });

  it('computeCoverage(input) counts such a duty, rolled up into the head\'s unit, as the unit\'s own work: owned, not no-lead', () => {
    const post = unit('p', 'd1', '市场专员', 'a');
    const [c] = computeCoverage(input([A, post], [duty('x', 'p', '协助部门经理组织市场调研', 'support')], { x: 0.9 }));
    expect(c.outcome).toBe('ok');
    // At the post's own level its manager is another unit: it only supports.
    const [deep] = computeCoverage(input([A, post], [duty('x', 'p', '协助部门经理组织市场调研', 'support')], { x: 0.9 }, { level: 1 }));
    expect(deep.outcome).toBe('no-lead');
  });
});

describe('coverageOutcome', () => {
  it('coverageOutcome(roles) maps no roles, no lead, one lead and two leads to the four outcomes', () => {
    expect(coverageOutcome([])).toBe('gap');
    expect(coverageOutcome(['support', 'support'])).toBe('no-lead');
    expect(coverageOutcome(['lead', 'support'])).toBe('ok');
    // A unit that approves or oversees the work is in charge of it: owned, but no second lead.
    expect(coverageOutcome(['support', 'oversee'])).toBe('ok');
    expect(coverageOutcome(['approve'])).toBe('ok');
    expect(coverageOutcome(['lead', 'oversee'])).toBe('ok');
    expect(coverageOutcome(['lead', 'lead'])).toBe('multi-lead');
  });
});

describe('ownersAtLevel', () => {
  it('ownersAtLevel(units, level) maps each unit to its ancestor at the level, or itself when shallower', () => {
    const units = [A, unit('a1', 'd1', '室', 'a'), unit('a11', 'd1', '岗', 'a1')];
    expect(Object.fromEntries(ownersAtLevel(units, 0))).toEqual({ a: 'a', a1: 'a', a11: 'a' });
    expect(Object.fromEntries(ownersAtLevel(units, 1))).toEqual({ a: 'a', a1: 'a1', a11: 'a1' });
    expect(Object.fromEntries(ownersAtLevel(units, 5))).toEqual({ a: 'a', a1: 'a1', a11: 'a11' });
  });
});
