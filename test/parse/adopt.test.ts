import { describe, expect, it } from 'vitest';
import { adoptByNamePrefix, departmentOfPost } from '../../src/parse/adopt.ts';
import type { UnitDraft } from '../../src/parse/draft.ts';

const draft = (name: string, parent: number | null = null): UnitDraft => ({
  name,
  path: [name],
  parent,
  attributes: {},
  line: 1,
  numbered: true,
});

describe('adoptByNamePrefix', () => {
  it('adoptByNamePrefix(units) gives a top-level post named after a unit to that unit', () => {
    const out = adoptByNamePrefix([draft('市场部'), draft('市场部营业企划主管'), draft('财务部')]);
    expect(out[1].parent).toBe(0);
    expect(out[1].path).toEqual(['市场部', '市场部营业企划主管']);
    expect(out[2].parent).toBeNull();
  });

  it("adoptByNamePrefix(units, title) gives the other top-level posts to the one unit the document's title names", () => {
    const units = [draft('市场部'), draft('市场调研主管'), draft('公关主管')];
    const out = adoptByNamePrefix(units, '公司市场部职责及岗位职责');
    expect(out.map((u) => u.parent)).toEqual([null, 0, 0]);
    // Without that title, a unit that does not open the document holds no posts.
    const later = [{ ...draft('市场调研主管'), line: 1 }, { ...draft('市场部'), line: 3 }, { ...draft('公关主管'), line: 5 }];
    expect(adoptByNamePrefix(later, '岗位职责汇编').map((u) => u.parent)).toEqual([null, null, null]);
  });

  it('adoptByNamePrefix(units) gives the posts to the one unit the document opens with, and not to a unit that comes after a post', () => {
    const at = (name: string, line: number): UnitDraft => ({ ...draft(name), line });
    expect(adoptByNamePrefix([at('机关办公室', 1), at('主任', 14), at('文员', 24)]).map((u) => u.parent)).toEqual([null, 0, 0]);
    expect(adoptByNamePrefix([at('主任', 1), at('机关办公室', 5), at('文员', 9)]).map((u) => u.parent)).toEqual([null, null, null]);
  });

  it('adoptByNamePrefix(units) leaves the input unchanged and keeps units that are already placed', () => {
    const units = [draft('营销部'), draft('营销部经理', 0)];
    const out = adoptByNamePrefix(units, '营销部职责');
    expect(out[1].parent).toBe(0);
    expect(units[1].path).toEqual(['营销部经理']);
  });

  it('adoptByNamePrefix(units) gives a post named by its department (生产部部长) that department, made when the document has none', () => {
    const out = adoptByNamePrefix([draft('生产部部长'), draft('质检中心副主任'), draft('出纳')]);
    expect(out.map((u) => `${u.name}<${u.parent === null ? '∅' : out[u.parent].name}`)).toEqual(['生产部部长<生产部', '质检中心副主任<质检中心', '出纳<∅', '生产部<∅', '质检中心<∅']);
    expect(departmentOfPost('部长')).toBeNull();
  });
});
