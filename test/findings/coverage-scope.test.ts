import { describe, expect, it } from 'vitest';
import type { Coverage } from '../../src/model.ts';
import { coverageScope, partialScopes } from '../../src/findings/coverage-scope.ts';
import { ownTerms, sharedOwnTerms } from '../../src/findings/function-terms.ts';
import { doc, duty, unit } from './org-fixtures.ts';

const marketing = { kind: 'department' as const, names: ['市场', 'Marketing'] };
const many = (unitId: string, n: number, prefix: string) => Array.from({ length: n }, (_, i) => duty(`${unitId}-${i}`, unitId, `${prefix}${i}`));

describe('coverageScope(model, unit, minDuties): which documents a catalogue is checked against', () => {
  it('checks a document about the catalogue\'s unit with enough duties, and says why the others are not checked', () => {
    const documents = [{ ...doc('m'), title: '市场部职责' }, { ...doc('f'), title: '财务部职责' }, { ...doc('p'), title: '市场专员岗位职责' }];
    const units = [unit('m1', 'm', '市场部'), unit('f1', 'f', '财务部'), unit('p1', 'p', '市场专员')];
    const duties = [...many('m1', 12, '负责市场工作'), ...many('f1', 12, '负责财务工作'), ...many('p1', 5, '负责推广')];
    const { checked, skipped } = coverageScope({ documents, units, duties }, marketing, 10);
    expect([...checked]).toEqual(['m']);
    expect(skipped.map((s) => [s.organisation, s.reason, s.count, s.limit])).toEqual([['f', 'other-unit', 0, 0], ['p', 'too-small', 5, 10]]);
  });

  it('checks an organisation catalogue only against documents with two departments or more', () => {
    const documents = [doc('a'), doc('b')];
    const units = [unit('a1', 'a', '财务部'), unit('a2', 'a', '人力资源部'), unit('b1', 'b', '财务部')];
    const duties = [...many('a1', 6, '负责财务'), ...many('a2', 6, '负责人事'), ...many('b1', 12, '负责财务')];
    const { checked, skipped } = coverageScope({ documents, units, duties }, { kind: 'organisation', names: [] }, 10);
    expect([...checked]).toEqual(['a']);
    expect(skipped).toMatchObject([{ organisation: 'b', reason: 'not-whole', count: 1 }]);
  });

  it('checks an organisation catalogue with names only against organisations named so, or not named at all', () => {
    const company = { kind: 'organisation' as const, names: ['公司', '集团'] };
    const documents = [{ ...doc('bureau'), title: '内设机构' }, { ...doc('firm'), title: '各部门职责' }, { ...doc('plain'), title: '各部门职责' }];
    const units = [
      { ...unit('b0', 'bureau', '市商务局'), kind: 'organisation' as const, path: ['市商务局'] },
      { ...unit('b1', 'bureau', '办公室'), path: ['市商务局', '办公室'] },
      { ...unit('b2', 'bureau', '外贸科'), path: ['市商务局', '外贸科'] },
      { ...unit('f0', 'firm', '华信科技有限公司'), kind: 'organisation' as const, path: ['华信科技有限公司'] },
      { ...unit('f1', 'firm', '财务部'), path: ['华信科技有限公司', '财务部'] },
      { ...unit('f2', 'firm', '人力资源部'), path: ['华信科技有限公司', '人力资源部'] },
      unit('p1', 'plain', '财务部'),
      unit('p2', 'plain', '人力资源部'),
    ];
    const duties = [...many('b1', 6, '负责文秘'), ...many('b2', 6, '负责外贸'), ...many('f1', 6, '负责财务'), ...many('f2', 6, '负责人事'), ...many('p1', 6, '负责财务'), ...many('p2', 6, '负责人事')];
    const { checked, skipped } = coverageScope({ documents, units, duties }, company, 10);
    expect([...checked]).toEqual(['firm', 'plain']);
    expect(skipped).toMatchObject([{ organisation: 'bureau', reason: 'other-unit' }]);
    // Without names, the same bureau is checked as before.
    expect([...coverageScope({ documents, units, duties }, { kind: 'organisation', names: [] }, 10).checked]).toEqual(['bureau', 'firm', 'plain']);
  });

  it('partialScopes drops an organisation that owns less than the share of functions: what it lacks is no gap', () => {
    const row = (organisation: string, outcome: Coverage['outcome']): Coverage => ({ organisation, functionId: 'f', functionName: 'f', outcome, units: [] });
    const coverage = [row('a', 'ok'), row('a', 'gap'), row('b', 'gap'), row('b', 'gap'), row('b', 'ok'), row('b', 'gap')];
    const { kept, skipped } = partialScopes(coverage, 0.5);
    expect(kept.every((c) => c.organisation === 'a')).toBe(true);
    expect(skipped).toMatchObject([{ organisation: 'b', reason: 'partial', count: 1, limit: 4 }]);
  });
});

describe('ownTerms(words per function): a function\'s own terms', () => {
  it('keeps the words few functions use and drops those most functions share', () => {
    const functions = [['信息系统', '建设', '管理'], ['客户关系', '管理'], ['质量检验', '管理'], ['预算', '管理', '编制']];
    const own = ownTerms(functions, 0.1);
    expect(own).toEqual([['信息系统', '建设'], ['客户关系'], ['质量检验'], ['预算', '编制']]);
    // 负责客户关系管理和客户投诉处理 shares only 管理 with the information-system function: no evidence.
    expect(sharedOwnTerms(own[0], new Set(['客户关系', '管理', '客户', '投诉']), '负责客户关系管理和客户投诉处理')).toEqual([]);
    expect(sharedOwnTerms(own[1], new Set(['客户关系', '管理']), '负责客户关系管理')).toEqual(['客户关系']);
  });

  it('never takes a number for a term, however rare (a description\'s 标准职责 01)', () => {
    const own = ownTerms([['01', '年度', '营销计划'], ['02', '市场调研'], ['广告', '投放', '1.2']], 0.1);
    expect(own).toEqual([['年度', '营销计划'], ['市场调研'], ['广告', '投放']]);
  });
});
