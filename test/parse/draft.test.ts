import { describe, expect, it } from 'vitest';
import { addAlias, aliasesOf, emptyDraft, findOrCreateUnit, findUnitByName } from '../../src/parse/draft.ts';

describe('a unit\'s short names (别名)', () => {
  it('keeps each alias apart, once, and finds the unit by any of them', () => {
    const draft = emptyDraft();
    const unit = findOrCreateUnit(draft, '长沙县市场监督管理局', null, 1);
    addAlias(draft, unit, '县市场监管局');
    addAlias(draft, unit, '县知识产权局');
    addAlias(draft, unit, '县市场监管局');
    expect(aliasesOf(draft, unit)).toEqual(['县市场监管局', '县知识产权局']);
    expect(findOrCreateUnit(draft, '县知识产权局', null, 5)).toBe(unit);
    expect(findUnitByName(draft, '县市场监管局')).toBe(unit);
    expect(draft.units).toHaveLength(1);
  });
});
