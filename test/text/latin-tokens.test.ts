import { describe, expect, it } from 'vitest';
import { joinDigitGroups, splitCamelCase } from '../../src/text/latin-tokens.ts';
import { termsOf } from '../../src/text/terms.ts';
import { loadLexicon } from '../../src/run/resources.ts';

describe('splitCamelCase', () => {
  it('splitCamelCase(token) splits glued words where a lower-case letter meets an upper-case one', () => {
    expect(splitCamelCase('SeanHarrigan')).toEqual(['Sean', 'Harrigan']);
    expect(splitCamelCase('WindowsXP')).toEqual(['Windows', 'XP']);
    expect(splitCamelCase('SolidWorks')).toEqual(['Solid', 'Works']);
    expect(splitCamelCase('DowJonesIndustrialAverage')).toEqual(['Dow', 'Jones', 'Industrial', 'Average']);
  });

  it('splitCamelCase(token) keeps one-case tokens, numbers, Han and one-letter prefixes whole', () => {
    for (const token of ['KPI', '4G', 'windows', '营业厅', 't恤', 'iPhone', 'eBay', 'PoP', '11.13']) expect(splitCamelCase(token)).toEqual([token]);
  });

  it('termsOf(text, "zh") matches a glued name with the same name written apart', () => {
    const lexicon = loadLexicon();
    const glued = termsOf('负责PowerPoint培训', 'zh', lexicon).features;
    const apart = termsOf('负责Power Point培训', 'zh', lexicon).features;
    expect(glued).toEqual(expect.arrayContaining(['c|power', 'c|point']));
    expect(glued).toEqual(apart);
  });
});

describe('joinDigitGroups', () => {
  it('joinDigitGroups(text) drops thousands separators (9,837.94 → 9837.94, 1,000,000 → 1000000)', () => {
    expect(joinDigitGroups('指数下跌111.04点,至9,837.94点')).toBe('指数下跌111.04点,至9837.94点');
    expect(joinDigitGroups('审批1,000,000元以上的合同')).toBe('审批1000000元以上的合同');
  });

  it('joinDigitGroups(text) leaves list commas alone (1,2 and 1,2345 and 1234,567)', () => {
    for (const text of ['第1,2项', '编号1,2345', '1234,567', '0.5,000']) expect(joinDigitGroups(text)).toBe(text);
  });

  it('termsOf(text, "zh") reads a separated and an unseparated number as the same atom', () => {
    const lexicon = loadLexicon();
    expect(termsOf('预算10,000元', 'zh', lexicon).features).toContain('c|10000');
    expect(termsOf('预算10000元', 'zh', lexicon).features).toContain('c|10000');
  });
});
