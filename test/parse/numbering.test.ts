import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LEXICON } from '../../src/parse/lexicon.ts';
import { chineseNumeralValue, labelAt } from '../../src/parse/numbering.ts';
import { alignedNormalize } from '../../src/text/normalize.ts';

const at = (text: string, offset = 0) => labelAt(alignedNormalize(text), offset, DEFAULT_PARSE_LEXICON.measureAfterNumber);

describe('labelAt(key, at)', () => {
  it.each([
    ['一、综合部', 'cn-dun', 1],
    ['十二、网络管理中心', 'cn-dun', 12],
    ['一.市场管理科', 'cn-dot', 1],
    ['第一部份 联社管理部门职责', 'part', 1],
    ['第二篇 机构', 'part', 2],
    ['A、秘书室', 'alpha-dun-upper', 1],
    ['b、新闻中心每天发布重要校闻', 'alpha-dun', 2],
    ['(二)政企客户部', 'cn-paren', 2],
    ['（三）家庭客户部', 'cn-paren', 3],
    ['第二、产品市场信息', 'di', 2],
    ['第二章:处室职责', 'chapter', 2],
    ['1、负责', 'ar-dun', 1],
    ['职责三 职责表述:组织物业客服工作', 'duty-n', 3],
    ['职责二', 'duty-n', 2],
    ['１、负责', 'ar-dun', 1],
    ['01、制定年度营销目标计划', 'ar-dun', 1],
    ['4 、审核市场推广方案', 'ar-dun', 4],
    ['1.研究公司', 'ar-dot', 1],
    ['(1)牵头组织', 'ar-paren', 1],
    ['（2）牵头组织', 'ar-paren', 2],
    ['3)做出销售预测', 'ar-rparen', 3],
    ['⑴销售回款完成率', 'circled-paren', 1],
    ['②分析营销环境', 'circled', 2],
    ['壹、市场部工作核心', 'cn-dun', 1],
    ['(壹)作为公司的情报机构', 'cn-paren', 1],
    ['1 全面计划', 'bare', 1],
    ['4制订公司品牌战略', 'bare', 4],
    ['- Prepare the budget', 'bullet', 0],
  ])('reads %s as %s %d', (text, style, value) => {
    expect(at(text)).toMatchObject({ style, value });
  });

  it.each([['3G市场'], ['2010年1月'], ['3人'], ['120203'], ['1.5倍'], ['10000号客户服务中心'], ['职责一览表']])('does not read %s as a label', (text) => {
    expect(at(text)).toBeNull();
  });

  it('does not read a numeral inside a number or a word as a label', () => {
    expect(at('十二、', 1)).toBeNull();
    expect(at('V4.1', 3)).toBeNull();
    expect(at('(1)', 1)).toBeNull();
  });

  it('marks a label glued to a preceding word', () => {
    expect(at('统一、共享', 1)).toMatchObject({ style: 'cn-dun', glued: true });
    expect(at('。2、制定', 1)).toMatchObject({ style: 'ar-dun', glued: false });
  });
});

describe('chineseNumeralValue(numeral)', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十六', 16],
    ['二十', 20],
    ['二十三', 23],
    ['叁', 3],
  ])('%s is %d', (numeral, value) => expect(chineseNumeralValue(numeral)).toBe(value));

  it('is NaN for what is not a numeral', () => expect(chineseNumeralValue('部')).toBeNaN());
});
