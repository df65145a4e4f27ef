import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LEXICON } from '../../src/parse/lexicon.ts';
import { keyAt, readPositionHeader } from '../../src/parse/sections.ts';
import { dutiesOf, parse } from './read-lines.ts';

describe('parseText keeps non-duty sections out of duties', () => {
  it('keeps 权力, 工作协作关系, 任职资格 and 工作记录与报表 as attributes', () => {
    const parsed = parse(
      '市场部专员:岗位名称市场部专员所在部门市场部工作职责与任务1、 负责目标任务的完成2、 维护客户关系权力:合理化建议权工作协作关系:内部协调关系各部门任职资格:教育水平中专以上年龄要求20岁以上工作记录与报表:本月工作总结月末市场部经理',
    );
    expect(dutiesOf(parsed, '市场部专员')).toEqual(['负责目标任务的完成', '维护客户关系']);
    expect(parsed.units.find((u) => u.name === '市场部专员')!.attributes).toMatchObject({
      权力: '合理化建议权',
      工作协作关系: '内部协调关系各部门',
      任职资格: '教育水平中专以上年龄要求20岁以上',
      工作记录与报表: '本月工作总结月末市场部经理',
    });
  });

  it('keeps 岗位权限 numbered items out of duties', () => {
    const parsed = parse('市场部经理职责:1、主导制定本部门管理制度;2、编制年度计划。\n岗位权限:1、对公司经营战略制定的参与权;2、对相关信息的知情权。');
    expect(dutiesOf(parsed, '市场部经理')).toEqual(['主导制定本部门管理制度', '编制年度计划。']);
    expect(parsed.units[0].attributes['岗位权限']).toContain('知情权');
  });

  it('reads posts run together on one line, each with 一、职责 and 二、权限 (authority is no duty)', () => {
    const parsed = parse(
      '保安队长职责及权限一、职责1、主持本队的工作。2、负责本队队员的考勤工作。二、权限1、有权检查各岗位执勤情况。2、对本队发生的事件负领导责任。保安班长职责及权限一、职责1、服从保安队长的领导。2、熟记各岗位职责代号。二、权限1、有权纠正违纪现象。',
    );
    expect(parsed.units.map((u) => u.name)).toEqual(['保安队长', '保安班长']);
    expect(dutiesOf(parsed, '保安队长')).toEqual(['主持本队的工作。', '负责本队队员的考勤工作。']);
    expect(dutiesOf(parsed, '保安班长')).toEqual(['服从保安队长的领导。', '熟记各岗位职责代号。']);
    expect(parsed.units[0].attributes['权限']).toContain('有权检查');
  });

  it('reads a flattened position header whose duty lead-in has a word before it (重要工作职责) as a header, not a title', () => {
    const parsed = parse('岗位名称财务部经理所在部门财务部直接上级财务总监重要工作职责1、负责编制财务计划。2、负责审核报表。');
    expect(parsed.units.map((u) => u.name)).toEqual(['财务部', '财务部经理']);
    expect(dutiesOf(parsed, '财务部经理')).toEqual(['负责编制财务计划。', '负责审核报表。']);
  });

  it('makes 工作标准 the note of the duty before it', () => {
    const parsed = parse('市场部副部长职责及工作标准:1、做好科室的内部管理;工作标准:组织每月3次的员工业务能力培训。\n2、搞好协作关系。\n工作标准:积极主动的去接洽。');
    const duties = parsed.duties;
    expect(duties.map((d) => d.text)).toEqual(['做好科室的内部管理', '搞好协作关系。']);
    expect(duties[0].note).toBe('工作标准:组织每月3次的员工业务能力培训。');
    expect(duties[1].note).toBe('工作标准:积极主动的去接洽。');
  });

  it('keeps labelled sections (岗位要求, 岗位培训与晋升, 考核办法) and everything under them as attributes', () => {
    const parsed = parse(
      '市场部岗位职责说明书\n一、岗位概述市场部是企业的重要部门之一。\n二、岗位职责1. 负责市场调研工作。\n2. 负责品牌推广工作。\n三、岗位要求1. 具备丰富的市场经验。\n2. 具备较强的沟通能力。\n四、岗位培训与晋升市场部岗位培训至关重要。',
    );
    expect(dutiesOf(parsed, '市场部')).toEqual(['负责市场调研工作。', '负责品牌推广工作。']);
    expect(Object.keys(parsed.units[0].attributes)).toEqual(['岗位概述', '岗位要求', '岗位培训与晋升']);
    expect(parsed.units[0].attributes['岗位要求']).toContain('具备较强的沟通能力');
  });

  it('absorbs per-position headings inside a 考核办法 section', () => {
    const parsed = parse('一、市场部工作职责\n1 跟踪行业发展趋势\n二、市场部各岗位职责\n(一)市场部主管职责:\n1 全面计划\n三、各职位考核办法\n(一) 市场部主管:\n1部门的高效运转。(30%)\n2公司宣传力度。(30%)');
    expect(dutiesOf(parsed, '市场部主管')).toEqual(['全面计划']);
    expect(parsed.units.find((u) => u.name === '市场部')!.attributes['各职位考核办法']).toContain('部门的高效运转');
  });
});

describe('keyAt(key, at) and readPositionHeader(key, at)', () => {
  it('needs a colon for a section word inside running text', () => {
    expect(keyAt('权力:建议权', 0, DEFAULT_PARSE_LEXICON)).toMatchObject({ kind: 'section', name: '权力', end: 3 });
    expect(keyAt('考核激励', 0, DEFAULT_PARSE_LEXICON)).toBeNull();
    expect(keyAt('工作职责与任务1、', 0, DEFAULT_PARSE_LEXICON)).toMatchObject({ kind: 'duties' });
  });

  it('reads the fields of a position header up to 本职概述', () => {
    const key = '岗位名称营销部经理所在部门营销部直接上级市场运营总监直接下级营销部员工岗位定员1人填写日期120203本职概述:带队';
    const { fields, end } = readPositionHeader(key, 0, DEFAULT_PARSE_LEXICON);
    expect(fields.map((f) => [f.name, key.slice(f.from, f.to)])).toEqual([
      ['岗位名称', '营销部经理'],
      ['所在部门', '营销部'],
      ['直接上级', '市场运营总监'],
      ['直接下级', '营销部员工'],
      ['岗位定员', '1人'],
      ['填写日期', '120203'],
    ]);
    expect(key.slice(end)).toBe('本职概述:带队');
  });
});
